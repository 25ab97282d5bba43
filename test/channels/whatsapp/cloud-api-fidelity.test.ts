import { describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { listBroadcasts } from "../../../src/core/use-cases/list-broadcasts.js";
import { createLogger } from "../../../src/logger.js";
import { enqueueBroadcast } from "../../../src/outbox/enqueue-broadcast.js";
import { createSenderLoop } from "../../../src/outbox/sender-loop.js";
import { useTestBot } from "../../support/test-bot.js";
import { phonePhoto } from "../../support/test-files.js";
import { APP_SECRET, createCloudChannel, useCloudChannel } from "./support/cloud-harness.js";
import { batch, DISPLAY_NUMBER, messagesValue, metaJson, otherMessage, sign, statusValue, textMessage } from "./support/cloud-payloads.js";
import type { GraphRequest } from "./support/fake-graph-api.js";

const translator = new Translator("id");
const GROUP = "Y2FtcGFpZ25fZ3JvdXBfcGFkaQ";

describe("WhatsApp Cloud API as Meta really sends it", () => {
  const bot = useTestBot();
  const cloud = useCloudChannel(bot);
  let counter = 0;


  async function post(payload: unknown): Promise<number> {
    const body = metaJson(payload);
    const response = await fetch(cloud.url(), { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, APP_SECRET) }, body });
    await response.text();
    return response.status;
  }

  /** Posts `payload` and resolves with everything the bot sent in answer (stopping waits for answers in flight). */
  async function answersTo(payload: unknown): Promise<GraphRequest[]> {
    const before = cloud.graph.requests.length;
    expect(await post(payload)).toBe(200);
    await cloud.handled();
    // The messages sent, not the media the bot fetched on the way.
    return cloud.graph.requests.slice(before).filter((request) => request.path.endsWith("/messages"));
  }

  it("answers every message of a batched webhook call, not only the first", async () => {
    const before = cloud.graph.requests.length;
    const payload = batch(
      messagesValue({ from: "6281234572001", id: "wamid.B1", body: "/campaigns" }, { from: "6281234572002", id: "wamid.B2", body: "/total" }),
      statusValue({ recipient: "6281234572001", status: "delivered" }),
    );
    expect(await post(payload)).toBe(200);
    await cloud.graph.waitFor(before + 2);
    const replies = cloud.graph.requests.slice(before);
    expect(replies.map((request) => request.body.to).sort()).toEqual(["6281234572001", "6281234572002"]);
    expect(replies.find((request) => request.body.to === "6281234572001")!.body.text!.body).toContain("PADI");
    const names = await bot.database.db.member.findMany({ where: { userId: { in: ["6281234572001", "6281234572002"] } }, orderBy: { userId: "asc" } });
    expect(names.map((member) => member.displayName)).toEqual(["Person 001", "Person 002"]);
  });

  it("lets a group chat, answers a command or a mention there, and replies as a group recipient", async () => {
    const chatter = [
      textMessage({ from: "6281234573001", id: "wamid.G1", body: "Selamat pagi semua", groupId: GROUP }),
      textMessage({ from: "6281234573002", id: "wamid.G2", body: "pagi!", groupId: GROUP }),
      otherMessage({ type: "sticker", from: "6281234573003", id: "wamid.G3", groupId: GROUP }),
    ];
    for (const message of chatter) expect(await answersTo(message)).toEqual([]);
    const [command] = await answersTo(textMessage({ from: "6281234573002", id: "wamid.G4", body: "/campaigns", groupId: GROUP }));
    expect(command!.body).toMatchObject({ recipient_type: "group", to: GROUP, type: "text" });
    expect(command!.body.text!.body).toContain("PADI");
    const [mention] = await answersTo(textMessage({ from: "6281234573001", id: "wamid.G5", body: `@${DISPLAY_NUMBER} campaigns`, groupId: GROUP }));
    expect(mention!.body.text!.body).toContain("PADI");
  });

  it("reads a photo's caption, takes a photo without one as a file, hints once at other media, and ignores reactions", async () => {
    cloud.graph.media.set("1003383421387256", { bytes: await phonePhoto(), mimeType: "image/jpeg" });
    const [captioned] = await answersTo(otherMessage({ type: "image", caption: "/campaigns", from: "6281234574001", id: "wamid.M1" }));
    expect(captioned!.body.text!.body).toContain("PADI");
    const [file] = await answersTo(otherMessage({ type: "image", from: "6281234574001", id: "wamid.M2" }));
    expect(file!.body.text!.body).toContain(translator.translate("id", "file-not-expected"));
    const [hint] = await answersTo(otherMessage({ type: "sticker", from: "6281234574001", id: "wamid.M3" }));
    expect(hint!.body.text!.body).toBe(translator.translate("id", "whatsapp-media-hint"));
    expect(await answersTo(otherMessage({ type: "sticker", from: "6281234574001", id: "wamid.M3b" }))).toEqual([]);
    expect(await answersTo(otherMessage({ type: "reaction", emoji: "👍", reactingTo: "wamid.M1", from: "6281234574002", id: "wamid.M4" }))).toEqual([]);
  });

  it("splits text over 4,096 characters instead of failing", async () => {
    await answersTo(textMessage({ from: "6281234575001", id: "wamid.L1", body: "/start" }));
    const before = cloud.graph.requests.length;
    const long = Array.from({ length: 120 }, (_, line) => `Baris ${line + 1}: ${"kabar PADI ".repeat(4)}`).join("\n");
    expect(long.length).toBeGreaterThan(4096);
    expect(await cloud.channel.send("6281234575001", { text: long })).toMatchObject({ ok: true });
    const parts = cloud.graph.requests.slice(before).map((request) => request.body.text!.body);
    expect(parts.length).toBe(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join("\n")).toBe(long);
  });

  it("still knows after a restart who wrote in the last 24 hours", async () => {
    await answersTo(textMessage({ from: "6281234576001", id: "wamid.R1", body: "/start" }));
    const restarted = createCloudChannel(bot, cloud.graph);
    const before = cloud.graph.requests.length;
    expect(await restarted.send("6281234576001", { text: "Kabar PADI" })).toMatchObject({ ok: true });
    expect(cloud.graph.requests.slice(before).map((request) => request.body.type)).toEqual(["text"]);
  });

  it("corrects the outbox when Meta later reports a send failed: again as a template outside the window, else failed with the reason", async () => {
    const [inWindow, undeliverable] = ["6281234577001", "6281234577002"];
    await answersTo(batch(messagesValue({ from: inWindow, id: "wamid.O1", body: "/subscribe PADI" }, { from: undeliverable, id: "wamid.O2", body: "/subscribe PADI" })));
    const staff = await bot.database.db.member.create({ data: { channel: "console", userId: "boss-late-failure" } });
    const campaign = await bot.database.db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    const broadcast = await enqueueBroadcast(bot.database.db, {
      kind: "staff",
      audience: "campaign_subscribers",
      campaignId: campaign.id,
      texts: { id: "Kabar PADI: bibit sudah ditanam" },
      sendAt: bot.clock.now,
      createdById: staff.id,
      requestKey: "late-failure",
    });
    const outbox = createSenderLoop(
      { db: bot.database.db, senders: [cloud.channel], translator, defaultLocale: "id", logger: createLogger({ level: "silent" }), clock: () => bot.clock.now },
      { pacing: {}, leaseMs: 30_000, maxAttempts: 3, quietHours: null, concurrency: 1 },
    );
    while ((await outbox.runRound("whatsapp")) > 0);
    const deliveries = () => bot.database.db.delivery.findMany({ where: { broadcastId: broadcast.id }, orderBy: { chatId: "asc" }, include: { platformMessages: true } });
    const sent = await deliveries();
    expect(sent.map((delivery) => [delivery.chatId, delivery.status])).toEqual([[inWindow, "sent"], [undeliverable, "sent"]]);
    expect((await listBroadcasts(bot.database.db)).find((row) => row.broadcast.id === broadcast.id)).toMatchObject({ sent: 2, failed: 0 });

    // Minutes later, in one call: the first message fell outside the window, the second is undeliverable.
    const before = cloud.graph.requests.length;
    expect(
      await post(
        batch(
          statusValue({ recipient: inWindow, status: "failed", errorCode: 131047, messageId: sent[0]!.platformMessages[0]!.platformMessageId }),
          statusValue({ recipient: undeliverable, status: "failed", errorCode: 131026, messageId: sent[1]!.platformMessages[0]!.platformMessageId }),
        ),
      ),
    ).toBe(200);
    await cloud.handled();
    expect((await deliveries()).map((delivery) => [delivery.status, delivery.error])).toEqual([
      ["queued", "window closed (131047: Re-engagement message)"],
      ["failed", "failed after sending (131026: Message undeliverable)"],
    ]);

    while ((await outbox.runRound("whatsapp")) > 0);
    const resent = cloud.graph.requests.slice(before);
    expect(resent.map((request) => [request.body.to, request.body.type])).toEqual([[inWindow, "template"]]);
    expect((await deliveries()).map((delivery) => delivery.status)).toEqual(["sent", "failed"]);
    // The report went when both looked sent; /broadcasts counts the rows as they are now.
    expect((await listBroadcasts(bot.database.db)).find((row) => row.broadcast.id === broadcast.id)).toMatchObject({ sent: 1, failed: 1 });
    const member = await bot.database.db.member.findUniqueOrThrow({ where: { channel_userId: { channel: "whatsapp", userId: undeliverable } } });
    expect(member.unreachableAt).not.toBeNull();
  });
});
