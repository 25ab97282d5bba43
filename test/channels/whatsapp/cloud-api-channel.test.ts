import { describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { queuedForOne } from "../../support/queued-for-one.js";
import { useTestBot } from "../../support/test-bot.js";
import { APP_SECRET, useCloudChannel } from "./support/cloud-harness.js";
import { metaJson, PHONE_NUMBER_ID, sign, statusUpdate, textMessage } from "./support/cloud-payloads.js";

const translator = new Translator("id");

describe.each(["own port", "web server"] as const)("WhatsApp Cloud API channel: signed webhook in (on its %s), Graph API out", (on) => {
  const bot = useTestBot();
  const cloud = useCloudChannel(bot, on);
  let messageCounter = 0;


  async function post(payload: unknown, signature?: string): Promise<number> {
    const body = metaJson(payload);
    const headers: Record<string, string> = { "content-type": "application/json" };
    const header = signature ?? sign(body, APP_SECRET);
    if (header) headers["x-hub-signature-256"] = header;
    const response = await fetch(cloud.url(), { method: "POST", headers, body });
    await response.text();
    return response.status;
  }

  /** A person writes; resolves with the texts the bot sent back through the Graph API. */
  async function say(from: string, body: string, id = `wamid.IN${++messageCounter}`): Promise<string[]> {
    const before = cloud.graph.requests.length;
    expect(await post(textMessage({ from, id, body }))).toBe(200);
    await cloud.graph.waitFor(before + 1);
    return cloud.graph.requests.slice(before).map((request) => request.body.text?.body ?? "");
  }

  it("answers Meta's verify handshake only with the right token", async () => {
    const url = new URL(cloud.url());
    url.search = new URLSearchParams({ "hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "1158201444" }).toString();
    const good = await fetch(url);
    expect([good.status, await good.text()]).toEqual([200, "1158201444"]);
    url.searchParams.set("hub.verify_token", "wrong");
    expect((await fetch(url)).status).toBe(403);
  });

  it("maps a signed text message into the core and replies through the Graph API", async () => {
    const [reply] = await say("6281234570001", "/campaigns");
    expect(reply).toContain("PADI");
    const request = cloud.graph.requests.at(-1)!;
    expect(request.path).toBe(`/v24.0/${PHONE_NUMBER_ID}/messages`);
    expect(request.authorization).toBe("Bearer test-token");
    expect(request.body).toMatchObject({ messaging_product: "whatsapp", to: "6281234570001", type: "text" });
    const member = await bot.database.db.member.findUniqueOrThrow({ where: { channel_userId: { channel: "whatsapp", userId: "6281234570001" } } });
    expect(member.displayName).toBe("Sheena Nelson");
  });

  it("refuses a bad or missing signature with 401 before anything handles it", async () => {
    const before = cloud.graph.requests.length;
    const forged = textMessage({ from: "6281234570002", id: "wamid.FORGED", body: "/start" });
    expect(await post(forged, sign(metaJson(forged), "not-the-secret"))).toBe(401);
    expect(await post(forged, "")).toBe(401);
    expect(await post(forged, "sha256=00")).toBe(401);
    expect(await bot.database.db.member.count({ where: { userId: "6281234570002" } })).toBe(0);
    expect(await bot.database.db.processedMessage.count({ where: { key: { contains: "wamid.FORGED" } } })).toBe(0);
    expect(cloud.graph.requests.length).toBe(before);
  });

  it("answers 400 to a signed body that is not Meta's payload, and keeps serving", async () => {
    const message = textMessage({ from: "6281234570003", id: "wamid.SHAPE", body: "/start" });
    const change = message.entry[0]!.changes[0]!.value;
    const malformed: unknown[] = [
      null,
      [],
      [message],
      42,
      "text",
      {},
      { entry: [] },
      { entry: [{ changes: [] }] },
      { entry: [{ changes: [{ value: null }] }] },
      { entry: [{ changes: [{ value: { ...change, metadata: { phone_number_id: 7 } } }] }] },
      { entry: [{ changes: [{ value: { ...change, messages: [] } }] }] },
      { entry: [{ changes: [{ value: { ...change, messages: [{ from: "6281234570003", id: "wamid.SHAPE", type: "text", text: null }] } }] }] },
      { entry: [{ changes: [{ value: { ...change, contacts: "none" } }] }] },
      { entry: [{ changes: [{ value: { ...change, messages: undefined, statuses: [{ id: 1 }] } }] }] },
    ];
    for (const payload of malformed) expect({ payload, status: await post(payload) }).toEqual({ payload, status: 400 });
    expect(await bot.database.db.processedMessage.count({ where: { key: { contains: "wamid.SHAPE" } } })).toBe(0);
    expect(await say("6281234570003", "/start")).toHaveLength(1);
  });

  it("refuses a signed body over 3 MB with 413, and one without a signature with 401 before reading it", async () => {
    const oversized = "x".repeat(3 * 1024 * 1024 + 1);
    const response = await fetch(cloud.url(), { method: "POST", headers: { "x-hub-signature-256": sign(oversized, APP_SECRET) }, body: oversized });
    expect(response.status).toBe(413);
    expect((await fetch(cloud.url(), { method: "POST", body: oversized })).status).toBe(401);
  });

  it("takes the number of a choice as the answer, and acts once on a redelivered message", async () => {
    const [choices] = await say("6281234570003", "/lang");
    expect(choices).toContain("3. English");
    expect(choices).toContain("Balas 1, 2 atau 3");
    expect(await say("6281234570003", "3", "wamid.LANG3")).toEqual([translator.translate("en", "lang-set")]);
    const before = cloud.graph.requests.length;
    expect(await post(textMessage({ from: "6281234570003", id: "wamid.LANG3", body: "3" }))).toBe(200);
    await say("6281234570003", "/total"); // a later message's reply arrives; the duplicate's never did
    expect(cloud.graph.requests.length).toBe(before + 1);
  });

  it("accepts status updates, and marks a number whose message failed as undeliverable", async () => {
    await say("6281234570004", "/start");
    const queued = await queuedForOne(bot.database.db, { channel: "whatsapp", userId: "6281234570004" }, "Kabar", bot.clock.now);
    const before = cloud.graph.requests.length;
    expect(await post(statusUpdate({ recipient: "6281234570004", status: "delivered" }))).toBe(200);
    expect(await post(statusUpdate({ recipient: "6281234570004", status: "failed", errorCode: 131026 }))).toBe(200);
    await cloud.handled();
    const member = await bot.database.db.member.findUniqueOrThrow({ where: { channel_userId: { channel: "whatsapp", userId: "6281234570004" } } });
    expect(member.unreachableAt).not.toBeNull();
    // The outbox checks at send time: what was queued for the number is skipped without a call.
    expect(await queued.sendThrough(cloud.channel)).toMatchObject({ status: "skipped", error: "unreachable" });
    expect(cloud.graph.requests.length).toBe(before);
  });

  it("sends proactive text inside the 24-hour window and the locale's template outside it", async () => {
    await say("6281234570005", "/start");
    const before = cloud.graph.requests.length;
    expect(await cloud.channel.send("6281234570005", { text: "Kabar PADI:\nBibit sudah ditanam" })).toMatchObject({ ok: true });
    expect(cloud.graph.requests.at(-1)!.body).toMatchObject({ type: "text", text: { body: "Kabar PADI:\nBibit sudah ditanam" } });

    bot.clock.now = new Date(bot.clock.now.getTime() + 25 * 60 * 60 * 1000);
    try {
      expect(await cloud.channel.send("6281234570005", { text: "Kabar PADI:\nBibit sudah ditanam" })).toMatchObject({ ok: true });
      expect(cloud.graph.requests.at(-1)!.body).toMatchObject({
        type: "template",
        template: {
          name: "kpeduli_kabar_id",
          language: { code: "id" },
          components: [{ type: "body", parameters: [{ type: "text", text: "Kabar PADI: · Bibit sudah ditanam" }] }],
        },
      });
      // No Korean template is configured: the update cannot go, and says which key is missing.
      await bot.database.db.member.update({ where: { channel_userId: { channel: "whatsapp", userId: "6281234570005" } }, data: { locale: "ko" } });
      expect(await cloud.channel.send("6281234570005", { text: "소식" })).toMatchObject({ ok: false, permanent: true, reason: expect.stringContaining("WHATSAPP_CLOUD_TEMPLATE_KO") });
    } finally {
      bot.clock.now = new Date(bot.clock.now.getTime() - 25 * 60 * 60 * 1000);
    }
    expect(cloud.graph.requests.length).toBe(before + 2);
  });

  it("falls back to the template when Meta says the window closed, and stops for good on an unknown number", async () => {
    await say("6281234570006", "/start");
    const accept = cloud.graph.answer;
    cloud.graph.answer = (request) =>
      request.body.type === "text"
        ? { status: 400, body: { error: { code: 131047, message: "Re-engagement message", type: "OAuthException", error_data: { details: "" } } } }
        : accept(request);
    try {
      expect(await cloud.channel.send("6281234570006", { text: "Kabar" })).toMatchObject({ ok: true });
      expect(cloud.graph.requests.slice(-2).map((request) => request.body.type)).toEqual(["text", "template"]);

      cloud.graph.answer = () => ({ status: 400, body: { error: { code: 131026, message: "Message undeliverable", type: "OAuthException", error_data: { details: "" } } } });
      expect(await cloud.channel.send("6281234570006", { text: "Kabar" })).toMatchObject({ ok: false, permanent: true });
      const member = await bot.database.db.member.findUniqueOrThrow({ where: { channel_userId: { channel: "whatsapp", userId: "6281234570006" } } });
      expect(member.unreachableAt).not.toBeNull();
    } finally {
      cloud.graph.answer = accept;
    }
  });

  it("honours opt-out: the outbox skips at send time what was queued before /stop", async () => {
    await say("6281234570007", "/start");
    const queued = await queuedForOne(bot.database.db, { channel: "whatsapp", userId: "6281234570007" }, "Kabar", bot.clock.now);
    await say("6281234570007", "/stop");
    const before = cloud.graph.requests.length;
    expect(await queued.sendThrough(cloud.channel)).toMatchObject({ status: "skipped", error: "opted-out" });
    expect(cloud.graph.requests.length).toBe(before);
  });
});
