import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelSender } from "../../src/channels/channel.js";
import { Translator } from "../../src/core/i18n/translator.js";
import { optOut, unsubscribe } from "../../src/core/use-cases/subscriptions.js";
import { createPrismaClient, type Db } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";
import type { BroadcastInput } from "../../src/core/ports.js";
import { enqueueBroadcast } from "../../src/outbox/enqueue-broadcast.js";
import { parseQuietHours } from "../../src/outbox/quiet-hours.js";
import { createSenderLoop, type SenderLoopOptions } from "../../src/outbox/sender-loop.js";
import { gapForRate } from "../../src/outbox/start-outbox.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { createFakeChannel, slidingWindowPeak } from "./support/fake-channel.js";
import { insertSubscribers, waitUntilSettled } from "./support/outbox-fixtures.js";

const translator = new Translator("id");
const logger = createLogger({ level: "silent" });
/** 10:00 WIB: outside quiet hours. */
const MORNING = new Date("2026-11-28T03:00:00Z");

describe("the outbox sender", () => {
  let database: TestDatabase;
  let db: Db;
  let staffId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    staffId = (await db.member.create({ data: { channel: "console", userId: "boss", locale: "en" } })).id;
  });
  afterAll(() => database.drop());

  function loop(senders: ChannelSender[], clock: { now: Date }, options: Partial<SenderLoopOptions> = {}) {
    return createSenderLoop(
      { db, senders, translator, defaultLocale: "id", logger, clock: () => clock.now },
      { pacing: {}, leaseMs: 30_000, maxAttempts: 3, quietHours: parseQuietHours("21:00-07:00")!, concurrency: 1, ...options },
    );
  }

  async function member(channel: "console" | "telegram", userId: string, locale: "id" | "ko" | "en" | null = null, subscribe = true) {
    const created = await db.member.create({ data: { channel, userId, locale } });
    if (subscribe) await db.subscription.create({ data: { memberId: created.id, campaignId: null } });
    return created;
  }

  function broadcast(input: Partial<BroadcastInput> & { requestKey: string }) {
    return enqueueBroadcast(db, { kind: "staff", audience: "all_subscribers", texts: { id: "Halo", en: "Hello" }, sendAt: MORNING, createdById: staffId, ...input });
  }

  /** Rounds until nothing of the channel is due at the clock's time. */
  async function drain(sender: ReturnType<typeof loop>, channel: "console" | "telegram") {
    while ((await sender.runRound(channel)) > 0);
  }

  it("sends each recipient their language, else Indonesian, once; then reports to the staff member", async () => {
    await member("telegram", "t-en", "en");
    await member("telegram", "t-ko", "ko");
    await member("telegram", "t-none");
    const telegram = createFakeChannel("telegram");
    const console = createFakeChannel("console");
    const clock = { now: MORNING };
    const made = await broadcast({ requestKey: "languages" });
    expect(made.recipients).toBe(3);
    const sender = loop([telegram, console], clock);
    await drain(sender, "telegram");
    expect(telegram.sends.map((send) => [send.chatId, send.text]).sort()).toEqual([["t-en", "Hello"], ["t-ko", "Halo"], ["t-none", "Halo"]]);
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("done");

    await drain(sender, "console");
    expect(console.sends).toHaveLength(1);
    expect(console.sends[0]!.chatId).toBe("boss");
    expect(console.sends[0]!.text).toBe(translator.translate("en", "outbox-report", { id: made.id, sent: 3, failed: 0, skipped: 0 }));
    // Nothing more is due: a second round sends nothing twice.
    await drain(sender, "telegram");
    expect(telegram.sends).toHaveLength(3);
  });

  it("checks opt-out and unsubscribing at send time, and the report says why each was skipped", async () => {
    const stays = await member("telegram", "o-stays");
    const stops = await member("telegram", "o-stops");
    const leaves = await member("telegram", "o-leaves");
    const made = await broadcast({ requestKey: "opt-out", audience: "all_subscribers" });
    // Between queueing and sending: one sends /stop, one /unsubscribe.
    await optOut(db, stops.id);
    await unsubscribe(db, leaves.id, null);
    const telegram = createFakeChannel("telegram");
    const console = createFakeChannel("console");
    const sender = loop([telegram, console], { now: MORNING });
    await drain(sender, "telegram");
    expect(telegram.sends.map((send) => send.chatId)).not.toContain("o-stops");
    expect(telegram.sends.map((send) => send.chatId)).not.toContain("o-leaves");
    expect(telegram.sends.map((send) => send.chatId)).toContain("o-stays");
    const rows = await db.delivery.findMany({ where: { broadcastId: made.id, memberId: { in: [stays.id, stops.id, leaves.id] } } });
    expect(Object.fromEntries(rows.map((row) => [row.chatId, [row.status, row.error]]))).toMatchObject({
      "o-stays": ["sent", null],
      "o-stops": ["skipped", "opted-out"],
      "o-leaves": ["skipped", "unsubscribed"],
    });
    await drain(sender, "console");
    const report = console.sends.at(-1)!.text;
    expect(report).toContain(translator.translate("en", "outbox-report-skipped", { reason: translator.translate("en", "outbox-reason-opted-out"), count: 1 }));
    expect(report).toContain(translator.translate("en", "outbox-report-skipped", { reason: translator.translate("en", "outbox-reason-unsubscribed"), count: 1 }));
  });

  it("waits out a 429's retry_after for the whole channel, then sends exactly once", async () => {
    const flooded = await member("telegram", "r-429");
    const telegram = createFakeChannel("telegram", (chatId, _message, attempt) =>
      chatId === "r-429" && attempt === 1 ? { ok: false, permanent: false, reason: "rate limited (429: Too Many Requests)", retryAfterMs: 1500 } : { ok: true },
    );
    const clock = { now: new Date("2026-11-28T04:00:00Z") };
    const made = await broadcast({ requestKey: "429", audience: "member", memberId: flooded.id, createdById: null, sendAt: clock.now });
    const sender = loop([telegram], clock);
    await sender.runRound("telegram");
    const waiting = await db.delivery.findFirstOrThrow({ where: { broadcastId: made.id } });
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });
    expect(waiting.nextAttemptAt.getTime()).toBe(clock.now.getTime() + 1500);
    expect((await db.channelPace.findUniqueOrThrow({ where: { channel: "telegram" } })).nextSlotAt.getTime()).toBeGreaterThanOrEqual(clock.now.getTime() + 1500);

    clock.now = new Date(clock.now.getTime() + 1000);
    expect(await sender.runRound("telegram")).toBe(0);
    clock.now = new Date(clock.now.getTime() + 500);
    await drain(sender, "telegram");
    expect(telegram.sends.filter((send) => send.chatId === "r-429")).toHaveLength(1);
    expect(await db.delivery.findFirstOrThrow({ where: { broadcastId: made.id } })).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("marks permanent errors failed at once and gives up on transient ones after the last attempt", async () => {
    const blocked = await member("telegram", "p-blocked");
    const flaky = await member("telegram", "p-flaky");
    const telegram = createFakeChannel("telegram", (chatId) =>
      chatId === "p-blocked" ? { ok: false, permanent: true, reason: "blocked (403: Forbidden: bot was blocked by the user)" } : { ok: false, permanent: false, reason: "Bot API unreachable: ECONNRESET" },
    );
    const clock = { now: new Date("2026-11-28T05:00:00Z") };
    const made = await broadcast({ requestKey: "errors", audience: "all_subscribers", createdById: null, sendAt: clock.now });
    await db.delivery.updateMany({ where: { broadcastId: made.id, memberId: { notIn: [blocked.id, flaky.id] } }, data: { status: "cancelled" } });
    const sender = loop([telegram], clock);
    for (let minute = 0; minute < 5; minute++) {
      await drain(sender, "telegram");
      clock.now = new Date(clock.now.getTime() + 60_000);
    }
    const rows = await db.delivery.findMany({ where: { broadcastId: made.id, memberId: { in: [blocked.id, flaky.id] } } });
    const byChat = Object.fromEntries(rows.map((row) => [row.chatId, row]));
    expect(byChat["p-blocked"]).toMatchObject({ status: "failed", attempts: 1 });
    expect(byChat["p-flaky"]).toMatchObject({ status: "failed", attempts: 3 });
    expect(byChat["p-flaky"]!.error).toContain("gave up after 3 attempts");
    expect(telegram.attempts.get("p-blocked")).toBe(1);
    expect(telegram.attempts.get("p-flaky")).toBe(3);
  });

  it("holds non-urgent sends in quiet hours (21:00–07:00 WIB) and lets urgent ones through", async () => {
    const sleeper = await member("telegram", "q-sleeper", null, false);
    const telegram = createFakeChannel("telegram");
    const clock = { now: new Date("2026-11-28T15:30:00Z") }; // 22:30 WIB
    await broadcast({ requestKey: "quiet-normal", audience: "member", memberId: sleeper.id, createdById: null, sendAt: clock.now, texts: { id: "biasa" } });
    const sender = loop([telegram], clock);
    expect(await sender.runRound("telegram")).toBe(0);
    await broadcast({ requestKey: "quiet-urgent", audience: "member", memberId: sleeper.id, createdById: null, sendAt: clock.now, texts: { id: "penting" }, urgent: true });
    await drain(sender, "telegram");
    expect(telegram.sends.map((send) => send.text)).toEqual(["penting"]);

    clock.now = new Date("2026-11-28T23:59:00Z"); // 06:59 WIB
    expect(await sender.runRound("telegram")).toBe(0);
    clock.now = new Date("2026-11-29T00:00:00Z"); // 07:00 WIB
    await drain(sender, "telegram");
    expect(telegram.sends.map((send) => send.text)).toEqual(["penting", "biasa"]);
  });

  it("sends nothing of a cancelled broadcast, even rows a sender had already claimed", async () => {
    const person = await member("telegram", "c-person", null, false);
    const telegram = createFakeChannel("telegram");
    const clock = { now: new Date("2026-11-28T06:00:00Z") };
    const made = await broadcast({ requestKey: "cancel", audience: "member", memberId: person.id, createdById: null, sendAt: clock.now });
    // Claimed by a sender, then cancelled before its slot.
    await db.delivery.updateMany({ where: { broadcastId: made.id }, data: { status: "sending", leasedBy: "w-cancel", leaseUntil: new Date(clock.now.getTime() + 60_000), attempts: 1 } });
    await db.broadcast.update({ where: { id: made.id }, data: { status: "cancelled" } });
    const { deliverOne } = await import("../../src/outbox/deliver-one.js");
    const [row] = await db.delivery.findMany({ where: { broadcastId: made.id } });
    await deliverOne(db, telegram, row!.id, { workerId: "w-cancel", maxAttempts: 3, defaultLocale: "id", clock: () => clock.now, logger });
    expect(telegram.sends).toHaveLength(0);
    expect(await db.delivery.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ status: "cancelled", error: "cancelled" });
  });

  it("keeps to 30 messages/s on the channel and 1/s per chat, measured at the fake platform", async () => {
    await insertSubscribers(db, { channel: "telegram", count: 75, prefix: "rate-" });
    // Earlier tests ran the channel on fake clocks, some ahead of the real one: start its pace afresh.
    await db.channelPace.deleteMany();
    const telegram = createFakeChannel("telegram");
    const clock = { now: new Date() };
    const realClock = { get now() { return new Date(); } } as { now: Date };
    const made = await broadcast({ requestKey: "rate-1", sendAt: clock.now, createdById: null });
    const again = await broadcast({ requestKey: "rate-2", sendAt: clock.now, createdById: null, texts: { id: "lagi" } });
    const sender = loop([telegram], realClock, {
      pacing: { telegram: { gapMs: gapForRate(30), perChatGapMs: 1000 } },
      quietHours: null,
    });
    sender.start();
    await waitUntilSettled(db, [made.id, again.id]);
    await sender.stop();
    const rateSends = telegram.sends.filter((send) => send.chatId.startsWith("rate-"));
    expect(rateSends).toHaveLength(150);
    expect(new Set(rateSends.map((send) => `${send.chatId}:${send.text}`)).size).toBe(150);
    const { peak, overLimit } = slidingWindowPeak(telegram.sends.map((send) => send.at), 1000, 30);
    expect(overLimit).toBe(0);
    expect(peak).toBeGreaterThanOrEqual(25);
    const byChat = new Map<string, number[]>();
    for (const send of rateSends) byChat.set(send.chatId, [...(byChat.get(send.chatId) ?? []), send.at]);
    const closest = Math.min(...[...byChat.values()].map(([first, second]) => Math.abs(second! - first!)));
    expect(closest).toBeGreaterThanOrEqual(1000 - 5); // timer granularity
  });

  it("claims only what it can send on time when it is slower than its slots", async () => {
    await insertSubscribers(db, { channel: "telegram", count: 40, prefix: "slow-" });
    await db.channelPace.deleteMany();
    const sent: string[] = [];
    // 30 ms a message against a 10 ms slot gap: every send after the first of a batch is late.
    const slowTelegram: ChannelSender = {
      channel: "telegram",
      async send(chatId) {
        await new Promise((done) => setTimeout(done, 30));
        sent.push(chatId);
        return { ok: true };
      },
    };
    const realClock = { get now() { return new Date(); } } as { now: Date };
    const made = await broadcast({ requestKey: "slow-1", sendAt: new Date(), createdById: null, audience: "all_subscribers" });
    const sender = loop([slowTelegram], realClock, { pacing: { telegram: { gapMs: 10, perChatGapMs: 0 } }, quietHours: null });
    const claims: number[] = [];
    for (let claimed; (claimed = await sender.runRound("telegram")) > 0; ) claims.push(claimed);
    await waitUntilSettled(db, [made.id]);
    // The first round claimed every delivery and missed its second slot; the next claimed what
    // went out on time, not the 39 it handed back.
    expect(claims[0]).toBeGreaterThan(30);
    expect(claims[1]).toBeLessThanOrEqual(2);
    const slowSends = sent.filter((chatId) => chatId.startsWith("slow-"));
    expect(new Set(slowSends).size).toBe(40);
    expect(slowSends).toHaveLength(40);
  });

  it("shares 2,000 deliveries between two sender loops on one database: every recipient exactly once", async () => {
    await insertSubscribers(db, { channel: "console", count: 2000, prefix: "two-" });
    const made = await broadcast({ requestKey: "two-loops", audience: "all_subscribers", createdById: null, sendAt: new Date() });
    expect(made.recipients).toBeGreaterThanOrEqual(2000);
    const secondDb = createPrismaClient(database.url);
    const platform = createFakeChannel("console");
    // Subscribers from earlier tests on Telegram are in the audience too.
    const telegram = createFakeChannel("telegram");
    const realClock = { get now() { return new Date(); } } as { now: Date };
    const options = { quietHours: null, maxBatch: 50 };
    const first = loop([platform, telegram], realClock, options);
    const second = createSenderLoop(
      { db: secondDb, senders: [platform, telegram], translator, defaultLocale: "id", logger, clock: () => new Date() },
      { pacing: {}, leaseMs: 30_000, maxAttempts: 3, quietHours: null, concurrency: 1, maxBatch: 50 },
    );
    first.start();
    second.start();
    await waitUntilSettled(db, [made.id], 120_000);
    await Promise.all([first.stop(), second.stop()]);
    await secondDb.$disconnect();
    const chats = platform.sends.filter((send) => send.chatId.startsWith("two-")).map((send) => send.chatId);
    expect(chats).toHaveLength(2000);
    expect(new Set(chats).size).toBe(2000);
    const workers = await db.delivery.groupBy({ by: ["leasedBy"], where: { broadcastId: made.id, status: "sent" }, _count: { _all: true } });
    expect(workers).toHaveLength(2);
    expect(workers.every((worker) => worker._count._all > 100)).toBe(true);
  }, 150_000);
});
