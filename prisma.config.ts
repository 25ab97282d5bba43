// Prisma CLI configuration (generate, migrate). The bot itself never loads this file.
// On these machines Prisma's Rust engines cannot be downloaded, so the CLI runs the WASM schema
// engine through the pg driver adapter (see ../shared/notes/prisma-offline.md).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Without a resolvable DATABASE_URL the CLI silently falls back to the binary engine and tries to
// download it; `generate` and `migrate diff` need no database, so a placeholder is enough there.
process.env.DATABASE_URL ??= "postgresql://placeholder@127.0.0.1:1/placeholder";

// prisma/orm#27403: the WASM schema engine cannot read columns of PostgreSQL's `name` type (oid 19).
// Reporting them as `text` (oid 25) is enough; only the CLI process is patched.
const NAME_OID = 19;
const TEXT_OID = 25;
type QueryResultLike = { fields?: { dataTypeID: number }[] };
const relabelNameColumns = <T>(result: T): T => {
  for (const field of (result as QueryResultLike | undefined)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
};
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function patchedQuery(this: pg.Client, ...args: unknown[]) {
  const last = args[args.length - 1];
  if (typeof last === "function") {
    const callback = last as (err: Error | null, result: unknown) => void;
    args[args.length - 1] = (err: Error | null, result: unknown) => callback(err, relabelNameColumns(result));
    return originalQuery.apply(this, args);
  }
  const returned = originalQuery.apply(this, args);
  return returned instanceof Promise ? returned.then(relabelNameColumns) : returned;
} as typeof pg.Client.prototype.query;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const url = new URL(process.env.DATABASE_URL!);
    return new PrismaPg({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
      // The CLI never closes the pool; idle connections would keep the process alive for 10 s.
      idleTimeoutMillis: 1,
      allowExitOnIdle: true,
    });
  },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
