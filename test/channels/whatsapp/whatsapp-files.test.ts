import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { whatsappFile } from "../../../src/channels/whatsapp/whatsapp-files.js";
import { Translator } from "../../../src/core/i18n/translator.js";
import { MAX_FILE_BYTES } from "../../../src/core/messages.js";
import { pledge, registerCompany } from "../../support/partners.js";
import { runOutbox } from "../../support/run-outbox.js";
import { useTestBot } from "../../support/test-bot.js";
import { pdfText } from "../../support/pdf-text.js";
import { exifOf, phonePhoto, smallPdf, windowsProgram } from "../../support/test-files.js";
import { APP_SECRET, useCloudChannel } from "./support/cloud-harness.js";
import { batch, metaJson, PHONE_NUMBER_ID, sign } from "./support/cloud-payloads.js";
import { createWhatsAppHarness, type WhatsAppHarness } from "./support/whatsapp-harness.js";

const STAFF = "6281100000009";
const t = (key: string, args?: Record<string, string | number>) => new Translator("id").translate("id", key, args);

describe("WhatsApp (whatsapp-web.js): photos and documents in and out", () => {
  const bot = useTestBot({ staff: [`whatsapp:${STAFF}`] });
  let wa: WhatsAppHarness;
  beforeAll(async () => {
    wa = createWhatsAppHarness(bot);
    await wa.connect();
  });
  afterAll(() => wa.channel.stop());

  /** A photo or document as the client reads it from a whatsapp-web.js Message: downloaded only on read. */
  function fileFrom(bytes: Uint8Array, options: { kind?: "photo" | "document"; size?: number; fileName?: string } = {}) {
    const downloads = { count: 0 };
    const file = whatsappFile({ kind: options.kind ?? "photo", mimeType: "image/jpeg", fileName: options.fileName }, async () => {
      if ((options.size ?? 0) > MAX_FILE_BYTES) return { size: options.size! };
      downloads.count++;
      return bytes;
    });
    return { file, downloads };
  }

  it("takes a photo with the caption /update CODE TEXT, stores it without GPS, and sends it to subscribers as media", async () => {
    await wa.say("6281234560077", "/subscribe PADI");
    const { file, downloads } = fileFrom(await phonePhoto(), { fileName: "IMG-20261128.jpg" });
    expect(await wa.say(STAFF, "/update PADI Bibit sudah dibagikan", { file })).toContain("PADI");
    expect(downloads.count).toBe(1);
    const update = await bot.database.db.campaignUpdate.findFirstOrThrow({ orderBy: { id: "desc" }, include: { photoFile: true } });
    expect((await exifOf(update.photoFile!.bytes)).gps).toBe(false);

    const sent = await bot.database.db.broadcast.findFirstOrThrow({ where: { kind: "update" }, orderBy: { id: "desc" } });
    expect(sent.attachments).toEqual({ id: update.photoFile!.id });
    const client = wa.client();
    client.registered.add("6281234560077");
    const outcome = await wa.channel.send("6281234560077", { text: "Kabar PADI: bibit sudah dibagikan", attachment: { kind: "photo", mimeType: "image/jpeg", fileName: "padi.jpg", bytes: update.photoFile!.bytes } });
    expect(outcome.ok).toBe(true);
    expect(client.sentFiles.at(-1)).toMatchObject({ chatId: "6281234560077@c.us", caption: "Kabar PADI: bibit sudah dibagikan", attachment: { kind: "photo", fileName: "padi.jpg" } });
  });

  it("refuses a program named .jpg and a file over 10 MB (without downloading it), in the person's language", async () => {
    const exe = fileFrom(windowsProgram(), { kind: "document", fileName: "slip.jpg" });
    expect(await wa.say("821012340001", "", { file: exe.file })).toBe(new Translator("id").translate("ko", "file-wrong-type"));
    const huge = fileFrom(new Uint8Array(), { kind: "document", size: 25 * 1024 * 1024 });
    expect(await wa.say("6281234560078", "/paid 1", { file: huge.file })).toBe(t("file-too-large", { max: 10 }));
    expect(huge.downloads.count).toBe(0);
    expect(await bot.database.db.storedFile.count({ where: { fileName: { startsWith: "slip" } } })).toBe(0);
  });

  it("a long caption goes after the file as its own message; a PDF goes as a document", async () => {
    const client = wa.client();
    client.registered.add("6281234560079");
    await wa.say("6281234560079", "/start");
    const text = "Laporan ".repeat(200).trim();
    expect((await wa.channel.send("6281234560079", { text, attachment: { kind: "document", mimeType: "application/pdf", fileName: "kuitansi.pdf", bytes: smallPdf() } })).ok).toBe(true);
    const file = client.sentFiles.at(-1)!;
    expect(file).toMatchObject({ caption: undefined, attachment: { kind: "document", fileName: "kuitansi.pdf" } });
    expect(client.sent.at(-1)!.text).toBe(text);
    expect(client.sent.length).toBe(file.afterTexts + 1);
  });
});

