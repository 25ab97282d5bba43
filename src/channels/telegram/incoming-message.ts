import type { Context } from "grammy";
import { splitCommand } from "../../core/command.js";
import type { IncomingMessage } from "../../core/messages.js";
import type { CallbackData } from "./render-message.js";

/** What the adapter reads from one Telegram update, before the core sees it. */
export interface TelegramIncoming {
  message: IncomingMessage & { chatType: "private" | "group" };
  /** The command's name without slash or @bot suffix, when the text is a command. */
  command?: string;
  args: string;
}

/**
 * Maps a Telegram update to the core's message, or undefined when the bot should stay silent:
 * channel posts, edits, other bots, group chatter that is not a command, and commands addressed
 * to another bot (`/total@OtherBot`).
 *
 * Ids: a message is `<message_id>` (unique in its chat) and a button press `cb:<query id>`, so a
 * redelivered update (same update_id after a crash) carries the same id and the core acts once.
 */
/** `/total@OtherBot`: a command meant for another bot in the same chat. */
export function addressedToAnotherBot(text: string, ourUsername: string): boolean {
  const addressedTo = /^\/[^\s@]+@(\w+)/.exec(text.trimStart())?.[1];
  return addressedTo !== undefined && addressedTo.toLowerCase() !== ourUsername.toLowerCase();
}

export function toIncoming(ctx: Context, callbackData: CallbackData): TelegramIncoming | undefined {
  const chat = ctx.chat;
  const from = ctx.from;
  if (!chat || !from || from.is_bot) return undefined;
  if (chat.type === "channel") return undefined;
  const chatType = chat.type === "private" ? "private" : "group";
  const base = {
    channel: "telegram" as const,
    chatId: String(chat.id),
    userId: String(from.id),
    displayName: [from.first_name, from.last_name].filter(Boolean).join(" ").slice(0, 256) || undefined,
    localeHint: from.language_code,
    chatType,
  } satisfies Partial<IncomingMessage>;

  const query = ctx.callbackQuery;
  if (query?.data !== undefined) {
    const choice = callbackData.decode(query.data);
    return { message: { ...base, messageId: `cb:${query.id}`, choice: choice ?? "" }, args: "" };
  }

  const message = ctx.message;
  if (!message) return undefined;
  const text = message.text ?? message.caption ?? "";
  const isCommand = text.trimStart().startsWith("/");
  if (chatType === "group" && !isCommand) return undefined;
  let command: string | undefined;
  let args = "";
  if (isCommand) {
    if (addressedToAnotherBot(text, ctx.me.username)) return undefined;
    ({ name: command, args } = splitCommand(text));
  }
  return { message: { ...base, messageId: String(message.message_id), text }, command, args };
}
