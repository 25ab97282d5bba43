import { describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { MAX_TEXT_LENGTH } from "../../src/core/messages.js";
import { createBroadcast } from "../../src/core/use-cases/create-broadcast.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { UserError } from "../../src/core/user-error.js";
import { useTestBot } from "../support/test-bot.js";

const translator = new Translator("id");
const t = (key: string, args?: Record<string, string | number>) => translator.translate("en", key, args);

describe("/broadcast, /broadcasts and /schedule (staff)", () => {
  const bot = useTestBot({ staff: ["console:staff"] });

  async function staff() {
    const chat = bot.chat("staff");
    await chat.send("/lang en");
    return chat;
  }

  it("guides staff through audience, campaign, texts in two languages, time and a preview per channel", async () => {
    await bot.chat("ani").send("/subscribe PADI");
    await bot.chat("12345", { channel: "telegram" }).send("/subscribe");
    await bot.chat("opted-out").send("/subscribe PADI");
    await bot.chat("opted-out").send("/stop");
    const boss = await staff();

    expect(await boss.send("/broadcast")).toContain(t("broadcast-ask-audience"));
    expect(await boss.pick(t("broadcast-audience-campaign_subscribers"))).toContain(t("broadcast-ask-campaign"));
    expect(await boss.pick("PADI")).toContain(t("broadcast-ask-text", { max: MAX_TEXT_LENGTH }));
    expect(await boss.send("Panen pertama sudah tiba!")).toContain(t("broadcast-ask-more"));
    expect(await boss.pick(t("broadcast-choice-add-en"))).toContain(t("broadcast-ask-text-en", { max: MAX_TEXT_LENGTH }));
    await boss.send("The first harvest is in!");
    expect(boss.offeredValues).toEqual(["ko", "done"]);
    expect(await boss.pick(t("broadcast-choice-continue"))).toContain(t("broadcast-ask-when"));
    const preview = await boss.pick(t("broadcast-choice-now"));
    // The all-campaigns subscriber on Telegram counts; the person who sent /stop does not.
    expect(preview).toContain("Recipients: 2 (console 1 · telegram 1)");
    expect(preview).toContain("[en] The first harvest is in!");
    const queued = await boss.pick(t("choice-confirm"));
    const broadcast = await bot.database.db.broadcast.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(queued).toBe(t("broadcast-queued", { id: broadcast.id, total: 2 }));
    expect(broadcast.texts).toEqual({ id: "Panen pertama sudah tiba!", en: "The first harvest is in!" });
    const deliveries = await bot.database.db.delivery.findMany({ where: { broadcastId: broadcast.id }, orderBy: { chatId: "asc" } });
    expect(deliveries.map((delivery) => [delivery.channel, delivery.chatId, delivery.status])).toEqual([
      ["telegram", "12345", "queued"],
      ["console", "ani", "queued"],
    ].sort((a, b) => a[1]!.localeCompare(b[1]!)));
  });

  it("schedules a broadcast at a Jakarta time and refuses times in the past", async () => {
    const boss = await staff();
    await boss.send("/broadcast");
    await boss.pick(t("broadcast-audience-all_subscribers"));
    await boss.send("Rapat mitra besok.");
    await boss.pick(t("broadcast-choice-continue"));
    expect(await boss.pick(t("broadcast-choice-later"))).toContain(t("broadcast-ask-time"));
    expect(await boss.send("kemarin")).toContain(t("broadcast-bad-time"));
    // TEST_NOW is 10:00 WIB on 28 November 2026.
    expect(await boss.send("2026-11-27 09:00")).toContain(t("broadcast-time-past"));
    expect(await boss.send("2026-11-29 09:00")).toContain("Recipients: 2");
    await boss.pick(t("choice-confirm"));
    const broadcast = await bot.database.db.broadcast.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(broadcast.sendAt.toISOString()).toBe("2026-11-29T02:00:00.000Z");
    const due = await bot.database.db.delivery.findMany({ where: { broadcastId: broadcast.id } });
    expect(due.every((delivery) => delivery.nextAttemptAt.getTime() === broadcast.sendAt.getTime())).toBe(true);
  });

  it("refuses empty and over-long broadcast text and keeps asking for it", async () => {
    const boss = await staff();
    await boss.send("/broadcast");
    await boss.pick(t("broadcast-audience-all_subscribers"));
    expect(await boss.send("   ")).toBe(t("error-empty"));
    expect(await boss.send("x".repeat(MAX_TEXT_LENGTH + 1))).toBe(t("error-too-long", { max: MAX_TEXT_LENGTH }));
    const state = await bot.database.db.conversationState.findUniqueOrThrow({ where: { key: "console:staff" } });
    expect(state.step).toBe("text-id");
    expect(await boss.send("batal")).toBe(t("flow-cancelled"));

    const before = await bot.database.db.broadcast.count();
    const member = await bot.database.db.member.findFirstOrThrow({ where: { userId: "staff" } });
    for (const text of ["", " ", "y".repeat(MAX_TEXT_LENGTH + 1)]) {
      await expect(
        createBroadcast(bot.database.db, outboxPort, {
          audience: "all_subscribers",
          campaignId: null,
          texts: { id: text },
          sendAt: bot.clock.now,
          urgent: false,
          createdById: member.id,
          requestKey: `direct-${text.length}`,
          actor: "console:staff",
        }),
      ).rejects.toThrow(UserError);
    }
    expect(await bot.database.db.broadcast.count()).toBe(before);
  });

  it("refuses /broadcast, /broadcasts and /schedule to people who are not staff", async () => {
    const donor = bot.chat("donor", { localeHint: "en" });
    for (const command of ["/broadcast", "/broadcasts", "/broadcast cancel 1", "/schedule list", "/schedule add digest 0 9 * * 1"]) {
      expect(await donor.send(command)).toBe(t("error-staff-only"));
    }
    expect(await bot.database.db.conversationState.count({ where: { key: "console:donor" } })).toBe(0);
  });

  it("/broadcasts shows progress and /broadcast cancel ID stops what is not yet sent", async () => {
    const boss = await staff();
    const [latest] = await bot.database.db.broadcast.findMany({ orderBy: { id: "desc" }, take: 1 });
    const list = await boss.send("/broadcasts");
    expect(list).toContain(`#${latest!.id} · ${t("broadcast-kind-staff")} · ${t("broadcast-audience-all_subscribers")}`);
    expect(list).toContain("queued 2, sent 0, failed 0, skipped 0");

    expect(await boss.send(`/broadcast cancel ${latest!.id}`)).toBe(t("broadcast-cancel-done", { id: latest!.id, count: 2 }));
    expect(await boss.send(`/broadcast cancel ${latest!.id}`)).toBe(t("broadcast-not-active", { id: latest!.id }));
    expect(await boss.send("/broadcast cancel 99999")).toBe(t("broadcast-not-found", { id: 99999 }));
    expect(await boss.send("/broadcast cancel")).toBe(t("broadcast-cancel-usage"));
    expect(await boss.send("/broadcasts")).toContain("queued 0, sent 0, failed 0, skipped 2");
  });

  it("/schedule lists the default jobs and adds, pauses, resumes and removes schedules", async () => {
    const boss = await staff();
    const list = await boss.send("/schedule");
    for (const kind of ["digest", "reminder", "countdown", "summary"]) expect(list).toContain(t(`schedule-kind-${kind}`));
    expect(list).toContain("`0 9 * * 1`");

    const added = await boss.send("/schedule add digest PADI 0 9 * * 5");
    const schedule = await bot.database.db.schedule.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(added).toBe(t("schedule-added", { id: schedule.id, cron: "0 9 * * 5" }));
    expect(schedule).toMatchObject({ kind: "digest", cron: "0 9 * * 5", enabled: true });
    expect(schedule.campaignId).not.toBeNull();

    await boss.send("/schedule add reminder 0 10 * * * days=5");
    const reminder = await bot.database.db.schedule.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(reminder.params).toEqual({ days: 5 });

    expect(await boss.send(`/schedule pause ${schedule.id}`)).toBe(t("schedule-paused", { id: schedule.id }));
    expect((await bot.database.db.schedule.findUniqueOrThrow({ where: { id: schedule.id } })).enabled).toBe(false);
    expect(await boss.send(`/schedule resume ${schedule.id}`)).toBe(t("schedule-resumed", { id: schedule.id }));
    expect(await boss.send(`/schedule remove ${schedule.id}`)).toBe(t("schedule-removed", { id: schedule.id }));
    expect(await bot.database.db.schedule.findUnique({ where: { id: schedule.id } })).toBeNull();
    expect(await boss.send(`/schedule pause ${schedule.id}`)).toBe(t("schedule-not-found", { id: schedule.id }));
    const audited = await bot.database.db.auditLog.findMany({ where: { entity: "Schedule", entityId: String(schedule.id) } });
    expect(audited.map((entry) => entry.action).sort()).toEqual(["schedule.add", "schedule.pause", "schedule.remove", "schedule.resume"]);
  });

  it("refuses an invalid cron expression or job kind with a clear reply and stores nothing", async () => {
    const boss = await staff();
    const before = await bot.database.db.schedule.count();
    expect(await boss.send("/schedule add digest 61 9 * * *")).toBe(t("schedule-bad-cron", { cron: "61 9 * * *" }));
    expect(await boss.send("/schedule add digest every monday")).toBe(t("schedule-bad-cron", { cron: "monday" }));
    expect(await boss.send("/schedule add digest */10 * * * * *")).toBe(t("schedule-bad-cron", { cron: "*/10 * * * * *" }));
    expect(await boss.send("/schedule add digest")).toBe(t("schedule-bad-cron", { cron: "?" }));
    expect(await boss.send("/schedule add newsletter 0 9 * * 1")).toBe(t("schedule-bad-kind", { kind: "newsletter" }));
    expect(await boss.send("/schedule add digest NOPE 0 9 * * 1")).toBe(t("error-unknown-campaign", { code: "NOPE" }));
    expect(await boss.send("/schedule frobnicate 3")).toBe(t("schedule-usage"));
    expect(await bot.database.db.schedule.count()).toBe(before);
  });
});
