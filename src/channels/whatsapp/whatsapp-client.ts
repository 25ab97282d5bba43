/**
 * A message as the adapter needs it, whichever WhatsApp library delivered it. Ids are WhatsApp's
 * serialized ids (`6281234567890@c.us`, `…@g.us`, `status@broadcast`).
 */
export interface WhatsAppInbound {
  /** Unique per message; redeliveries carry the same id. */
  id: string;
  /** Where to answer: the person's chat, or the group. */
  chatId: string;
  /** Who wrote it: the same as chatId in a private chat, the participant in a group. */
  senderId: string;
  fromMe: boolean;
  isStatus: boolean;
  body: string;
  /** Digits with the country code, when WhatsApp tells the number. */
  senderPhone?: string;
  senderName?: string;
}

export interface WhatsAppClientEvents {
  qr: [qr: string];
  /** A pairing code to type on the phone (login by phone number instead of the QR code). */
  code: [code: string];
  ready: [];
  auth_failure: [message: string];
  disconnected: [reason: string];
  /** The browser behind the client died. */
  browser_crashed: [];
  message: [message: WhatsAppInbound];
}

/**
 * The little of whatsapp-web.js the bot uses, as an interface of our own: the adapter is tested
 * against an EventEmitter fake, and the library can change behind it (upstream's own tests need
 * a logged-in phone). One client is one browser session; a new one is made for each reconnect.
 */
export interface WhatsAppClient {
  on<E extends keyof WhatsAppClientEvents>(event: E, listener: (...args: WhatsAppClientEvents[E]) => void): unknown;
  /** Opens WhatsApp Web. Rejects when it cannot (no network, no browser). */
  initialize(): Promise<void>;
  /** Closes the browser; safe to call more than once and after a failed initialize. */
  destroy(): Promise<void>;
  /** The chat id for a phone number, or null when the number is not on WhatsApp. */
  resolveNumber(phoneDigits: string): Promise<string | null>;
  sendText(chatId: string, text: string): Promise<void>;
}
