import * as z from "zod";

export const CHANNELS = ["console", "telegram", "whatsapp"] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** The longest text the core reads; longer messages are refused before anything else happens. */
export const MAX_TEXT_LENGTH = 1000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Half an emoji (a lone UTF-16 surrogate, e.g. a name cut at a length limit, or `\ud83d` in a
 * platform's JSON) cannot be stored: PostgreSQL's JSON and text refuse it. It becomes U+FFFD.
 */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** The largest file a person may send or the bot stores: 10 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * A file that came with a message, its bytes fetched by the channel. `mimeType` and `fileName` are
 * what the platform claimed; the core checks the content itself before storing anything.
 */
const incomingAttachmentSchema = z.object({
  kind: z.enum(["photo", "document"]),
  mimeType: z.string().max(100),
  fileName: z.string().max(200).optional(),
  // Any Uint8Array, a Node Buffer included (z.instanceof would narrow the type to ArrayBuffer-backed ones).
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  /**
   * The size the platform announced. A channel that knows a file is over MAX_FILE_BYTES sends
   * this with empty `bytes` instead of downloading it, and the core refuses it in words.
   */
  size: z.number().int().nonnegative().optional(),
});
export type IncomingAttachment = z.output<typeof incomingAttachmentSchema>;

/**
 * What every channel turns a platform event into. The core never sees the platform itself.
 * `choice` is the value of a button or numbered option the person picked; `text` what they typed.
 */
export const incomingMessageSchema = z.object({
  channel: z.enum(CHANNELS),
  chatId: z.string().min(1).max(128),
  userId: z.string().min(1).max(128),
  messageId: z.string().min(1).max(256),
  text: z.string().transform(wellFormed).optional(),
  choice: z.string().max(256).transform(wellFormed).optional(),
  displayName: z.string().max(256).transform((name) => withoutControlCharacters(wellFormed(name))).optional(),
  phone: z.string().max(32).optional(),
  localeHint: z.string().max(35).optional(),
  /** `channel`: a broadcast channel's post, taken for the staff member among its admins. */
  chatType: z.enum(["private", "group", "channel"]).default("private"),
  /** A photo or document sent with the message; `text` is then its caption. */
  attachment: incomingAttachmentSchema.optional(),
});
export type IncomingMessage = z.input<typeof incomingMessageSchema>;
export type ParsedIncomingMessage = z.output<typeof incomingMessageSchema>;

/** A button (Telegram), a numbered option (WhatsApp, console). Picking it sends `value` back. */
export interface Choice {
  label: string;
  value: string;
  /**
   * The locale message the label was written from, so the option's name typed in any of the
   * three languages picks it (`Continue`, `Lanjutkan`, `계속`).
   */
  key?: string;
  args?: Record<string, string | number>;
  /**
   * Opens the person's private chat with the bot, started as `/start <privateStart>`, where the
   * channel can link there (a Telegram deep link): how a group answer hands over to a flow.
   */
  privateStart?: string;
}

/** Channels that show choices as numbered lines, where a typed `2` picks the second one. */
export const NUMBERED_CHOICE_CHANNELS: ReadonlySet<ChannelName> = new Set(["console", "whatsapp"]);

/** Channels whose choices can open the private chat with the bot (`Choice.privateStart`). */
export const PRIVATE_LINK_CHANNELS: ReadonlySet<ChannelName> = new Set(["telegram"]);

/**
 * Control characters other than tab and line breaks: PostgreSQL refuses NUL in text, and none of
 * them belongs in a chat message. Refused at the core's edge, in one place.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(text: string | undefined): boolean {
  return text !== undefined && CONTROL_CHARACTERS.test(text);
}

/** Names and the like are not what a person typed: their control characters are dropped. */
export function withoutControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTERS.source, "g"), "");
}

/** A file the bot sends: a photo (shown inline) or a document (a PDF, a CSV, an XLSX). */
export interface OutgoingAttachment {
  kind: "photo" | "document";
  mimeType: string;
  fileName: string;
  bytes: Uint8Array;
}

/** What the core answers; channels render choices in their own way. */
export interface OutgoingMessage {
  /** With an attachment, its caption (channels send a long caption as a separate message). */
  text: string;
  /** Rows of choices. */
  choices?: Choice[][];
  attachment?: OutgoingAttachment;
}
