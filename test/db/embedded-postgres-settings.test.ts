import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";

describe("the embedded PostgreSQL's size", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-pgsize-"));
  let database: Database | undefined;
  afterAll(async () => {
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("runs with the settings of a small single-purpose server, and the bot's pool as configured", async () => {
    database = await openDatabase({ dataDir, logger: createLogger({ level: "silent" }), poolSize: 3 });
    const { db } = database;
    const setting = async (name: string) =>
      (await db.$queryRaw<{ setting: string; unit: string | null }[]>`SELECT setting, unit FROM pg_settings WHERE name = ${name}`)[0];

    expect(await setting("shared_buffers")).toEqual({ setting: "2048", unit: "8kB" }); // 16 MB
    expect((await setting("max_connections"))?.setting).toBe("64");
    expect((await setting("max_worker_processes"))?.setting).toBe("2");
    expect((await setting("max_parallel_workers"))?.setting).toBe("0");
    expect((await setting("autovacuum_max_workers"))?.setting).toBe("1");
    expect((await setting("jit"))?.setting).toBe("off");
    const background = await db.$queryRaw<{ backend_type: string }[]>`SELECT backend_type FROM pg_stat_activity WHERE backend_type <> 'client backend'`;
    const types = background.map((row) => row.backend_type);
    expect(types).toContain("autovacuum launcher");
    expect(types).not.toContain("logical replication launcher");
    expect(db.$pool.options.max).toBe(3);
  });
});
