import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * The superuser password every data directory had before each got its own. It is only ever used
 * to log in once and replace it (see `ensureRolePassword`).
 */
const LEGACY_PASSWORD = "kpeduli-embedded";
const INVALID_PASSWORD = "28P01";

/**
 * The data directory's own superuser password, created on first use. It lives in a file only its
 * owner can read, next to the data, so the migration CLI and an operator's pg_dump can find it.
 */
export function readOrCreatePassword(path: string): string {
  if (existsSync(path)) {
    chmodSync(path, 0o600);
    return readFileSync(path, "utf8").trim();
  }
  const password = randomBytes(24).toString("base64url");
  writeFileSync(path, password + "\n", { mode: 0o600, flag: "wx" });
  return password;
}

/**
 * Makes sure `user` logs in with `password`. A data directory made before per-directory
 * passwords still has the old constant one: log in with it once and change it.
 */
export async function ensureRolePassword(options: { port: number; user: string; password: string }): Promise<"unchanged" | "migrated"> {
  // Loaded here, not at start: main.ts starts the server before the rest of the bot (pg included) loads.
  const { default: pg } = await import("pg");
  const connectAs = async (password: string) => {
    const client = new pg.Client({ host: "127.0.0.1", port: options.port, user: options.user, password, database: "postgres" });
    await client.connect();
    return client;
  };
  try {
    await (await connectAs(options.password)).end();
    return "unchanged";
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_PASSWORD) throw error;
  }
  const client = await connectAs(LEGACY_PASSWORD);
  try {
    await client.query(`ALTER ROLE ${client.escapeIdentifier(options.user)} PASSWORD ${client.escapeLiteral(options.password)}`);
  } finally {
    await client.end();
  }
  return "migrated";
}
