import { EventEmitter } from "node:events";
import { join } from "node:path";
import whatsappWeb from "whatsapp-web.js";
import type { Message } from "whatsapp-web.js";
import type { WhatsAppClient, WhatsAppClientEvents, WhatsAppInbound, WhatsAppInboundKind } from "./whatsapp-client.js";
import { overLimit, whatsappFile, type WhatsAppFile } from "./whatsapp-files.js";
import { phoneFromJid, STATUS_BROADCAST } from "./whatsapp-ids.js";

// whatsapp-web.js is CommonJS: its classes come from the default export.
const { Client, LocalAuth, MessageMedia } = whatsappWeb;

/** Flags that let Debian's Chromium run headless as root in a container (tested on these machines). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-setuid-sandbox",
  "--disable-dev-shm-usage",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Message types (whatsapp-web.js src/util/Constants.js MessageTypes) whose body is what the person wrote. */
const TEXT_TYPES = new Set(["chat"]);
/** Media whose body whatsapp-web.js sets to the caption (src/structures/Message.js: `hasMedia ? caption : body`). */
const CAPTIONED_TYPES = new Set(["image", "video", "document", "album"]);
/** Media the bot keeps: a photo, or a document (a PDF slip); the core checks what it really is. */
const FILE_TYPES = new Set(["image", "document"]);
/** Reactions and WhatsApp's own notices: nobody expects an answer to them. */
const IGNORED_TYPES = new Set([
  "reaction", "revoked", "protocol", "ciphertext", "e2e_notification", "notification", "notification_template",
  "gp2", "group_notification", "call_log", "broadcast_notification", "debug", "unknown",
]);

/** Page events src/Client.js listens to (initialize's framenavigated, the web cache's request/response). */
const LIBRARY_PAGE_EVENTS = ["framenavigated", "request", "response"] as const;

export interface WhatsAppWebClientOptions {
  chromiumPath: string;
  /** The session (LocalAuth) and WhatsApp Web's version cache live here, so a restart needs no new QR scan. */
  dataDir: string;
  /** Extra browser flags (tests point web.whatsapp.com at a local stand-in page). */
  extraArgs?: string[];
}

/**
 * The real client: whatsapp-web.js in Debian's Chromium, behind our small interface. Pairing by
 * phone number is not handed to the library (its `pairWithPhoneNumber` calls
 * `requestPairingCode` with no catch, and a refusal crashed the process); the channel asks for
 * the code itself.
 */
