import whatsappWeb from "whatsapp-web.js";
import type { Client, Message } from "whatsapp-web.js";
import { describe, expect, it } from "vitest";
import { toInbound } from "../../../src/channels/whatsapp/whatsapp-web-client.js";

// index.js exports the Message class; index.d.ts declares it only as an interface.
const LibraryMessage = (whatsappWeb as unknown as { Message: new (client: Client, data: object) => Message }).Message;
const BOT = "6281100000000@c.us";
const GROUP = "120363025555555555@g.us";

/**
 * The library's own Message class over the raw data WhatsApp Web's page hands it
 * (src/structures/Message.js _patch), with a client that answers getContactById as
 * src/Client.js would for a contact with a chosen name.
 */
function libraryMessage(data: Record<string, unknown>): Message {
  const client = { getContactById: async () => ({ pushname: "Budi" }) } as unknown as Client;
  const from = (data.from as string | undefined) ?? "6281234567001@c.us";
  return new LibraryMessage(client, {
    id: { fromMe: false, remote: from, id: "3EB0C767D26A1B8F2B9E", _serialized: `false_${from}_3EB0C767D26A1B8F2B9E` },
    t: 1764300000,
    from,
    to: BOT,
    ...data,
  });
}

describe("whatsapp-web.js messages as the adapter reads them", () => {
  it("takes a text message's body, and a photo's caption as its text", async () => {
    expect(await toInbound(libraryMessage({ type: "chat", body: "/campaigns" }), new Set([BOT]))).toMatchObject({ kind: "text", body: "/campaigns", senderName: "Budi" });
    const captioned = libraryMessage({ type: "image", directPath: "/v/t62.7118-24/1", caption: "/paid 12", body: "/9j/4AAQSkZJRgABAQ" });
    expect(await toInbound(captioned, new Set([BOT]))).toMatchObject({ kind: "text", body: "/paid 12" });
  });

  it("calls media the bot cannot read media, and never reads a thumbnail or a vCard as text", async () => {
    const sticker = libraryMessage({ type: "sticker", directPath: "/v/t62.15575-24/3" });
    const location = libraryMessage({ type: "location", body: "/9j/4AAQSkZJRgABAQ", lat: -6.9, lng: 106.9 });
    const card = libraryMessage({ type: "vcard", body: "BEGIN:VCARD\nFN:Siti\nEND:VCARD" });
    for (const message of [sticker, location, card]) expect(await toInbound(message, new Set([BOT]))).toMatchObject({ kind: "media", body: "" });
    expect((await toInbound(sticker, new Set([BOT]))).file).toBeUndefined();
  });

  it("gives a photo or document without words a file, read from the message's own size before any download", async () => {
    const photo = libraryMessage({ type: "image", directPath: "/v/t62.7118-24/2", body: "/9j/4AAQSkZJRgABAQ", mimetype: "image/jpeg" });
    const inbound = await toInbound(photo, new Set([BOT]));
    expect(inbound).toMatchObject({ kind: "text", body: "" });
    const huge = libraryMessage({ type: "document", directPath: "/v/t62.7119-24/5", mimetype: "application/pdf", filename: "scan.pdf", size: 40 * 1024 * 1024 });
    // Over 10 MB: described by its size, never downloaded (downloadMedia would need the page).
    expect(await (await toInbound(huge, new Set([BOT]))).file!.read()).toMatchObject({ kind: "document", fileName: "scan.pdf", size: 40 * 1024 * 1024, bytes: new Uint8Array() });
  });

  it("ignores reactions and group notices", async () => {
    expect(await toInbound(libraryMessage({ type: "reaction", body: "" }), new Set([BOT]))).toMatchObject({ kind: "ignored" });
    expect(await toInbound(libraryMessage({ type: "e2e_notification", body: "" }), new Set([BOT]))).toMatchObject({ kind: "ignored" });
  });

  it("keeps an @lid author as the sender, with no phone made up from the lid's digits", async () => {
    const inGroup = libraryMessage({ type: "chat", body: "halo semua", from: GROUP, author: "104729384756281@lid" });
    expect(await toInbound(inGroup, new Set([BOT]))).toMatchObject({ chatId: GROUP, senderId: "104729384756281@lid", senderPhone: undefined, mentionsMe: false });
  });

  it("sees a group message that @-mentions the bot, by its number or its @lid", async () => {
    const byNumber = libraryMessage({ type: "chat", body: "@6281100000000 total?", from: GROUP, author: "6281234567001@c.us", mentionedJidList: [BOT] });
    expect(await toInbound(byNumber, new Set([BOT]))).toMatchObject({ mentionsMe: true, senderPhone: "6281234567001" });
    const byLid = libraryMessage({ type: "chat", body: "@88001122 total?", from: GROUP, author: "6281234567001@c.us", mentionedJidList: ["88001122@lid"] });
    expect(await toInbound(byLid, new Set([BOT, "88001122@lid"]))).toMatchObject({ mentionsMe: true });
  });
});
