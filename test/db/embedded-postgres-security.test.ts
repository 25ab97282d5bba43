import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PASSWORD_FILE, startEmbeddedPostgres, type EmbeddedServer } from "../../src/db/embedded-postgres.js";
import { createLogger } from "../../src/logger.js";

const LEGACY_PASSWORD = "kpeduli-embedded";
const runsAsRoot = process.getuid?.() === 0;

function modeOf(path: string): string {
  return (statSync(path).mode & 0o777).toString(8);
}

/** Logs in to the server behind `url` as its superuser with `password`, and runs `sql`. */
async function queryAs(url: string, password: string, sql: string): Promise<pg.QueryResult> {
  const target = new URL(url);
  const client = new pg.Client({ host: target.hostname, port: Number(target.port), user: "postgres", password, database: "postgres" });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL keeps the machine's other users out", () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), "kpeduli-sec-")), "data");
  const logger = createLogger({ level: "info", file: join(dataDir, "bot.log") });
  const passwordPath = join(dataDir, PASSWORD_FILE);
  let server: EmbeddedServer | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(join(dataDir, ".."), { recursive: true, force: true });
  });

  it("gives a new data directory its own random password in a 0600 file, a private socket, and 0600/0700 modes", async () => {
    server = await startEmbeddedPostgres({ dataDir, logger });
    logger.info("a line, so the log file exists");
    logger.flush();
    const password = readFileSync(passwordPath, "utf8").trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(decodeURIComponent(new URL(server.url).password)).toBe(password);
    await expect(queryAs(server.url, LEGACY_PASSWORD, "SELECT 1")).rejects.toMatchObject({ code: "28P01" });

    const { rows } = await queryAs(server.url, password, "SHOW unix_socket_directories");
    expect(rows[0].unix_socket_directories).toBe(join(dataDir, "postgres"));
    expect(existsSync(`/tmp/.s.PGSQL.${new URL(server.url).port}`)).toBe(false);

    await new Promise((done) => setTimeout(done, 100)); // the log's asynchronous first write
    expect({
      dataDir: modeOf(dataDir),
      log: modeOf(join(dataDir, "bot.log")),
      record: modeOf(join(dataDir, "embedded-postgres.json")),
      password: modeOf(passwordPath),
      database: modeOf(join(dataDir, "postgres")),
    }).toEqual({ dataDir: "700", log: "600", record: "600", password: "600", database: "700" });
    // As root the server runs as `postgres`, who owns the directory so it alone (and root) can enter it.
    if (runsAsRoot) expect(statSync(dataDir).uid).toBe(Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })));
  });

  it("moves a data directory made with the old built-in password to a random one on its next start", async () => {
    const oldUrl = server!.url;
    await queryAs(oldUrl, readFileSync(passwordPath, "utf8").trim(), `ALTER ROLE postgres PASSWORD '${LEGACY_PASSWORD}'`);
    await server!.stop();
    rmSync(passwordPath); // as an older version left it: no password file

    server = await startEmbeddedPostgres({ dataDir, logger });
    const password = readFileSync(passwordPath, "utf8").trim();
    expect(password).not.toBe(LEGACY_PASSWORD);
    expect(modeOf(passwordPath)).toBe("600");
    expect((await queryAs(server.url, password, "SELECT count(*)::int AS n FROM pg_database WHERE datname = 'kpeduli'")).rows[0].n).toBe(1);
    await expect(queryAs(server.url, LEGACY_PASSWORD, "SELECT 1")).rejects.toMatchObject({ code: "28P01" });
  });

  it("never signals the process a stale postmaster.pid names, when that pid is not our server", async () => {
    await server!.stop();
    const sleeper = spawn("sleep", ["60"], { stdio: "ignore" });
    try {
      const port = new URL(server!.url).port;
      // What a server killed before a reboot leaves behind, its pid now someone else's.
      const postmasterPid = join(dataDir, "postgres", "postmaster.pid");
      writeFileSync(postmasterPid, `${sleeper.pid}\n${join(dataDir, "postgres")}\n1700000000\n${port}\n${join(dataDir, "postgres")}\n127.0.0.1\n  1234567         1\nready   \n`);
      writeFileSync(join(dataDir, "postgres", `.s.PGSQL.${port}.lock`), `${sleeper.pid}\n`);

      server = await startEmbeddedPostgres({ dataDir, logger });
      expect(sleeper.exitCode).toBeNull();
      expect(sleeper.signalCode).toBeNull();
      process.kill(sleeper.pid!, 0); // still alive
      const password = readFileSync(passwordPath, "utf8").trim();
      expect((await queryAs(server.url, password, "SELECT 1 AS one")).rows[0].one).toBe(1);
      expect(Number(readFileSync(postmasterPid, "utf8").split("\n")[0])).not.toBe(sleeper.pid);
    } finally {
      sleeper.kill();
    }
  });
});

describe("a data directory whose path is too long for a Unix socket", () => {
  const root = mkdtempSync(join(tmpdir(), "kpeduli-long-"));
  const dataDir = join(root, "a-rather-long-directory-name-that-a-user-might-choose", "and-then-some-more", "data");
  let server: EmbeddedServer | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it("puts the socket in a short private directory instead of /tmp", async () => {
    mkdirSync(dataDir, { recursive: true });
    server = await startEmbeddedPostgres({ dataDir, logger: createLogger({ level: "silent" }) });
    const password = readFileSync(join(dataDir, PASSWORD_FILE), "utf8").trim();
    const socketDir = (await queryAs(server.url, password, "SHOW unix_socket_directories")).rows[0].unix_socket_directories as string;
    expect(socketDir).not.toBe(tmpdir());
    expect(socketDir.startsWith(tmpdir())).toBe(true);
    expect(modeOf(socketDir)).toBe("700");
    expect(existsSync(join(socketDir, `.s.PGSQL.${new URL(server.url).port}`))).toBe(true);
  });
});
