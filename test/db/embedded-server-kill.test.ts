import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";
import { waitUntil } from "../support/wait-until.js";

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
}

describe("the embedded PostgreSQL killed under a running bot", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-pgkill-"));
  let database: Database | undefined;
  afterAll(async () => {
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("is started again within 30 s, and the bot carries on with nothing lost", async () => {
    database = await openDatabase({ dataDir, logger: createLogger({ level: "silent" }) });
    const { db } = database;
    await db.organization.create({ data: { name: "PT Before The Kill", nameKey: "pt before the kill", city: "Bekasi", sector: "food" } });
    const killed = postmasterPid(dataDir);

    process.kill(killed, "SIGKILL");
    const started = Date.now();
    await waitUntil(
      "the database answers again",
      () => db.organization.count({ where: { name: "PT Before The Kill" } }).then((count) => count === 1, () => false),
      30_000,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(postmasterPid(dataDir)).not.toBe(killed);
    // Writes work again, through the same client and pool.
    await db.organization.create({ data: { name: "PT After The Kill", nameKey: "pt after the kill", city: "Medan", sector: "retail" } });
    expect(await db.organization.count({ where: { name: { startsWith: "PT " } } })).toBeGreaterThanOrEqual(2);
  });
});
