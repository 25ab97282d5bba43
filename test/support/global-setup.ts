import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../src/db/embedded-postgres.js";
import { applyMigrations } from "../../src/db/migrate.js";
import { createLogger } from "../../src/logger.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A server URL (any database on it) where test files may create their own databases. */
    serverUrl: string;
    /** A migrated database that test files copy with CREATE DATABASE … TEMPLATE. */
    templateDatabase: string;
  }
}

/**
 * Prepares PostgreSQL once per run: the server at TEST_DATABASE_URL, or an embedded one in a
 * temporary directory. One migrated template database is copied for every test file.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), "kpeduli-test-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir, logger: createLogger({ level: "warn" }) });
    serverUrl = embedded.url;
  }
  const templateDatabase = `kpeduli_template_${process.pid}_${Date.now()}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${templateDatabase}"`);
  await applyMigrations(databaseUrl(serverUrl, templateDatabase));

  project.provide("serverUrl", serverUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`);
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
