import { describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { createPrismaClient } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";
import { cronMatches, isValidCron } from "../../src/scheduler/cron-rules.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { useTestBot } from "../support/test-bot.js";

const translator = new Translator("id");
const logger = createLogger({ level: "silent" });

describe("the scheduler (node-cron's matcher, Asia/Jakarta, a fake clock)", () => {
  const bot = useTestBot({ staff: ["console:staff"] });
  const scheduler = () => createScheduler({ db: bot.database.db, translator, logger, staff: ["console:staff"] });
  const broadcastsOf = (kind: string) => bot.database.db.broadcast.findMany({ where: { kind }, orderBy: { id: "asc" }, include: { deliveries: true } });

  it("reads cron expressions in Jakarta time and accepts only five valid fields", () => {
    expect(cronMatches("0 9 * * 1", new Date("2026-11-30T02:00:00Z"))).toBe(true); // Monday 09:00 WIB
    expect(cronMatches("0 9 * * 1", new Date("2026-11-30T09:00:00Z"))).toBe(false); // 16:00 WIB
    expect(isValidCron("30 8 * * *")).toBe(true);
    expect(isValidCron("61 8 * * *")).toBe(false);
    expect(isValidCron("0 0 9 * * 1")).toBe(false);
    expect(isValidCron("every day")).toBe(false);
  });

  it("sends the weekly digest on Monday 09:00 WIB to the campaign's subscribers, once per slot", async () => {
    await bot.chat("digest-reader", { localeHint: "en" }).send("/subscribe PADI");
    await bot.chat("other-reader").send("/subscribe");
    const monday = new Date("2026-11-30T02:00:00Z");
    expect(await scheduler().tick(monday)).toBe(1);
    // The same minute again (a restart), and the next minute: nothing new.
    expect(await scheduler().tick(new Date(monday.getTime() + 30_000))).toBe(0);
    expect(await scheduler().tick(new Date(monday.getTime() + 60_000))).toBe(0);
    const [digest, ...more] = await broadcastsOf("digest");
    expect(more).toHaveLength(0);
    expect(digest!.sendAt).toEqual(monday);
    expect(digest!.deliveries.map((delivery) => delivery.chatId).sort()).toEqual(["digest-reader", "other-reader"]);
    const texts = digest!.texts as Record<string, string>;
    expect(texts.en).toContain(translator.translate("en", "digest-heading"));
    expect(texts.en).toContain("PADI");
    expect(texts.ko).toContain(translator.translate("ko", "digest-heading"));
  });

  it("lets two instances ticking the same minute create the run once", async () => {
    const otherDb = createPrismaClient(bot.database.url);
    try {
      const second = createScheduler({ db: otherDb, translator, logger, staff: [] });
      const monday = new Date("2026-12-07T02:00:00Z");
      const runs = await Promise.all([scheduler().tick(monday), second.tick(monday), scheduler().tick(monday)]);
      expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    } finally {
      await otherDb.$disconnect();
    }
    const slotRuns = await bot.database.db.scheduleRun.count({ where: { slot: new Date("2026-12-07T02:00:00Z") } });
    expect(slotRuns).toBe(1);
    expect(await broadcastsOf("digest")).toHaveLength(2);
  });

  it("counts down to the deadline at 7 days and at 1 day (08:00 WIB)", async () => {
    // PADI ends on 2027-01-12 (45 days after the test's today).
    for (const day of ["2027-01-04", "2027-01-05", "2027-01-06", "2027-01-11"]) {
      await scheduler().tick(new Date(`${day}T01:00:00Z`));
    }
    const countdowns = await broadcastsOf("countdown");
    expect(countdowns.map((broadcast) => broadcast.sendAt.toISOString().slice(0, 10))).toEqual(["2027-01-05", "2027-01-11"]);
    expect((countdowns[0]!.texts as Record<string, string>).en).toContain(translator.translate("en", "countdown-heading", { code: "PADI", days: 7 }));
    expect((countdowns[1]!.texts as Record<string, string>).en).toContain(translator.translate("en", "countdown-heading", { code: "PADI", days: 1 }));
  });

  it("reminds a partner whose pledge is still 'pledged' 3 days later, once", async () => {
    const db = bot.database.db;
    const organization = await db.organization.create({ data: { name: "PT Lupa Bayar", nameKey: "pt lupa bayar", city: "Bekasi" } });
    const partner = await db.member.create({ data: { channel: "whatsapp", userId: "6281200000001", organizationId: organization.id } });
    const colleague = await db.member.create({ data: { channel: "telegram", userId: "777", organizationId: organization.id } });
    const padi = await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    await db.pledge.create({
      data: { campaignId: padi.id, organizationId: organization.id, memberId: partner.id, kind: "cash", amount: 5_000_000n, sourceMessageId: "reminder-test", createdAt: new Date("2026-11-25T05:00:00Z") },
    });
    for (const day of ["2026-11-28", "2026-11-29", "2026-11-30"]) await scheduler().tick(new Date(`${day}T03:00:00Z`)); // 10:00 WIB
    const reminders = await broadcastsOf("reminder");
    const mine = reminders.filter((broadcast) => broadcast.deliveries.some((delivery) => delivery.memberId === partner.id));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.sendAt.toISOString()).toBe("2026-11-29T03:00:00.000Z");
    expect(mine[0]!.deliveries.map((delivery) => delivery.memberId).sort()).toEqual([partner.id, colleague.id].sort());
    expect((mine[0]!.texts as Record<string, string>).id).toBe(translator.translate("id", "reminder-unpaid", { code: "PADI", days: 3 }));
  });

  it("sends staff the daily pending summary at 08:30 WIB, and a paused schedule does not run", async () => {
    await bot.chat("staff").send("/help");
    await scheduler().tick(new Date("2026-11-28T01:30:00Z"));
    const [summary] = await broadcastsOf("summary");
    expect(summary!.deliveries.map((delivery) => delivery.chatId)).toEqual(["staff"]);
    const pending = await bot.database.db.pledge.groupBy({ by: ["status"], where: { status: { in: ["pledged", "transfer_reported"] } }, _count: { _all: true } });
    const count = (status: string) => pending.find((row) => row.status === status)?._count._all ?? 0;
    expect((summary!.texts as Record<string, string>).id).toBe(
      translator.translate("id", "summary-pending", { reported: count("transfer_reported"), pledged: count("pledged") }),
    );

    await bot.database.db.schedule.updateMany({ where: { kind: "summary" }, data: { enabled: false } });
    expect(await scheduler().tick(new Date("2026-11-29T01:30:00Z"))).toBe(0);
    expect(await broadcastsOf("summary")).toHaveLength(1);
  });
});
