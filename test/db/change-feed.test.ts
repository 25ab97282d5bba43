import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createChangeFeed, WATCHED_TABLES, type ChangeFeed } from "../../src/db/change-feed.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { waitUntil } from "../support/wait-until.js";

describe("the change feed", () => {
  let database: TestDatabase;
  let other: pg.Client;
  const feeds: ChangeFeed[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
  });
  afterEach(async () => {
    await Promise.all(feeds.splice(0).map((feed) => feed.close()));
  });
  afterAll(async () => {
    await other.end();
    await database.drop();
  });

  async function listeningFeed(): Promise<ChangeFeed> {
    const feed = createChangeFeed(database.url);
    feeds.push(feed);
    // Until it listens, nothing may be served from a cache.
    expect(feed.stamp(["Campaign"])).toBeUndefined();
    await waitUntil("the feed listens", () => feed.stamp(["Campaign"]) !== undefined);
    return feed;
  }

  it("is told about every table the caches keep: each has its trigger", async () => {
    const { rows } = await other.query<{ table: string }>(
      `SELECT DISTINCT event_object_table AS table FROM information_schema.triggers WHERE trigger_name LIKE '%\_announce\_change' ORDER BY 1`,
    );
    expect(rows.map((row) => row.table).sort()).toEqual([...WATCHED_TABLES].sort());
  });

  it("hears a change another connection commits, for that table only", async () => {
    const feed = await listeningFeed();
    const heard: string[] = [];
    feed.subscribe((table) => heard.push(table));
    const campaigns = feed.stamp(["Campaign"]);
    const members = feed.stamp(["Member", "StaffGrant"]);
    // A statement that touches no row still announces itself: the trigger fires per statement.
    await other.query(`UPDATE "Campaign" SET "target" = "target" WHERE false`);
    await waitUntil("the campaign change is heard", () => feed.stamp(["Campaign"]) !== campaigns);
    expect(feed.stamp(["Member", "StaffGrant"])).toBe(members);
    expect(heard).toEqual(["Campaign"]);
  });

  it("hears nothing of a change that was rolled back", async () => {
    const feed = await listeningFeed();
    const campaigns = feed.stamp(["Campaign"]);
    const grants = feed.stamp(["StaffGrant"]);
    await other.query("BEGIN");
    await other.query(`UPDATE "Campaign" SET "target" = "target" WHERE false`);
    await other.query("ROLLBACK");
    // Notifications arrive in commit order: once this later one is heard, the first would have been.
    await other.query(`DELETE FROM "StaffGrant" WHERE false`);
    await waitUntil("the later change is heard", () => feed.stamp(["StaffGrant"]) !== grants);
    expect(feed.stamp(["Campaign"])).toBe(campaigns);
  });

  it("serves nothing while its connection is lost, and trusts nothing from before once back", async () => {
    const feed = await listeningFeed();
    const before = feed.stamp(["Campaign", "Member"]);
    await other.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`);
    await waitUntil("the loss is noticed", () => feed.stamp(["Campaign"]) === undefined);
    await waitUntil("the feed listens again", () => feed.stamp(["Campaign"]) !== undefined);
    expect(feed.stamp(["Campaign", "Member"])).not.toBe(before);
  });

  it("reports a change this process makes through the client before the call returns", async () => {
    const { db } = database;
    await waitUntil("the client's feed listens", () => db.$changes.stamp(["Organization"]) !== undefined);
    const heard: string[] = [];
    const unsubscribe = db.$changes.subscribe((table) => heard.push(table));
    await db.organization.create({ data: { name: "PT Lokal", nameKey: "pt lokal", city: "Bekasi" } });
    // Reported by the client itself, synchronously after the write; the notification comes later.
    expect(heard[0]).toBe("Organization");
    await db.campaignGoal.findMany();
    expect(heard.filter((table) => table !== "Organization")).toEqual([]);
    unsubscribe();
  });

  it("takes a raw statement's tables from its text, so outbox writes leave the caches alone", async () => {
    const { db } = database;
    await waitUntil("the client's feed listens", () => db.$changes.stamp(["Campaign"]) !== undefined);
    const heard: string[] = [];
    const unsubscribe = db.$changes.subscribe((table) => heard.push(table));
    // Tables no test here has touched: a late notice from an earlier test can't name them.
    const untouched = ["Member", "ConversationState", "CampaignGoal", "CampaignUpdate", "CampaignPartnerTotal"];
    await db.$executeRaw`UPDATE "Delivery" SET "attempts" = "attempts" WHERE false`;
    expect(heard.filter((table) => table === "Campaign" || untouched.includes(table))).toEqual([]);
    await db.$executeRaw`UPDATE "Campaign" SET "target" = "target" WHERE false`;
    expect(heard).toContain("Campaign");
    expect(heard.filter((table) => untouched.includes(table))).toEqual([]);
    unsubscribe();
  });
});
