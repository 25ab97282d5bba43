import { EventEmitter } from "node:events";
import type { WhatsAppClient, WhatsAppClientEvents, WhatsAppInbound } from "../../../../src/channels/whatsapp/whatsapp-client.js";
import type { OutgoingAttachment } from "../../../../src/core/messages.js";

/**
 * Stands in for whatsapp-web.js at its event edge: the test emits what WhatsApp Web would
 * (messages, disconnects, QR codes) and reads what the bot sent. Where the real library's answer
 * is not obvious, its source is cited.
 */
export class FakeWhatsAppClient extends EventEmitter<WhatsAppClientEvents> implements WhatsAppClient {
  readonly sent: { chatId: string; text: string }[] = [];
  /** Photos and documents sent (src/Client.js sendMessage with a MessageMedia), in order with `sent`. */
  readonly sentFiles: { chatId: string; attachment: OutgoingAttachment; caption?: string; afterTexts: number }[] = [];
  /** Phone numbers that are on WhatsApp. */
  readonly registered = new Set<string>();
  /** `…@lid` ids whose phone number WhatsApp gives (src/util/Injected/Utils.js enforceLidAndPnRetrieval). */
  readonly lidPhones = new Map<string, string>();
  /** Chat ids WhatsApp Web has no chat for: src/Client.js sendMessage answers them with undefined. */
  readonly missingChats = new Set<string>();
  readonly pairingRequests: string[] = [];
  /** Makes requestPairingCode reject, as src/Client.js's page.evaluate does when WhatsApp refuses. */
  pairingError?: Error;
  /** Holds every send until released: a send in flight. */
  sendGate?: Promise<void>;
  sendsStarted = 0;
  initializeError?: Error;
  initialized = false;
  destroyed = false;

  async initialize(): Promise<void> {
    if (this.initializeError) throw this.initializeError;
    this.initialized = true;
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
  }

  async requestPairingCode(phoneDigits: string): Promise<void> {
    this.pairingRequests.push(phoneDigits);
    if (this.pairingError) throw this.pairingError;
    // src/Client.js requestPairingCode: the code arrives through onCodeReceivedEvent, as a `code` event.
    this.emit("code", "K7PD-2XQ9");
  }

  async resolveNumber(phoneDigits: string): Promise<string | null> {
    return this.registered.has(phoneDigits) ? `${phoneDigits}@c.us` : null;
  }

  async phoneForLid(lid: string): Promise<string | undefined> {
    return this.lidPhones.get(lid);
  }

  async sendText(chatId: string, text: string): Promise<boolean> {
    if (!(await this.canSend(chatId))) return false;
    this.sent.push({ chatId, text });
    return true;
  }

  async sendFile(chatId: string, attachment: OutgoingAttachment, caption?: string): Promise<boolean> {
    if (!(await this.canSend(chatId))) return false;
    this.sentFiles.push({ chatId, attachment, caption, afterTexts: this.sent.length });
    return true;
  }

  private async canSend(chatId: string): Promise<boolean> {
    this.sendsStarted++;
    await this.sendGate;
    // After the browser closed, puppeteer rejects every page.evaluate.
    if (this.destroyed) throw new Error("Protocol error (Runtime.callFunctionOn): Target closed");
    return !this.missingChats.has(chatId);
  }
}

let counter = 0x3eb0_0000_0000;

/**
 * A message as whatsapp-web.js would deliver it from a person's phone. Ids have the real shape
 * (src/structures/Message.js id._serialized): `false_<chat>_<3EB0…>`, with `_<author>` in a group.
 */
export function inbound(body: string, from: string, overrides: Partial<WhatsAppInbound> = {}): WhatsAppInbound {
  const chatId = overrides.chatId ?? `${from}@c.us`;
  const senderId = overrides.senderId ?? chatId;
  const key = (++counter).toString(16).toUpperCase().padEnd(20, "0");
  return {
    id: chatId.endsWith("@g.us") ? `false_${chatId}_${key}_${senderId}` : `false_${chatId}_${key}`,
    chatId,
    senderId,
    fromMe: false,
    isStatus: false,
    kind: "text",
    body,
    mentionsMe: false,
    senderPhone: senderId.endsWith("@c.us") ? senderId.slice(0, -5) : undefined,
    senderName: `Person ${from.slice(-3)}`,
    ...overrides,
  };
}
