import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneWhatsAppState } from "../../src/db/prune-whatsapp-state.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

describe("forgetting WhatsApp state that can no longer matter", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("deletes closed windows, past days' counts and old message ids, and keeps what still counts", async () => {
    const db = database.db;
    const now = new Date("2026-11-28T03:00:00Z");
    await db.whatsAppServiceWindow.createMany({
      data: [
        { userId: "6281234500001", lastHeardAt: new Date("2026-11-26T03:00:00Z") },
        { userId: "6281234500002", lastHeardAt: new Date("2026-11-27T20:00:00Z") },
      ],
    });
    await db.whatsAppDailySends.createMany({
      data: [
        { transport: "web", day: new Date("2026-11-20T00:00:00Z"), sent: 40 },
        { transport: "web", day: new Date("2026-11-28T00:00:00Z"), sent: 3 },
      ],
    });
    const member = await db.member.create({ data: { channel: "whatsapp", userId: "6281234500003" } });
    const broadcast = await db.broadcast.create({ data: { kind: "staff", audience: "member", texts: { id: "Halo" }, sendAt: now } });
    const delivery = await db.delivery.create({ data: { broadcastId: broadcast.id, memberId: member.id, channel: "whatsapp", chatId: member.userId, nextAttemptAt: now } });
    await db.deliveryPlatformMessage.createMany({
      data: [
        { channel: "whatsapp", platformMessageId: "wamid.OLD", deliveryId: delivery.id, createdAt: new Date("2026-10-01T00:00:00Z") },
        { channel: "whatsapp", platformMessageId: "wamid.RECENT", deliveryId: delivery.id, createdAt: new Date("2026-11-27T00:00:00Z") },
      ],
    });

    expect(await pruneWhatsAppState(db, now)).toBe(3);
    expect((await db.whatsAppServiceWindow.findMany()).map((row) => row.userId)).toEqual(["6281234500002"]);
    expect((await db.whatsAppDailySends.findMany()).map((row) => row.sent)).toEqual([3]);
    expect((await db.deliveryPlatformMessage.findMany()).map((row) => row.platformMessageId)).toEqual(["wamid.RECENT"]);
  });
});
