import type { OutgoingAttachment } from "../../core/messages.js";
import type { WhatsAppFile } from "./whatsapp-files.js";

/**
 * What a message is to the bot: `text` (typed, a photo or document with or without a caption),
 * `media` the bot cannot read (a voice note, video, sticker, location…: it gets a short hint), or `ignored` (reactions and
 * system messages such as "Budi joined", which nobody expects an answer to).
 */
export type WhatsAppInboundKind = "text" | "media" | "ignored";

/**
 * A message as the adapter needs it, whichever WhatsApp library delivered it. Ids are WhatsApp's
 * serialized ids (`6281234567890@c.us`, `…@lid`, `…@g.us`, `status@broadcast`).
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
  kind: WhatsAppInboundKind;
  /** The text, or a photo's caption; empty for other media. */
  body: string;
  /** A photo or document (kind `text`, its caption in `body`); other media stay `media`. */
  file?: WhatsAppFile;
  /** The message @-mentions this bot's own number (how a group member addresses the bot). */
  mentionsMe: boolean;
  /** Digits with the country code, when the sender's id is a phone-number id. */
  senderPhone?: string;
  senderName?: string;
}

export interface WhatsAppClientEvents {
  qr: [qr: string];
  /** A pairing code to type on the phone (login by phone number instead of the QR code). */
  code: [code: string];
  ready: [];
  // No auth_failure: whatsapp-web.js emits it only when an auth strategy's
  // onAuthenticationNeeded says so, and LocalAuth keeps BaseAuthStrategy's, which never does.
  disconnected: [reason: string];
  /** The browser behind the client died (while waiting for the QR scan, or later). */
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
  /**
   * Asks WhatsApp for a code to type on `phoneDigits`'s phone; the code arrives as a `code`
   * event. Only once the QR page is up, and it rejects when WhatsApp refuses.
   */
  requestPairingCode(phoneDigits: string): Promise<void>;
  /** The chat id for a phone number, or null when the number is not on WhatsApp. */
  resolveNumber(phoneDigits: string): Promise<string | null>;
  /** The phone digits behind a `…@lid` id, when WhatsApp will tell them. */
  phoneForLid(lid: string): Promise<string | undefined>;
  /** False when WhatsApp found no chat with that id, so nothing was sent. */
  sendText(chatId: string, text: string): Promise<boolean>;
  /** A photo (shown inline) or a document, with an optional caption; false as for sendText. */
  sendFile(chatId: string, attachment: OutgoingAttachment, caption?: string): Promise<boolean>;
}
