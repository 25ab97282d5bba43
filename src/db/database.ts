import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { createChangeFeed } from "./change-feed.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { applyMigrations } from "./migrate.js";

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to an interactive transaction's callback. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface Database {
  db: Db;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The one way into the database: the server at DATABASE_URL, or the embedded one under dataDir
 * when no URL is given. Migrations are applied before the client is handed out.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  embeddedPort?: number;
  logger: Logger;
  poolSize?: number;
}): Promise<Database> {
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort, logger: options.logger });
  const url = options.databaseUrl ?? embedded!.url;
  try {
    const applied = await applyMigrations(url);
    if (applied.length > 0) options.logger.info({ migrations: applied }, "database migrated");
    const db = createPrismaClient(url, { poolSize: options.poolSize, logger: options.logger });
    return {
      db,
      url,
      embedded: Boolean(embedded),
      close: async () => {
        await db.$changes.close();
        await db.$disconnect();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Operations that only read; every other model operation may have changed its table. */
const READ_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/** The tables a raw statement writes to, by name; "*" when it names none we can read. */
export function tablesWrittenBy(sql: string): string[] {
  const tables = [...sql.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+(?:"?public"?\.)?"?(\w+)"?/gi)].map((match) => match[1]!);
  return tables.length > 0 ? tables : ["*"];
}

/**
 * A Prisma client whose writes are reported to its change feed (`db.$changes`) as soon as they
 * return, so this process's caches never serve what it has just changed. Whoever creates the
 * client closes the feed with `db.$changes.close()` before `db.$disconnect()`.
 *
 * `db.$pool` is the connection pool under Prisma, for the rare statement that runs on every
 * message: Prisma plans each query anew, which costs more CPU than the query itself.
 */
export function createPrismaClient(url: string, options: { poolSize?: number; logger?: Logger } = {}) {
  const changes = createChangeFeed(url, options.logger);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }).$extends({
    client: { $changes: changes, $pool: pool },
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(args);
          if (!READ_OPERATIONS.has(operation)) changes.changed(model);
          return result;
        },
      },
      // Raw statements report the tables they name: the outbox's constant claims on Delivery and
      // ChannelPace must not empty every cache.
      async $executeRaw({ args, query }) {
        const result = await query(args);
        for (const table of tablesWrittenBy(args.sql)) changes.changed(table);
        return result;
      },
      async $executeRawUnsafe({ args, query }) {
        const result = await query(args);
        for (const table of tablesWrittenBy(String(args[0]))) changes.changed(table);
        return result;
      },
    },
  });
}