describe("WhatsApp Cloud API: media by id in, upload then send out", () => {
  const bot = useTestBot({ staff: [`whatsapp:${STAFF}`] });
  const cloud = useCloudChannel(bot);
  let counter = 0;

  async function sendMedia(from: string, media: { type: "image" | "document"; id: string; mimeType: string; caption?: string; filename?: string }): Promise<void> {
    const payload = batch({
      contacts: [{ profile: { name: "Sheena Nelson" }, wa_id: from }],
      messages: [
        {
          from,
          id: `wamid.MEDIA${++counter}`,
          timestamp: "1750263773",
          type: media.type,
          [media.type]: { id: media.id, mime_type: media.mimeType, sha256: "x", ...(media.caption && { caption: media.caption }), ...(media.filename && { filename: media.filename }) },
        },
      ],
    });
    const body = metaJson(payload);
    const response = await fetch(cloud.channel.webhookUrl()!, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, APP_SECRET) }, body });
    expect(response.status).toBe(200);
  }

  /** Waits for the bot's next message (a text or a file) to `to`. */
  async function nextSentTo(to: string, after: number) {
    for (;;) {
      await cloud.graph.waitFor(after + 1);
      const sent = cloud.graph.requests.slice(after).find((request) => request.path.endsWith("/messages") && request.body.to === to);
      if (sent) return sent;
      after = cloud.graph.requests.length;
    }
  }

  it("fetches a photo by media id with the token, and answers an .exe named .jpg with a refusal, storing nothing", async () => {
    cloud.graph.media.set("111", { bytes: await phonePhoto(), mimeType: "image/jpeg" });
    let before = cloud.graph.requests.length;
    await sendMedia(STAFF, { type: "image", id: "111", mimeType: "image/jpeg", caption: "/update PADI Panen pertama" });
    expect((await nextSentTo(STAFF, before)).body.text?.body).toContain("PADI");
    const fetched = cloud.graph.requests.slice(before).filter((request) => request.method === "GET");
    expect(fetched.map((request) => request.path)).toEqual(["/v24.0/111", "/download/111"]);
    expect(fetched.every((request) => request.authorization === "Bearer test-token")).toBe(true);
    expect((await bot.database.db.campaignUpdate.findFirstOrThrow({ orderBy: { id: "desc" } })).photoFileId).not.toBeNull();

    const files = await bot.database.db.storedFile.count();
    cloud.graph.media.set("222", { bytes: windowsProgram(), mimeType: "application/pdf" });
    before = cloud.graph.requests.length;
    await sendMedia("6281234561111", { type: "document", id: "222", mimeType: "application/pdf", filename: "slip.jpg", caption: "/paid 1" });
    expect((await nextSentTo("6281234561111", before)).body.text?.body).toBe(t("file-wrong-type"));

    cloud.graph.media.set("333", { bytes: smallPdf(), mimeType: "application/pdf", fileSize: 30 * 1024 * 1024 });
    before = cloud.graph.requests.length;
    await sendMedia("6281234561111", { type: "document", id: "333", mimeType: "application/pdf", filename: "besar.pdf" });
    expect((await nextSentTo("6281234561111", before)).body.text?.body).toBe(t("file-too-large", { max: 10 }));
    // Described, never downloaded.
    expect(cloud.graph.requests.slice(before).some((request) => request.path === "/download/333")).toBe(false);
    expect(await bot.database.db.storedFile.count()).toBe(files);
  });

  it("sends a photo by uploading it first, then an image message with the caption", async () => {
    const to = "6281234562222";
    // A message from the person opens the 24-hour window: a PDF they send, kept by nobody ("not expected").
    cloud.graph.media.set("444", { bytes: smallPdf(), mimeType: "application/pdf" });
    let before = cloud.graph.requests.length;
    await sendMedia(to, { type: "document", id: "444", mimeType: "application/pdf", filename: "x.pdf" });
    expect((await nextSentTo(to, before)).body.text?.body).toContain(t("file-not-expected"));
    before = cloud.graph.requests.length;
    const photo = await phonePhoto();
    const outcome = await cloud.channel.send(to, { text: "Foto PADI", attachment: { kind: "photo", mimeType: "image/jpeg", fileName: "padi.jpg", bytes: photo } });
    expect(outcome.ok).toBe(true);
    const [upload, message] = cloud.graph.requests.slice(before);
    expect(upload!.path).toBe(`/v24.0/${PHONE_NUMBER_ID}/media?messaging_product=whatsapp`);
    expect(upload!.upload).toMatchObject({ mimeType: "image/jpeg", fileName: "padi.jpg" });
    expect(Buffer.from(upload!.upload!.bytes).equals(Buffer.from(photo))).toBe(true);
    expect(message!.body).toMatchObject({ to, type: "image", image: { caption: "Foto PADI" } });
    expect(message!.body.image!.id).toMatch(/^uploaded/);
  });

  it("outside the 24-hour window a receipt reaches the person as the document template with the PDF in its header, an update's photo as the image template", async () => {
    const db = bot.database.db;
    const partnerId = "6281234563333";
    // The partner talks to the bot, but never through this webhook: Meta's window is not open.
    const partner = await registerCompany(bot, partnerId, "PT Templat Dokumen", "id", "whatsapp");
    await partner.send("/subscribe PADI");
    const pledgeId = await pledge(bot, partner, "PADI 2jt");
    const staff = bot.chat(STAFF, { channel: "whatsapp" });
    await staff.send(`/confirm ${pledgeId}`);
    await staff.sendFile({ kind: "photo", mimeType: "image/jpeg", fileName: "panen.jpg", bytes: await phonePhoto() }, "/update PADI Panen pertama");
    const { receiptNumber } = await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
    const update = await db.campaignUpdate.findFirstOrThrow({ orderBy: { id: "desc" }, include: { photoFile: true } });

    const before = cloud.graph.requests.length;
    await runOutbox(db, [cloud.channel], () => bot.clock.now);
    const sent = cloud.graph.requests.slice(before);
    const uploaded = new Map(sent.flatMap((request) => (request.upload ? [[request.upload.mediaId, request.upload] as const] : [])));
    const templates = sent.filter((request) => request.body.to === partnerId).map((request) => request.body.template);
    expect(templates.every((template) => template !== undefined)).toBe(true);

    const receiptNotice = templates.find((template) => template!.name === "kpeduli_dokumen_id")!;
    expect(receiptNotice).toMatchObject({
      language: { code: "id" },
      components: [
        { type: "header", parameters: [{ type: "document", document: { id: expect.any(String), filename: expect.stringMatching(/\.pdf$/) } }] },
        { type: "body", parameters: [{ type: "text", text: expect.stringContaining(receiptNumber!) }] },
      ],
    });
    const pdf = uploaded.get((receiptNotice.components![0]!.parameters[0]!.document as { id: string }).id)!;
    expect(pdf.mimeType).toBe("application/pdf");
    const { text } = await pdfText(pdf.bytes);
    expect(text).toContain(receiptNumber!);

    const photoUpdate = templates.find((template) => template!.name === "kpeduli_foto_id")!;
    expect(photoUpdate.components).toMatchObject([
      { type: "header", parameters: [{ type: "image", image: { id: expect.any(String) } }] },
      { type: "body", parameters: [{ type: "text", text: expect.stringContaining("Panen pertama") }] },
    ]);
    const photo = uploaded.get((photoUpdate.components![0]!.parameters[0]!.image as { id: string }).id)!;
    expect(Buffer.from(photo.bytes).equals(Buffer.from(update.photoFile!.bytes))).toBe(true);
    expect(await db.delivery.count({ where: { chatId: partnerId, status: { not: "sent" } } })).toBe(0);

    // Without a Korean document template the receipt cannot go with its file: it fails, naming the key, rather than going as text alone.
    await db.member.update({ where: { channel_userId: { channel: "whatsapp", userId: partnerId } }, data: { locale: "ko" } });
    const outcome = await cloud.channel.send(partnerId, { text: "영수증", attachment: { kind: "document", mimeType: "application/pdf", fileName: "receipt.pdf", bytes: pdf.bytes } });
    expect(outcome).toMatchObject({ ok: false, permanent: true, reason: expect.stringContaining("WHATSAPP_CLOUD_DOCUMENT_TEMPLATE_KO") });
  });
});
