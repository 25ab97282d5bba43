import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChangeFeed, type ChangeFeed } from "../../src/db/change-feed.js";
import { createReadCache } from "../../src/db/read-cache.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { waitUntil } from "../support/wait-until.js";

describe("the read cache", () => {
  let database: TestDatabase;
  let feed: ChangeFeed;

  beforeAll(async () => {
    database = await createTestDatabase();
    feed = createChangeFeed(database.url);
    await waitUntil("the feed listens", () => feed.stamp(["Campaign"]) !== undefined);
  });
  afterAll(async () => {
    await feed.close();
    await database.drop();
  });

  it("keeps what a load found, but not a miss: made-up keys cannot fill it", async () => {
    const cache = createReadCache<{ name: string }>(feed, ["Campaign"]);
    let loads = 0;
    const found = async () => (loads++, { name: "PADI" });
    const missing = async () => (loads++, undefined);

    expect(await cache("PADI", found)).toEqual({ name: "PADI" });
    expect(await cache("PADI", found)).toEqual({ name: "PADI" });
    expect(loads).toBe(1);

    expect(await cache("NOPE", missing)).toBeUndefined();
    expect(await cache("NOPE", missing)).toBeUndefined();
    expect(loads).toBe(3);
    // Concurrent misses on one key still share one load.
    expect(await Promise.all([cache("ALSO", missing), cache("ALSO", missing)])).toEqual([undefined, undefined]);
    expect(loads).toBe(4);
  });
});
