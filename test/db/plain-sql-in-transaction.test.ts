import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlIn, type DbTransaction } from "../../src/db/database.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { waitUntil } from "../support/wait-until.js";

describe("plain SQL in an interactive transaction (sqlIn)", () => {
  let database: TestDatabase;
  let other: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await database.drop();
  });

  const stateKeys = async (key: string) => (await other.query(`SELECT key FROM "ConversationState" WHERE key = $1`, [key])).rowCount;

  it("runs in the transaction itself: same connection and transaction as Prisma's statements, unseen by others until COMMIT", async () => {
    const { db } = database;
    await db.$transaction(async (tx) => {
      const organization = await tx.organization.create({ data: { name: "PT Satu", nameKey: "pt satu", city: "Bogor" } });
      const [prisma] = await tx.$queryRaw<{ pid: number; xid: string }[]>`SELECT pg_backend_pid() AS pid, txid_current()::text AS xid`;
      const [plain] = await sqlIn(tx).query<{ pid: number; xid: string; name: string }>(
        `SELECT pg_backend_pid() AS pid, txid_current()::text AS xid, (SELECT name FROM "Organization" WHERE id = $1) AS name`,
        [organization.id],
      );
      expect(plain).toEqual({ ...prisma, name: "PT Satu" });
      await sqlIn(tx).query(`INSERT INTO "ConversationState" (key, offered, version, "updatedAt") VALUES ('tx:seen', '[]', 1, $1)`, [new Date()]);
      expect(await stateKeys("tx:seen")).toBe(0);
    });
    expect(await stateKeys("tx:seen")).toBe(1);
  });

  it("rolls back with the transaction, whoever's statement failed", async () => {
    const { db } = database;
    await expect(
      db.$transaction(async (tx) => {
        await sqlIn(tx).query(`INSERT INTO "ConversationState" (key, offered, version, "updatedAt") VALUES ('tx:undone', '[]', 1, $1)`, [new Date()]);
        await tx.organization.create({ data: { name: "PT Batal", nameKey: "pt batal", city: "Bogor" } });
        throw new Error("the step fails after both writes");
      }),
    ).rejects.toThrow("the step fails");
    expect(await stateKeys("tx:undone")).toBe(0);
    expect(await db.organization.count({ where: { nameKey: "pt batal" } })).toBe(0);

    // A failing plain statement aborts the transaction: Prisma's earlier write goes too.
    await expect(
      db.$transaction(async (tx) => {
        await tx.organization.create({ data: { name: "PT Gagal", nameKey: "pt gagal", city: "Bogor" } });
        await sqlIn(tx).query(`INSERT INTO "ConversationState" (key) VALUES (NULL)`);
      }),
    ).rejects.toThrow();
    expect(await db.organization.count({ where: { nameKey: "pt gagal" } })).toBe(0);
  });

  it("refuses once the transaction has ended: its connection may serve someone else by then", async () => {
    const { db } = database;
    let kept: DbTransaction | undefined;
    await db.$transaction(async (tx) => {
      kept = tx;
    });
    await expect(sqlIn(kept!).query(`SELECT 1`)).rejects.toThrow("not open");
  });

  it("reports the tables it writes to the change feed after COMMIT, not before, and none for a read", async () => {
    const { db } = database;
    await waitUntil("the client's feed listens", () => db.$changes.stamp(["StaffGrant"]) !== undefined);
    const heard: string[] = [];
    const unsubscribe = db.$changes.subscribe((table) => heard.push(table));
    await db.$transaction(async (tx) => {
      await sqlIn(tx).query(`SELECT * FROM "Campaign" FOR UPDATE`);
      await sqlIn(tx).query(`INSERT INTO "StaffGrant" (identity, "grantedBy") VALUES ('console:tx-reported', 'console:test') ON CONFLICT DO NOTHING`);
      expect(heard).toEqual([]);
    });
    expect(heard).toContain("StaffGrant");
    expect(heard).not.toContain("Campaign");
    unsubscribe();
  });

  it("reads and writes BIGINT, times and dates as Prisma does, in any time zone", async () => {
    const { db } = database;
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Jakarta";
    try {
      const written = new Date("2026-03-01T23:30:00.123Z");
      const campaign = await db.$transaction(async (tx) => {
        const [row] = await sqlIn(tx).query<{ id: number; target: bigint; endsOn: Date; createdAt: Date }>(
          `INSERT INTO "Campaign" (code, title, story, target, "startsOn", "endsOn", status, regions, "createdAt")
           VALUES ('TZ', '{"id":"Zona"}', '{"id":"-"}', $1, $2, $2, 'active', '{}', $3) RETURNING id, target, "endsOn", "createdAt"`,
          [9_007_199_254_740_993n, new Date("2026-12-31T00:00:00Z"), written],
        );
        return row!;
      });
      expect(campaign.target).toBe(9_007_199_254_740_993n);
      const prisma = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { id: true, target: true, endsOn: true, createdAt: true } });
      expect(campaign).toEqual(prisma);
      expect(prisma.createdAt.toISOString()).toBe(written.toISOString());
      expect(prisma.endsOn.toISOString()).toBe("2026-12-31T00:00:00.000Z");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
