import { execFileSync, spawnSync } from "node:child_process";
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

  it("are recorded the way Prisma's own CLI reads them, and the schema gives the CLI nothing to warn about", () => {
    const status = execFileSync("npx", ["prisma", "migrate", "status"], {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(status).toContain("Database schema is up to date!");
    // What `npm start` shows when the schema changed: no deprecated preview-feature warnings.
    const validated = spawnSync("npx", ["prisma", "validate"], { encoding: "utf8" });
    expect(validated.stdout).toContain("is valid");
    expect(validated.stdout + validated.stderr).not.toMatch(/Preview feature/i);
  }, 60_000);

  it("refuse a migration that was edited after it was applied", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = (SELECT min(migration_name) FROM "_prisma_migrations")`);
    await client.end();
    await expect(applyMigrations(database.url)).rejects.toThrow(/was edited after it was applied/);
  });
});
