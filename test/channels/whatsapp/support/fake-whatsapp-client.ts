import { EventEmitter } from "node:events";
import type { WhatsAppClient, WhatsAppClientEvents, WhatsAppInbound } from "../../../../src/channels/whatsapp/whatsapp-client.js";

/**
 * Stands in for whatsapp-web.js at its event edge: the test emits what WhatsApp Web would
 * (messages, disconnects, QR codes) and reads what the bot sent.
 */
export class FakeWhatsAppClient extends EventEmitter<WhatsAppClientEvents> implements WhatsAppClient {
  readonly sent: { chatId: string; text: string }[] = [];
  /** Phone numbers that are on WhatsApp. */
  readonly registered = new Set<string>();
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

  async resolveNumber(phoneDigits: string): Promise<string | null> {
    return this.registered.has(phoneDigits) ? `${phoneDigits}@c.us` : null;
  }

  async sendText(chatId: string, text: string): Promise<void> {
    this.sent.push({ chatId, text });
  }
}

let counter = 0;

/** A message as whatsapp-web.js would deliver it from a person's phone. */
export function inbound(body: string, from: string, overrides: Partial<WhatsAppInbound> = {}): WhatsAppInbound {
  const chatId = overrides.chatId ?? `${from}@c.us`;
  return {
    id: `false_${chatId}_${(++counter).toString(16).toUpperCase().padStart(20, "0")}`,
    chatId,
    senderId: `${from}@c.us`,
    fromMe: false,
    isStatus: false,
    body,
    senderPhone: from,
    senderName: `Person ${from.slice(-3)}`,
    ...overrides,
  };
}
