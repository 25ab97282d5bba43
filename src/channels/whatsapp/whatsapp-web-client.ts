import { EventEmitter } from "node:events";
import { join } from "node:path";
import whatsappWeb from "whatsapp-web.js";
import type { Message } from "whatsapp-web.js";
import type { WhatsAppClient, WhatsAppClientEvents, WhatsAppInbound } from "./whatsapp-client.js";
import { phoneFromJid, STATUS_BROADCAST } from "./whatsapp-ids.js";

// whatsapp-web.js is CommonJS: its classes come from the default export.
const { Client, LocalAuth } = whatsappWeb;

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

export interface WhatsAppWebClientOptions {
  chromiumPath: string;
  /** The session (LocalAuth) and WhatsApp Web's version cache live here, so a restart needs no new QR scan. */
  dataDir: string;
  /** Log in by typing a code on this phone instead of scanning the QR code. */
  pairingPhone?: string;
}

/** The real client: whatsapp-web.js in Debian's Chromium, behind our small interface. */
export function createWhatsAppWebClient(options: WhatsAppWebClientOptions): WhatsAppClient {
  const client = new Client({
    authStrategy: new LocalAuth({ clientId: "kpeduli", dataPath: join(options.dataDir, "whatsapp-session") }),
    webVersionCache: { type: "local", path: join(options.dataDir, "whatsapp-web-cache") },
    puppeteer: {
      executablePath: options.chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      // Our own shutdown closes the browser, in order, after the other channels.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    },
    ...(options.pairingPhone ? { pairWithPhoneNumber: { phoneNumber: options.pairingPhone } } : {}),
  });
  const events = new EventEmitter<WhatsAppClientEvents>();
  let destroying = false;

  client.on("qr", (qr: string) => events.emit("qr", qr));
  client.on("code", (code: string) => events.emit("code", code));
  client.on("auth_failure", (message: string) => events.emit("auth_failure", String(message)));
  client.on("disconnected", (reason: unknown) => events.emit("disconnected", String(reason)));
  client.on("message", (message: Message) => {
    void toInbound(message).then((inbound) => events.emit("message", inbound));
  });
  client.on("ready", () => {
    client.pupBrowser?.once("disconnected", () => {
      if (!destroying) events.emit("browser_crashed");
    });
    events.emit("ready");
  });

  return {
    on: (event, listener) => events.on(event, listener as never),
    initialize: () => client.initialize(),
    async destroy() {
      destroying = true;
      await client.destroy();
    },
    async resolveNumber(phoneDigits) {
      const id = await client.getNumberId(phoneDigits);
      return id?._serialized ?? null;
    },
    async sendText(chatId, text) {
      await client.sendMessage(chatId, text);
    },
  };
}

async function toInbound(message: Message): Promise<WhatsAppInbound> {
  const senderId = message.author ?? message.from;
  const inbound: WhatsAppInbound = {
    id: message.id._serialized,
    chatId: message.from,
    senderId,
    fromMe: message.fromMe,
    isStatus: message.isStatus || message.from === STATUS_BROADCAST,
    body: message.body ?? "",
    senderPhone: phoneFromJid(senderId),
  };
  if (inbound.fromMe || inbound.isStatus) return inbound;
  // Hidden-number (@lid) senders still have a contact with the number and their chosen name.
  const contact = await message.getContact().catch(() => undefined);
  return { ...inbound, senderPhone: contact?.number || inbound.senderPhone, senderName: contact?.pushname || undefined };
}
