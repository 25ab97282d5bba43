import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../src/db/database.js";
import { createProcessedMessageLedger } from "../../src/db/processed-message-ledger.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

describe("the processed-message ledger", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("records each id once, when ids and repeats arrive in the same turn", async () => {
    const ledger = createProcessedMessageLedger(database.db);
    const keys = Array.from({ length: 30 }, (_, index) => `batch:${index % 20}`);
    const deliveries = keys.map((key) => ledger.record(key));
    const verdicts = await Promise.all(deliveries.map((delivery) => delivery.recorded));
    expect(verdicts.filter(Boolean)).toHaveLength(20);
    // The ten repeats were known at once, without the database.
    expect(deliveries.slice(20).map((delivery) => delivery.known)).toEqual(Array(10).fill("repeat"));
    expect(await database.db.processedMessage.count({ where: { key: { startsWith: "batch:" } } })).toBe(20);
  });

  it("after a restart, knows the ids recorded before it", async () => {
    const before = createProcessedMessageLedger(database.db);
    expect(await before.record("restart:1").recorded).toBe(true);
    const after = createProcessedMessageLedger(database.db);
    // Right after start-up, memory can't tell yet; the database still can.
    const early = after.record("restart:1");
    expect(early.known).toBe("unsure");
    expect(await early.recorded).toBe(false);
    expect(after.record("restart:1").known).toBe("repeat");
    const fresh = after.record("restart:2");
    expect(fresh.known).toBe("first");
    expect(await fresh.recorded).toBe(true);
    const third = createProcessedMessageLedger(database.db);
    await third.record("restart:3").recorded;
    // Once loaded, the ids from before the restart are known without the database.
    expect(third.record("restart:2").known).toBe("repeat");
  });

  it("says a redelivery is one even when memory has forgotten it", async () => {
    await database.db.processedMessage.create({ data: { key: "old:1", createdAt: new Date("2026-01-01T00:00:00Z") } });
    const ledger = createProcessedMessageLedger(database.db);
    const delivery = ledger.record("old:1");
    // Older than the remembered newest ids would be if the table were busy: the database decides.
    expect(await delivery.recorded).toBe(false);
  });

  it("leaves an id free to try again when it could not be written", async () => {
    const unreachable = createPrismaClient("postgresql://nobody@127.0.0.1:1/nothing");
    try {
      const ledger = createProcessedMessageLedger(unreachable);
      await expect(ledger.record("down:1").recorded).rejects.toThrow();
      expect(ledger.record("down:1").known).not.toBe("repeat");
    } finally {
      await unreachable.$changes.close();
      await unreachable.$disconnect();
    }
  });
});
