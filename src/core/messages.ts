import * as z from "zod";

export const CHANNELS = ["console", "telegram", "whatsapp"] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** The longest text the core reads; longer messages are refused before anything else happens. */
export const MAX_TEXT_LENGTH = 1000;

/**
 * What every channel turns a platform event into. The core never sees the platform itself.
 * `choice` is the value of a button or numbered option the person picked; `text` what they typed.
 */
export const incomingMessageSchema = z.object({
  channel: z.enum(CHANNELS),
  chatId: z.string().min(1).max(128),
  userId: z.string().min(1).max(128),
  messageId: z.string().min(1).max(256),
  text: z.string().optional(),
  choice: z.string().max(256).optional(),
  displayName: z.string().max(256).optional(),
  phone: z.string().max(32).optional(),
  localeHint: z.string().max(35).optional(),
  chatType: z.enum(["private", "group"]).default("private"),
});
export type IncomingMessage = z.input<typeof incomingMessageSchema>;
export type ParsedIncomingMessage = z.output<typeof incomingMessageSchema>;

/** A button (Telegram), a numbered option (WhatsApp, console). Picking it sends `value` back. */
export interface Choice {
  label: string;
  value: string;
}

/** What the core answers; channels render choices in their own way. */
export interface OutgoingMessage {
  text: string;
  /** Rows of choices. */
  choices?: Choice[][];
}
