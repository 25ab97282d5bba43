import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneProcessedMessages } from "../../src/db/prune-processed-messages.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

describe("forgetting old processed message ids", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("deletes ids older than 30 days and keeps the recent ones", async () => {
    const now = new Date("2026-11-28T00:00:00Z");
    await database.db.processedMessage.createMany({
      data: [
        { key: "telegram:1:old", createdAt: new Date("2026-10-01T00:00:00Z") },
        { key: "telegram:1:recent", createdAt: new Date("2026-11-20T00:00:00Z") },
      ],
    });
    expect(await pruneProcessedMessages(database.db, now)).toBe(1);
    expect((await database.db.processedMessage.findMany()).map((row) => row.key)).toEqual(["telegram:1:recent"]);
  });
});
