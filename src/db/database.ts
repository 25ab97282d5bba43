import { PrismaPg } from "@prisma/adapter-pg";
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { createChangeFeed } from "./change-feed.js";
import { startEmbeddedPostgres } from "./embedded-postgres.js";
import { applyMigrations } from "./migrate.js";

export type Db = ReturnType<typeof createPrismaClient>;
/** The client handed to an interactive transaction's callback. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** Either: a use case that writes runs in the caller's transaction when it is handed one. */
export type DbClient = Db | DbTransaction;

/** How long a transaction may run: a broadcast to a large audience is one long INSERT … SELECT. */
export const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Runs `work` in a transaction: a new one on a client, or the caller's own when `db` already is
 * one, so use cases compose into the single transaction of the message that asked for them.
 */
export function inTransaction<T>(db: DbClient, work: (tx: DbTransaction) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work, { timeout: TRANSACTION_TIMEOUT_MS }) : work(db);
}

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
        await disconnect(db);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/**
 * Closes the client and its pool. Prisma ends the pool only if it ever used it: a process that
 * ran nothing but raw `$pool` statements (the message ledger, the webhook inbox) ends it here.
 */
export async function disconnect(db: Db): Promise<void> {
  await db.$disconnect();
  if (!db.$pool.ending) await db.$pool.end();
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
 * A Prisma client whose writes are reported to its change feed (`db.$changes`) before the call
 * that made them returns, so this process's caches never serve what it has just changed. Writes
 * inside a transaction are reported when it ends, after COMMIT: reported earlier, a concurrent
 * read could file the old row under the new generation and keep serving it. Whoever creates the
 * client closes the feed with `db.$changes.close()` before `db.$disconnect()`.
 *
 * `db.$pool` is the connection pool under Prisma, for the rare statement that runs on every
 * message: Prisma plans each query anew, which costs more CPU than the query itself.
 */
export function createPrismaClient(url: string, options: { poolSize?: number; logger?: Logger } = {}) {
  const changes = createChangeFeed(url, options.logger);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  /** The tables written by the transaction this code runs in, reported once it has ended. */
  const writtenInTransaction = new AsyncLocalStorage<Set<string>>();
  const report = (table: string) => {
    const pending = writtenInTransaction.getStore();
    if (pending) pending.add(table);
    else changes.changed(table);
  };
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }).$extends({
    client: { $changes: changes, $pool: pool },
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(args);
          if (!READ_OPERATIONS.has(operation)) report(model);
          return result;
        },
      },
      // Raw statements report the tables they name: the outbox's constant claims on Delivery and
      // ChannelPace must not empty every cache.
      async $executeRaw({ args, query }) {
        const result = await query(args);
        for (const table of tablesWrittenBy(args.sql)) report(table);
        return result;
      },
      async $executeRawUnsafe({ args, query }) {
        const result = await query(args);
        for (const table of tablesWrittenBy(String(args[0]))) report(table);
        return result;
      },
      async $queryRaw({ args, query }) {
        const result = await query(args);
        // Mostly reads; an INSERT … RETURNING or UPDATE … RETURNING writes.
        if (/^\s*(WITH|INSERT|UPDATE|DELETE)\b/i.test(args.sql)) for (const table of tablesWrittenBy(args.sql)) report(table);
        return result;
      },
    },
  });
  const transaction = client.$transaction.bind(client) as typeof client.$transaction;
  const reportingTransaction = (async (...args: Parameters<typeof transaction>) => {
    const pending = new Set<string>();
    try {
      return await writtenInTransaction.run(pending, () => (transaction as (...a: unknown[]) => Promise<unknown>)(...args));
    } finally {
      // Committed or rolled back: either way the cached generations move on now, not before.
      for (const table of pending) changes.changed(table);
    }
  }) as typeof transaction;
  return new Proxy(client, {
    get: (target, property, receiver) => (property === "$transaction" ? reportingTransaction : Reflect.get(target, property, receiver)),
  });
}
