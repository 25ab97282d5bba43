import { describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { queuedForOne } from "../../support/queued-for-one.js";
import { useTelegramBot } from "./support/telegram-harness.js";

const t = (key: string) => new Translator("id").translate("en", key);

describe("Telegram: proactive sends and API failures", () => {
  const tg = useTelegramBot();
  const db = () => tg.bot.database.db;

  const queueFor = (userId: string, text: string) => queuedForOne(db(), { channel: "telegram", userId }, text, tg.bot.clock.now);

  it("sends a proactive message with its buttons", async () => {
    const since = tg.api.mark();
    expect(await tg.channel.send("401", { text: "Update on <PADI>", choices: [[{ label: "See", value: "/campaign PADI" }]] })).toEqual({ ok: true });
    const [call] = since();
    expect(call).toMatchObject({ method: "sendMessage", payload: { chat_id: "401", text: "Update on &lt;PADI&gt;", parse_mode: "HTML" } });
    expect(call!.payload.reply_markup.inline_keyboard[0][0]).toEqual({ text: "See", callback_data: "/campaign PADI" });
  });

  it("splits a text over 4,096 characters into several messages", async () => {
    const since = tg.api.mark();
    expect((await tg.channel.send("401", { text: "Rp 1.000.000 ".repeat(700) })).ok).toBe(true);
    const sent = since().filter((call) => call.method === "sendMessage");
    expect(sent).toHaveLength(3);
    for (const call of sent) expect(call.payload.text.length).toBeLessThanOrEqual(4096);
  });

  it("marks a person who blocked the bot (403) unreachable and does not try again", async () => {
    await tg.user(402, { lang: "en" }).send("/start");
    const queuedEarlier = await queueFor("402", "More news");
    tg.api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    const outcome = await tg.channel.send("402", { text: "News" });
    expect(outcome).toMatchObject({ ok: false, permanent: true });
    const member = await db().member.findUniqueOrThrow({ where: { channel_userId: { channel: "telegram", userId: "402" } } });
    expect(member.unreachableAt).not.toBeNull();

    // The outbox checks at send time: what was queued before is skipped without a call.
    const since = tg.api.mark();
    expect(await queuedEarlier.sendThrough(tg.channel)).toMatchObject({ status: "skipped", error: "unreachable" });
    expect(since()).toEqual([]);

    // Writing again makes them reachable again (the core clears the mark).
    await tg.user(402, { lang: "en" }).send("/help");
    expect((await tg.channel.send("402", { text: "Welcome back" })).ok).toBe(true);
  });

  it("marks a person unreachable when Telegram reports they blocked the bot", async () => {
    await tg.user(403, { lang: "en" }).send("/start");
    const queued = await queueFor("403", "News");
    await tg.deliver({
      update_id: 880_001,
      my_chat_member: {
        chat: { id: 403, type: "private", first_name: "Blocker" },
        from: { id: 403, is_bot: false, first_name: "Blocker" },
        date: 1_800_000_000,
        old_chat_member: { status: "member", user: { id: 7000000001, is_bot: true, first_name: "K-Peduli" } },
        new_chat_member: { status: "kicked", until_date: 0, user: { id: 7000000001, is_bot: true, first_name: "K-Peduli" } },
      },
    } as never);
    const since = tg.api.mark();
    expect(await queued.sendThrough(tg.channel)).toMatchObject({ status: "skipped", error: "unreachable" });
    expect(since()).toEqual([]);
  });

  it("does not send to someone who opted out with /stop", async () => {
    await tg.user(404, { lang: "en" }).send("/start");
    const queued = await queueFor("404", "News");
    await tg.user(404, { lang: "en" }).send("/stop");
    const since = tg.api.mark();
    expect(await queued.sendThrough(tg.channel)).toMatchObject({ status: "skipped", error: "opted-out" });
    expect(since()).toEqual([]);
  });

  it("waits out a short 429 by itself and hands a long one back with retryAfterMs", async () => {
    tg.api.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } });
    const since = tg.api.mark();
    expect(await tg.channel.send("405", { text: "Retried" })).toEqual({ ok: true });
    expect(since().filter((call) => call.method === "sendMessage")).toHaveLength(2);

    tg.api.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 120", parameters: { retry_after: 120 } });
    expect(await tg.channel.send("405", { text: "Later" })).toMatchObject({ ok: false, permanent: false, retryAfterMs: 120_000 });
  });

  it("reports an unreachable Bot API as a transient failure", async () => {
    tg.api.failNext("sendMessage", "network");
    const outcome = await tg.channel.send("406", { text: "News" });
    expect(outcome).toMatchObject({ ok: false, permanent: false });
    expect(outcome.ok === false && outcome.reason).toContain("ECONNREFUSED");
  });

  it("marks a person unreachable when a reply fails with 403, and keeps handling updates", async () => {
    const gone = tg.user(407, { lang: "en" });
    await gone.send("/start");
    tg.api.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await gone.send("/help");
    const member = await db().member.findUniqueOrThrow({ where: { channel_userId: { channel: "telegram", userId: "407" } } });
    expect(member.unreachableAt).not.toBeNull();
    expect((await tg.user(408, { lang: "en" }).send("/help")).text).toContain(t("help-everyone"));
  });
});
