import pg from "pg";
import { openDatabase, type Database } from "../../src/db/database.js";
import type { Logger } from "../../src/logger.js";

/** The PostgreSQL server benchmarks use: BENCH_DATABASE_URL, else the tests' server. */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/test";

/** A fresh database of the benchmark's own on the server, migrated, dropped afterwards whatever happens. */
export async function withBenchDatabase<T>(name: string, options: { logger: Logger; poolSize: number }, run: (database: Database) => Promise<T>): Promise<T> {
  const benchDb = `kpeduli_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: BENCH_SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${benchDb}"`);
  try {
    const url = new URL(BENCH_SERVER_URL);
    url.pathname = `/${benchDb}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: "unused", logger: options.logger, poolSize: options.poolSize });
    try {
      return await run(database);
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${benchDb}" WITH (FORCE)`);
    await admin.end();
  }
}