export function createWhatsAppWebClient(options: WhatsAppWebClientOptions): WhatsAppClient {
  const client = new Client({
    authStrategy: new LocalAuth({ clientId: "kpeduli", dataPath: join(options.dataDir, "whatsapp-session") }),
    webVersionCache: { type: "local", path: join(options.dataDir, "whatsapp-web-cache") },
    puppeteer: {
      executablePath: options.chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
      // Our own shutdown closes the browser, in order, after the other channels.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    },
  });
  const events = new EventEmitter<WhatsAppClientEvents>();
  let destroying = false;
  // After a LOGOUT the library's framenavigated handler (src/Client.js initialize) re-injects
  // into the page, and nobody awaits it: once we close the browser that rejects ("Attempted to
  // use detached Frame") and, unhandled, ended the process. A failure after our destroy is moot.
  const library = client as unknown as { inject(): Promise<void> };
  const inject = library.inject.bind(client);
  library.inject = () => inject().catch((error: unknown) => {
    if (!destroying) throw error;
  });
  let watchedBrowser = false;
  /** The bot's own ids (phone and @lid), to tell a group message that @-mentions it. */
  let ownIds = new Set<string>();

  /** From the moment the browser exists, not only once logged in: it can die while the QR code waits. */
  function watchBrowser(): void {
    if (watchedBrowser || !client.pupBrowser) return;
    watchedBrowser = true;
    client.pupBrowser.once("disconnected", () => {
      if (!destroying) events.emit("browser_crashed");
    });
  }

  client.on("qr", (qr: string) => {
    watchBrowser();
    events.emit("qr", qr);
  });
  client.on("code", (code: string) => events.emit("code", code));
  client.on("disconnected", (reason: unknown) => events.emit("disconnected", String(reason)));
  client.on("message", (message: Message) => {
    void toInbound(message, ownIds).then((inbound) => events.emit("message", inbound));
  });
  client.on("ready", () => {
    watchBrowser();
    const me = client.info?.wid?._serialized;
    if (me) {
      ownIds = new Set([me]);
      void client
        .getContactLidAndPhone([me])
        .then(([ids]) => ids?.lid && (ownIds = new Set([me, ids.lid])))
        .catch(() => undefined); // without our @lid, a mention by @lid is missed; a "/" command still works
    }
    events.emit("ready");
  });

  return {
    on: (event, listener) => events.on(event, listener as never),
    async initialize() {
      await client.initialize();
      watchBrowser();
    },
    async destroy() {
      destroying = true;
      // The library's own page handlers (framenavigated re-injects after a LOGOUT) would keep
      // working on a page whose browser is gone: "Attempted to use detached Frame".
      for (const event of LIBRARY_PAGE_EVENTS) client.pupPage?.removeAllListeners(event);
      await client.destroy();
    },
    async requestPairingCode(phoneDigits) {
      await client.requestPairingCode(phoneDigits);
    },
    async resolveNumber(phoneDigits) {
      const id = await client.getNumberId(phoneDigits);
      return id?._serialized ?? null;
    },
    async phoneForLid(lid) {
      const [ids] = await client.getContactLidAndPhone([lid]);
      return ids?.pn ? phoneFromJid(ids.pn) : undefined;
    },
    async sendText(chatId, text) {
      // src/Client.js sendMessage: null or undefined when WhatsApp Web has no such chat.
      return Boolean(await client.sendMessage(chatId, text));
    },
    async sendFile(chatId, attachment, caption) {
      const media = new MessageMedia(attachment.mimeType, Buffer.from(attachment.bytes).toString("base64"), attachment.fileName, attachment.bytes.byteLength);
      return Boolean(await client.sendMessage(chatId, media, { ...(caption && { caption }), sendMediaAsDocument: attachment.kind === "document" }));
    },
  };
}

/**
 * A photo's or document's file, downloaded (`downloadMedia`) only when read. The size and name
 * come from the message itself (src/structures/Message.js downloadMedia reads `size`,
 * `mimetype` and `filename` from the same data), so a file over 10 MB is refused unread.
 */
function fileOf(message: Message): WhatsAppFile | undefined {
  if (!FILE_TYPES.has(message.type) || !message.hasMedia) return undefined;
  const data = message.rawData as { mimetype?: string; filename?: string; size?: number };
  return whatsappFile(
    { kind: message.type === "image" ? "photo" : "document", mimeType: data.mimetype ?? "application/octet-stream", ...(data.filename && { fileName: data.filename.slice(0, 200) }) },
    async () => {
      if (overLimit(data.size)) return { size: data.size };
      const media = await message.downloadMedia();
      if (!media) throw new Error("WhatsApp Web gave no media (expired or deleted)");
      return Buffer.from(media.data, "base64");
    },
  );
}

function kindOf(message: Message): WhatsAppInboundKind {
  if (TEXT_TYPES.has(message.type) || (FILE_TYPES.has(message.type) && message.hasMedia)) return "text";
  if (IGNORED_TYPES.has(message.type)) return "ignored";
  return CAPTIONED_TYPES.has(message.type) && message.body.trim() !== "" ? "text" : "media";
}

/**
 * A whatsapp-web.js message as the adapter takes it. Exported so its reading of the library's
 * own Message class (captions, reactions, @lid authors) is tested against that class.
 */
export async function toInbound(message: Message, ownIds: ReadonlySet<string>): Promise<WhatsAppInbound> {
  const senderId = message.author ?? message.from;
  const kind = kindOf(message);
  const file = fileOf(message);
  const inbound: WhatsAppInbound = {
    id: message.id._serialized,
    chatId: message.from,
    senderId,
    fromMe: message.fromMe,
    isStatus: message.isStatus || message.from === STATUS_BROADCAST,
    kind,
    // A location's body is its thumbnail and a contact card's its vCard: only text and captions are words.
    body: kind === "text" ? (message.body ?? "") : "",
    mentionsMe: (message.mentionedIds ?? []).some((id) => ownIds.has(String(id))),
    ...(file && { file }),
    // Not contact.number: for an @lid sender that is the lid's digits, not a phone number.
    senderPhone: phoneFromJid(senderId),
  };
  if (inbound.fromMe || inbound.isStatus || kind === "ignored") return inbound;
  const contact = await message.getContact().catch(() => undefined);
  return { ...inbound, senderName: contact?.pushname || undefined };
}
