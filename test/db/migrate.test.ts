import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/migrate.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

describe("start-up migrations", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(); // a copy of the template, already migrated
  });
  afterAll(async () => {
    await database.drop();
  });

  it("apply nothing twice", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    await client.end();
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it("are recorded the way Prisma's own CLI reads them", () => {
    const status = execFileSync("npx", ["prisma", "migrate", "status"], {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
    });
    expect(status).toContain("Database schema is up to date!");
  }, 60_000);

  it("refuse a migration that was edited after it was applied", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = (SELECT min(migration_name) FROM "_prisma_migrations")`);
    await client.end();
    await expect(applyMigrations(database.url)).rejects.toThrow(/was edited after it was applied/);
  });
});
