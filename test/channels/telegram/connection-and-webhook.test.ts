import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { useTestWebServer } from "../../support/test-web-server.js";
import { useTelegramBot } from "./support/telegram-harness.js";

const SECRET = "s3cret_token-123";
const t = (key: string) => new Translator("id").translate("en", key);

/** Reconnect waits the test releases by hand, so nothing depends on real time. */
function manualWaits() {
  const pending: Array<{ ms: number; release(): void }> = [];
  const wait = (ms: number, signal: AbortSignal) =>
    new Promise<void>((release) => {
      pending.push({ ms, release });
      signal.addEventListener("abort", () => release(), { once: true });
    });
  return { pending, wait };
}

async function nextTick(times = 20) {
  for (let index = 0; index < times; index++) await new Promise((resolve) => setImmediate(resolve));
}

function updateJson(updateId: number, userId: number, text: string) {
  return JSON.stringify({
    update_id: updateId,
    message: { message_id: updateId, date: 1_800_000_000, chat: { id: userId, type: "private", first_name: "W" }, from: { id: userId, is_bot: false, first_name: "W", language_code: "en" }, text },
  });
}

describe.each(["own port", "web server"] as const)("Telegram: a wrong token, then webhook mode over real HTTP, on its %s", (on) => {
  const waits = manualWaits();
  const tg = useTelegramBot({
    channel: {
      mode: { kind: "webhook", url: "https://bot.example.org/telegram/hook", secret: SECRET },
      webhookListen: on === "own port" ? { host: "127.0.0.1", port: 0 } : undefined,
      wait: waits.wait,
    },
  });
  const web = on === "web server" ? useTestWebServer(tg.bot, () => [tg.channel.webhook!]) : undefined;
  const hookUrl = () => web?.url("/telegram/hook") ?? tg.channel.webhookUrl()!;

  it("logs a rejected token clearly, keeps start() from failing, and retries with backoff", async () => {
    tg.api.failNext("getMe", { error_code: 401, description: "Unauthorized" }, { error_code: 401, description: "Unauthorized" });
    await tg.channel.start(); // resolves although Telegram refuses the token
    await nextTick();
    const failures = tg.logs.filter((line) => line.msg === "telegram unavailable");
    expect(failures[0]).toMatchObject({ reason: "Telegram rejected the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN", retryInSeconds: 5 });
    expect(JSON.stringify(tg.logs)).not.toContain("TEST-token");
    expect(waits.pending.map((wait) => wait.ms)).toEqual([5_000]);

    waits.pending[0]!.release();
    await nextTick();
    expect(waits.pending.map((wait) => wait.ms)).toEqual([5_000, 10_000]);
    waits.pending[1]!.release();
    await tg.channel.connected;
    const setWebhook = tg.api.callsOf("setWebhook")[0]!;
    expect(setWebhook.payload).toMatchObject({ url: "https://bot.example.org/telegram/hook", secret_token: SECRET });
    expect(setWebhook.payload.allowed_updates).toEqual(["message", "callback_query", "my_chat_member", "channel_post"]);
  });

  it("handles an update posted with the right secret and answers 200", async () => {
    const url = hookUrl();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/telegram\/hook$/);
    const since = tg.api.mark();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: updateJson(660_001, 611, "/help"),
    });
    expect(response.status).toBe(200);
    const sent = since().filter((call) => call.method === "sendMessage");
    expect(sent[0]!.payload.chat_id).toBe("611");
    expect(sent[0]!.payload.text).toContain(t("help-everyone"));
  });

  it("refuses a request without the right secret with 401, before any handler", async () => {
    const since = tg.api.mark();
    for (const headers of [{}, { "x-telegram-bot-api-secret-token": "wrong" }] as Array<Record<string, string>>) {
      const response = await fetch(hookUrl(), {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: updateJson(660_002, 612, "/help"),
      });
      expect(response.status).toBe(401);
    }
    expect(since()).toEqual([]);
    expect(await tg.bot.database.db.processedMessage.count({ where: { key: { startsWith: "telegram:612:" } } })).toBe(0);
    expect(await tg.bot.database.db.member.count({ where: { channel: "telegram", userId: "612" } })).toBe(0);
  });

  it("answers other paths 404 and broken JSON 400", async () => {
    const url = new URL(hookUrl());
    expect((await fetch(new URL("/other", url), { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body: "{}" })).status).toBe(404);
    expect((await fetch(url, { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body: "{not json" })).status).toBe(400);
  });

  it("answers 400 to a body that is not an update (null, an array, a number, wrong field types…) before grammY sees it, and keeps serving", async () => {
    const post = (body: string) =>
      fetch(hookUrl(), { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body });
    const logged = tg.logs.length;
    const wrongTypes = [
      { update_id: 1, message: { message_id: "x", chat: null, from: 5, text: 7 } },
      { update_id: 2, message: { message_id: 1, date: 1, chat: { id: 1, type: "private" }, from: { id: "me", is_bot: false, first_name: "W" }, text: "/help" } },
      { update_id: 3, callback_query: { id: "q", from: 5, chat_instance: "c", data: "x" } },
      { update_id: 4, my_chat_member: { chat: null, from: { id: 1, is_bot: false, first_name: "W" }, date: 1 } },
      { update_id: 5, channel_post: { message_id: 1, date: 1, chat: { id: 1, type: "channel" }, text: ["/pin"] } },
      { update_id: 6, message: { message_id: 1, date: 1, chat: { id: 1, type: "private" }, photo: [{ file_id: 1 }] } },
    ].map((update) => JSON.stringify(update));
    for (const body of ["null", "[]", "[1]", "42", '"update"', "true", "{}", '{"update_id":"7"}', '{"update_id":1.5}', ...wrongTypes]) {
      expect({ body, status: (await post(body)).status }).toEqual({ body, status: 400 });
    }
    // Nothing reached a handler, so nothing failed: no error, and no bot (with its token) in the log.
    expect(tg.logs.slice(logged).filter((line) => Number(line.level) >= 50)).toEqual([]);
    expect(JSON.stringify(tg.logs)).not.toContain("TEST-token");
    // A kind the bot does not ask for is acknowledged and dropped.
    expect((await post('{"update_id":8,"edited_message":{"message_id":"x"}}')).status).toBe(200);
    const since = tg.api.mark();
    expect((await post(updateJson(660_004, 614, "/help"))).status).toBe(200);
    expect(since().filter((call) => call.method === "sendMessage")).toHaveLength(1);
  });

  it("refuses a body over 1 MB with 413 from its Content-Length, and while streaming when it has none", async () => {
    const url = new URL(hookUrl());
    const declared = await fetch(url, { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body: "x".repeat(1024 * 1024 + 1) });
    expect(declared.status).toBe(413);
    const streamed = await new Promise<number>((done, fail) => {
      const request = httpRequest(url, { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET, "transfer-encoding": "chunked" } });
      request.on("response", (response) => done(response.statusCode!));
      request.on("error", fail);
      const chunk = Buffer.alloc(64 * 1024, "x");
      // Keeps sending until the server answers: it must not wait for the end of the body.
      const pump = () => {
        while (request.write(chunk));
        request.once("drain", pump);
      };
      pump();
    });
    expect(streamed).toBe(413);
  });

  it("acts once when Telegram redelivers the same update", async () => {
    const post = () =>
      fetch(hookUrl(), {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: updateJson(660_003, 613, "/subscribe PADI"),
      });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    expect(await tg.bot.database.db.subscription.count({ where: { member: { userId: "613" } } })).toBe(1);
    await tg.channel.stop();
  });
});

describe("Telegram: the network is down", () => {
  const waits = manualWaits();
  const tg = useTelegramBot({
    channel: { mode: { kind: "webhook", url: "https://bot.example.org/hook", secret: SECRET }, webhookListen: { host: "127.0.0.1", port: 0 }, wait: waits.wait },
  });

  it("says the Bot API cannot be reached, and connects once it can", async () => {
    tg.api.failNext("getMe", "network");
    await tg.channel.start();
    await nextTick();
    expect(tg.logs.find((line) => line.msg === "telegram unavailable")).toMatchObject({
      reason: "cannot reach the Telegram Bot API at https://api.telegram.org (ECONNREFUSED): network down or TELEGRAM_API_ROOT wrong",
    });
    waits.pending[0]!.release();
    await tg.channel.connected;
    await tg.channel.stop();
    expect(waits.pending).toHaveLength(1);
  });
});
