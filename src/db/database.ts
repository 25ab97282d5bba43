import { PrismaPg } from "@prisma/adapter-pg";
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { createChangeFeed } from "./change-feed.js";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres.js";
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
  /** The embedded server's start, when the caller began it already (main.ts, while the bot loads). */
  embeddedStarting?: Promise<EmbeddedServer>;
}): Promise<Database> {
  const embedded = options.databaseUrl
    ? undefined
    : await (options.embeddedStarting ?? startEmbeddedPostgres({ dataDir: options.dataDir, port: options.embeddedPort, logger: options.logger }));
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
 * Plain parameterised SQL for the few statements every message makes (its id, the person, the
 * chat's state, a pledge and its counters). Prisma's query compiler plans each model operation
 * anew, which costs several times the statement itself; these skip it and nothing else: they run
 * on the transaction's own connection, inside it, and report the tables they write to the change
 * feed as Prisma's writes do.
 */
export interface Sql {
  /** Runs one statement; `$1`… take `values`. Rows come typed as Prisma returns them (see `PRISMA_TYPES`). */
  query<Row>(text: string, values?: readonly unknown[]): Promise<Row[]>;
}

/** A transaction's own connection while it is open, and the tables written in it, reported once it has ended. */
interface TransactionScope {
  tables: Set<string>;
  connection?: pg.ClientBase;
  ended: boolean;
}

/** The scope of each interactive transaction's client, as handed to its callback. */
const transactionScopes = new WeakMap<object, TransactionScope>();

/**
 * Column types read as Prisma reads them: BIGINT as bigint, and times without a zone (Prisma's
 * `DateTime`) and dates as UTC, whatever the process's TZ says.
 */
const PRISMA_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === 20) return (value: string) => BigInt(value);
    if (oid === 1114) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === 1082) return (value: string) => new Date(`${value}T00:00:00Z`);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** Values written as Prisma writes them: a Date as its UTC time, a bigint as its digits. */
function sqlValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** Whether a statement may write: a SELECT (even FOR UPDATE) does not. */
const WRITES = /^\s*(WITH|INSERT|UPDATE|DELETE)\b/i;

/**
 * Plain SQL in `db`: on the transaction's own connection when `db` is an interactive
 * transaction's client, else on the pool, one statement at a time. Refuses once the transaction
 * has ended: its connection may by then serve someone else.
 */
export function sqlIn(db: DbClient): Sql {
  const scope = transactionScopes.get(db);
  if (scope) {
    return {
      async query<Row>(text: string, values: readonly unknown[] = []) {
        if (scope.ended || !scope.connection) throw new Error("plain SQL in a transaction that is not open");
        const { rows } = await scope.connection.query({ text, values: values.map(sqlValue), types: PRISMA_TYPES });
        if (WRITES.test(text)) for (const table of tablesWrittenBy(text)) scope.tables.add(table);
        return rows as Row[];
      },
    };
  }
  if ("$transaction" in db) {
    return {
      async query<Row>(text: string, values: readonly unknown[] = []) {
        const { rows } = await db.$pool.query({ text, values: values.map(sqlValue), types: PRISMA_TYPES });
        if (WRITES.test(text)) for (const table of tablesWrittenBy(text)) db.$changes.changed(table);
        return rows as Row[];
      },
    };
  }
  throw new Error("plain SQL asked of a transaction this client did not start");
}

/**
 * Prisma's adapter for `pool`, which hands each interactive transaction's connection to the scope
 * of the `$transaction` call that started it (`sqlIn`), and closes the scope as the transaction
 * ends: before its COMMIT or ROLLBACK is sent, so no statement of ours can follow it outside.
 */
function adapterSharingTransactions(pool: pg.Pool, scopes: AsyncLocalStorage<TransactionScope>): PrismaPg {
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      const scope = scopes.getStore();
      if (!scope || scope.connection) return transaction;
      // The adapter's transaction keeps its pooled connection as `client`.
      const connection = (transaction as unknown as { client?: pg.ClientBase }).client;
      if (!(connection instanceof pg.Client)) {
        await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] });
        await transaction.rollback();
        throw new Error("@prisma/adapter-pg no longer exposes a transaction's connection");
      }
      scope.connection = connection;
      const end = () => (scope.ended = true);
      const { executeRaw, commit, rollback } = transaction;
      transaction.executeRaw = (query) => {
        if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) end();
        return executeRaw.call(transaction, query);
      };
      transaction.commit = () => (end(), commit.call(transaction));
      transaction.rollback = () => (end(), rollback.call(transaction));
      return transaction;
    };
    return adapter;
  };
  return factory;
}

/**
 * A Prisma client whose writes are reported to its change feed (`db.$changes`) before the call
 * that made them returns, so this process's caches never serve what it has just changed. Writes
 * inside a transaction are reported when it ends, after COMMIT: reported earlier, a concurrent
 * read could file the old row under the new generation and keep serving it. Whoever creates the
 * client closes the feed with `db.$changes.close()` before `db.$disconnect()`.
 *
 * `db.$pool` is the connection pool under Prisma, for the rare statement that runs on every
 * message outside a transaction: Prisma plans each query anew, which costs more CPU than the
 * query itself. Inside one, `sqlIn(tx)` runs such statements on the transaction's connection.
 */
export function createPrismaClient(url: string, options: { poolSize?: number; logger?: Logger } = {}) {
  const changes = createChangeFeed(url, options.logger);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  /** The transaction this code runs in: its connection, and the tables it wrote, reported once it has ended. */
  const currentTransaction = new AsyncLocalStorage<TransactionScope>();
  const report = (table: string) => {
    const scope = currentTransaction.getStore();
    if (scope) scope.tables.add(table);
    else changes.changed(table);
  };
  const client = new PrismaClient({ adapter: adapterSharingTransactions(pool, currentTransaction) }).$extends({
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
  const reportingTransaction = (async (work: unknown, ...rest: unknown[]) => {
    const scope: TransactionScope = { tables: new Set(), ended: false };
    // An interactive transaction's client is known by its scope, so `sqlIn(tx)` finds the connection.
    const scoped = typeof work === "function" ? (tx: object) => (transactionScopes.set(tx, scope), work(tx)) : work;
    try {
      return await currentTransaction.run(scope, () => (transaction as (...a: unknown[]) => Promise<unknown>)(scoped, ...rest));
    } finally {
      scope.ended = true;
      // Committed or rolled back: either way the cached generations move on now, not before.
      for (const table of scope.tables) changes.changed(table);
    }
  }) as typeof transaction;
  return new Proxy(client, {
    get: (target, property, receiver) => (property === "$transaction" ? reportingTransaction : Reflect.get(target, property, receiver)),
  });
}
