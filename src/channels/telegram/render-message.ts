import type { InlineKeyboardMarkup } from "grammy/types";
import type { OutgoingMessage } from "../../core/messages.js";
import { splitText as splitTextTo } from "../split-text.js";

/** Telegram refuses longer message texts (counted after HTML entities are parsed). */
export const MAX_MESSAGE_LENGTH = 4096;
/** Telegram's limit on a button's callback data, in bytes. */
const MAX_CALLBACK_DATA_BYTES = 64;
/** Marks callback data that stands for a longer value kept here. */
const LONG_VALUE_PREFIX = "~";
const MAX_LONG_VALUES = 1000;

/** One Telegram message: HTML-escaped text and, on the last part of a reply, its buttons. */
export interface TelegramText {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

/**
 * Core texts are plain; escaping them and sending as HTML means a campaign title with `<`, `&`
 * or `_` shows as typed and can never break the message or inject formatting.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Splits plain text into parts Telegram accepts; see split-text.ts. */
export function splitText(text: string, max = MAX_MESSAGE_LENGTH): string[] {
  return splitTextTo(text, max);
}

/**
 * Button values travel as callback data, which Telegram caps at 64 bytes. The core's values are
 * short; a longer one is kept here under a short key (for the last MAX_LONG_VALUES of them).
 */
export interface CallbackData {
  encode(value: string): string;
  /** The choice's value, or undefined for a long value no longer kept (e.g. after a restart). */
  decode(data: string): string | undefined;
}

export function createCallbackData(): CallbackData {
  const longValues = new Map<string, string>();
  let counter = 0;
  return {
    encode(value) {
      if (Buffer.byteLength(value) <= MAX_CALLBACK_DATA_BYTES && !value.startsWith(LONG_VALUE_PREFIX)) return value;
      const key = `${LONG_VALUE_PREFIX}${(++counter).toString(36)}`;
      longValues.set(key, value);
      if (longValues.size > MAX_LONG_VALUES) longValues.delete(longValues.keys().next().value!);
      return key;
    },
    decode: (data) => (data.startsWith(LONG_VALUE_PREFIX) ? longValues.get(data) : data),
  };
}

/** `https://t.me/<bot>?start=<payload>`: opens the private chat with the bot, which receives `/start <payload>`. */
export type DeepLink = (startPayload: string) => string;

/**
 * A core reply as Telegram messages: escaped, split under 4,096 characters, choices as an inline
 * keyboard (a choice that starts the private chat as a deep link).
 */
export function renderMessage(message: OutgoingMessage, callbackData: CallbackData, deepLink: DeepLink): TelegramText[] {
  const parts: TelegramText[] = splitText(message.text).map((text) => ({ text: escapeHtml(text) }));
  if (message.choices?.length) {
    parts[parts.length - 1]!.reply_markup = {
      inline_keyboard: message.choices.map((row) =>
        row.map((choice) =>
          choice.privateStart === undefined
            ? { text: choice.label, callback_data: callbackData.encode(choice.value) }
            : { text: choice.label, url: deepLink(choice.privateStart) },
        ),
      ),
    };
  }
  return parts;
}
