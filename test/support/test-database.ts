import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createPrismaClient, disconnect, type Db } from "../../src/db/database.js";
import { adminQuery, databaseUrl } from "./global-setup.js";

export interface TestDatabase {
  db: Db;
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of this test file's own: a copy of the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("serverUrl");
  const name = `kpeduli_test_${randomBytes(6).toString("hex")}`;
  // Two files copying the template at the same instant can collide; a short retry settles it.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDatabase")}"`);
      break;
    } catch (error) {
      if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((done) => setTimeout(done, 100 * attempt));
    }
  }
  const url = databaseUrl(serverUrl, name);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    name,
    drop: async () => {
      await db.$changes.close();
      await disconnect(db);
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
