import { describe, expect, it } from "vitest";
import { createTelegramProgressDisplay } from "../../../src/channels/telegram/progress-display.js";
import { createLiveProgress } from "../../../src/live-progress/live-progress.js";
import { Translator } from "../../../src/core/i18n/translator.js";
import { createLogger } from "../../../src/logger.js";
import { createFakeBotApi } from "./support/fake-bot-api.js";
import { STAFF_ID, unescapeHtml, useTelegramBot } from "./support/telegram-harness.js";
import { Api } from "grammy";
import type { Update } from "grammy/types";
import { createPrismaClient } from "../../../src/db/database.js";
import { waitUntil } from "../../support/wait-until.js";

const translator = new Translator("id");
const t = (key: string, args?: Record<string, string | number>) => translator.translate("en", key, args);
const GROUP = -100300;
const OTHER_GROUP = -100302;

describe("Telegram: the live progress message (/pin CODE)", () => {
  const tg = useTelegramBot();
  const db = () => tg.bot.database.db;

  async function partnerPledges(userId: number, amount: string): Promise<number> {
    const org = await db().organization.create({ data: { name: `PT Pin ${userId}`, nameKey: `pt pin ${userId}`, city: "Bogor" } });
    await db().member.create({ data: { channel: "telegram", userId: String(userId), organizationId: org.id, locale: "en" } });
    const partner = tg.user(userId, { lang: "en" });
    await partner.send(`/pledge PADI ${amount}`);
    await partner.press("Skip");
    await partner.press("Confirm");
    return (await db().pledge.findFirstOrThrow({ where: { organizationId: org.id } })).id;
  }

  it("refuses /pin to anyone but staff", async () => {
    const answer = await tg.user(310, { group: GROUP, lang: "en" }).send("/pin PADI");
    expect(answer.text).toBe(t("error-staff-only"));
    expect(answer.calls.some((call) => call.method === "pinChatMessage")).toBe(false);
  });

  it("posts and pins the progress, then edits it in place when totals change", async () => {
    const staff = tg.user(STAFF_ID, { group: GROUP, lang: "en" });
    const pinned = await staff.send("/pin PADI");
    const [progress, confirmation] = pinned.calls.filter((call) => call.method === "sendMessage");
    expect(unescapeHtml(progress!.payload.text)).toContain("PADI");
    expect(unescapeHtml(progress!.payload.text)).toContain(t("tg-progress-footer", { code: "PADI" }));
    const pin = pinned.calls.find((call) => call.method === "pinChatMessage")!;
    expect(pin.payload).toMatchObject({ chat_id: GROUP, disable_notification: true });
    expect(unescapeHtml(confirmation!.payload.text)).toBe(t("tg-pin-done", { code: "PADI" }));
    const row = await db().telegramPinnedMessage.findFirstOrThrow({ where: { chatId: String(GROUP) } });
    expect(row.messageId).toBe(pin.payload.message_id);
    // Audited in the same transaction as the row: who pinned which campaign where.
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "progress.pin", actor: `telegram:${STAFF_ID}` } });
    expect(audit.after).toMatchObject({ channel: "telegram", chatId: String(GROUP), messageId: row.messageId, pinned: true });

    // A pledge only changes "pledged"; staff confirming it changes "confirmed": each is an edit.
    const since = tg.api.mark();
    const pledgeId = await partnerPledges(311, "40jt");
    await tg.liveProgress.settled();
    await tg.user(STAFF_ID, { lang: "en" }).send(`/confirm ${pledgeId}`);
    await tg.liveProgress.settled();
    const edits = since().filter((call) => call.method === "editMessageText");
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(edits.every((edit) => edit.payload.message_id === row.messageId && edit.payload.chat_id === String(GROUP))).toBe(true);
    expect(unescapeHtml(edits.at(-1)!.payload.text)).toContain("Rp 90,000,000 of");

    // Nothing changed since: no edit.
    const quiet = tg.api.mark();
    await tg.user(312, { lang: "en" }).send("/total");
    await tg.liveProgress.settled();
    expect(quiet().filter((call) => call.method === "editMessageText")).toEqual([]);
  });

  it("takes 'message is not modified' as harmless, and forgets a message that was deleted", async () => {
    const row = await db().telegramPinnedMessage.findFirstOrThrow({ where: { chatId: String(GROUP) } });
    await db().telegramPinnedMessage.update({ where: { id: row.id }, data: { text: "stale" } });
    tg.api.failNext("editMessageText", { error_code: 400, description: "Bad Request: message is not modified" });
    tg.liveProgress.poke();
    await tg.liveProgress.settled();
    expect((await db().telegramPinnedMessage.findUniqueOrThrow({ where: { id: row.id } })).text).not.toBe("stale");

    await db().telegramPinnedMessage.update({ where: { id: row.id }, data: { text: "stale" } });
    tg.api.failNext("editMessageText", { error_code: 400, description: "Bad Request: message to edit not found" });
    tg.liveProgress.poke();
    await tg.liveProgress.settled();
    expect(await db().telegramPinnedMessage.count({ where: { id: row.id } })).toBe(0);
  });

  it("posts in a channel named from a private chat, and says when it cannot pin", async () => {
    const staff = tg.user(STAFF_ID, { lang: "en" });
    expect((await staff.send("/pin PADI")).text).toBe(t("tg-pin-usage"));
    tg.api.failNext("pinChatMessage", { error_code: 400, description: "Bad Request: not enough rights to manage pinned messages in the chat" });
    const answer = await staff.send("/pin PADI @kpeduli_news");
    expect(answer.calls[0]).toMatchObject({ method: "sendMessage", payload: { chat_id: "@kpeduli_news" } });
    expect(answer.text).toContain(t("tg-pin-not-pinned", { code: "PADI" }));
    expect(await db().telegramPinnedMessage.count({ where: { chatId: "-1009999999999" } })).toBe(1);

    tg.api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot is not a member of the channel chat" });
    const refused = await staff.send("/pin PADI @elsewhere");
    expect(unescapeHtml(refused.texts.at(-1)!)).toBe(t("tg-pin-cannot-post", { chat: "@elsewhere" }));
    expect((await staff.send("/pin NOPE -1001234567")).text).toBe(t("error-unknown-campaign", { code: "NOPE" }));
  });

  it("acts once on a redelivered /pin", async () => {
    const staff = tg.user(STAFF_ID, { group: -100301, lang: "en" });
    await staff.send("/pin PADI", { updateId: 990_001, messageId: 990_001 });
    expect((await staff.send("/pin PADI", { updateId: 990_001, messageId: 990_001 })).calls).toEqual([]);
  });

  it("follows totals changed by another process at once, without any Telegram update", async () => {
    await tg.user(STAFF_ID, { group: OTHER_GROUP, lang: "en" }).send("/pin PADI");
    const row = await db().telegramPinnedMessage.findFirstOrThrow({ where: { chatId: String(OTHER_GROUP) } });
    const since = tg.api.mark();
    const other = createPrismaClient(tg.bot.database.url);
    try {
      // Another instance (WhatsApp, say) records a confirmed pledge's effect on the counters.
      const counter = await other.campaignPartnerTotal.findFirstOrThrow({ where: { campaign: { code: "PADI" }, livePledges: { gt: 0 } } });
      const key = { campaignId: counter.campaignId, organizationId: counter.organizationId };
      await other.campaignPartnerTotal.update({ where: { campaignId_organizationId: key }, data: { confirmed: { increment: 5_000_000n }, pledged: { increment: 5_000_000n } } });
    } finally {
      await other.$changes.close();
      await other.$disconnect();
    }
    await waitUntil("the pinned message is edited", () => since().some((call) => call.method === "editMessageText" && call.payload.message_id === row.messageId));
    await tg.liveProgress.settled();
    expect(unescapeHtml(since().filter((call) => call.method === "editMessageText").at(-1)!.payload.text)).toContain("Rp 95,000,000 of");
  });

  it("unpins and stops editing on /unpin, from the group or privately for a channel", async () => {
    const staff = tg.user(STAFF_ID, { group: OTHER_GROUP, lang: "en" });
    const row = await db().telegramPinnedMessage.findFirstOrThrow({ where: { chatId: String(OTHER_GROUP) } });
    expect((await tg.user(313, { group: OTHER_GROUP, lang: "en" }).send("/unpin PADI")).text).toBe(t("error-staff-only"));
    const answer = await staff.send("/unpin PADI");
    expect(answer.calls.find((call) => call.method === "unpinChatMessage")!.payload).toMatchObject({ chat_id: String(OTHER_GROUP), message_id: row.messageId });
    expect(answer.text).toBe(t("tg-unpin-done", { code: "PADI" }));
    expect(await db().telegramPinnedMessage.count({ where: { chatId: String(OTHER_GROUP) } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "progress.unpin", after: { path: ["chatId"], equals: String(OTHER_GROUP) } } })).toBe(1);
    expect((await staff.send("/unpin PADI")).text).toBe(t("tg-unpin-none", { code: "PADI" }));

    // The channel pinned earlier from a private chat, named by its @username.
    tg.api.answer("getChat", () => ({ id: -1009999999999, type: "channel", title: "K-Peduli News" }));
    const privately = tg.user(STAFF_ID, { lang: "en" });
    expect((await privately.send("/unpin PADI")).text).toBe(t("tg-unpin-usage"));
    expect((await privately.send("/unpin PADI @kpeduli_news")).text).toBe(t("tg-unpin-done", { code: "PADI" }));
    expect(await db().telegramPinnedMessage.count({ where: { chatId: "-1009999999999" } })).toBe(0);
  });

  it("takes /pin posted in a channel when a staff member is one of its admins", async () => {
    const channel = { id: -1007770001, type: "channel" as const, title: "K-Peduli Updates" };
    const post = (text: string, messageId: number): Update => ({ update_id: 880_000 + messageId, channel_post: { message_id: messageId, date: 1_800_000_000, chat: channel, text } }) as Update;
    const admin = (id: number) => ({ status: "administrator", user: { id, is_bot: false, first_name: `Admin ${id}` } });

    tg.api.answer("getChatAdministrators", () => [admin(314), admin(315)]);
    const refused = await tg.deliver(post("/pin PADI", 1));
    expect(refused.calls.map((call) => call.method)).toEqual(["getChatAdministrators"]);
    expect(tg.logs.some((log) => log.msg === "channel command refused: no staff member among the channel's admins")).toBe(true);

    tg.api.answer("getChatAdministrators", () => [admin(314), admin(STAFF_ID)]);
    const pinned = await tg.deliver(post("/pin@KPeduliBot PADI", 2));
    const progress = pinned.calls.find((call) => call.method === "sendMessage")!;
    expect(progress.payload.chat_id).toBe(String(channel.id));
    // A channel has no reader's language: the bot's default one.
    expect(unescapeHtml(progress.payload.text)).toContain(translator.translate("id", "tg-progress-footer", { code: "PADI" }));
    expect(pinned.calls.some((call) => call.method === "pinChatMessage")).toBe(true);
    // The command post is cleared away; subscribers see only the progress message.
    expect(pinned.calls.find((call) => call.method === "deleteMessage")!.payload).toMatchObject({ chat_id: String(channel.id), message_id: 2 });
    const row = await db().telegramPinnedMessage.findFirstOrThrow({ where: { chatId: String(channel.id) } });
    expect(row.createdBy).toBe(`telegram:${STAFF_ID}`);

    // Redelivered: acts once (the admins are looked up to name who acts; the core knows the post). Addressed to another bot: not ours.
    expect((await tg.deliver(post("/pin@KPeduliBot PADI", 2))).calls.map((call) => call.method)).toEqual(["getChatAdministrators"]);
    expect((await tg.deliver(post("/pin@OtherBot PADI", 3))).calls).toEqual([]);

    const unpinned = await tg.deliver(post("/unpin PADI", 4));
    expect(unpinned.calls.map((call) => call.method)).toEqual(["getChatAdministrators", "unpinChatMessage", "deleteMessage"]);
    expect(await db().telegramPinnedMessage.count({ where: { chatId: String(channel.id) } })).toBe(0);
  });

  it("edits at most once per throttle window, with the latest totals", async () => {
    const api = createFakeBotApi();
    let now = 1_000_000;
    const scheduled: Array<{ ms: number; run: () => void }> = [];
    const progress = createLiveProgress({
      display: createTelegramProgressDisplay({ api: new Api("1:T", { fetch: api.fetch }), logger: createLogger({ level: "silent" }) }),
      db: db(),
      translator,
      logger: createLogger({ level: "silent" }),
      now: () => now,
      throttleMs: 10_000,
      schedule: (run, ms) => {
        scheduled.push({ ms, run });
        return () => undefined;
      },
    });
    progress.poke();
    progress.poke();
    expect(scheduled.map((entry) => entry.ms)).toEqual([0]);
    scheduled[0]!.run();
    await progress.settled();
    now += 3_000;
    progress.poke();
    progress.poke();
    // One refresh waits out the rest of the 10 s window; the second poke joins it.
    expect(scheduled.map((entry) => entry.ms)).toEqual([0, 7_000]);
  });
});
