import * as z from "zod";
import type { Update } from "grammy/types";
import { ALLOWED_UPDATES } from "./connection.js";

// The fields the bot and grammY read, with their types; other fields pass as Telegram sent them.
const user = z.looseObject({
  id: z.int(),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});
const chat = z.looseObject({ id: z.int(), type: z.enum(["private", "group", "supergroup", "channel"]), title: z.string().optional() });
const file = { file_id: z.string(), file_unique_id: z.string(), file_size: z.int().nonnegative().optional() };
const message = z.looseObject({
  message_id: z.int(),
  date: z.int(),
  chat,
  from: user.optional(),
  sender_chat: chat.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(z.looseObject({ ...file, width: z.int(), height: z.int() })).optional(),
  document: z.looseObject({ ...file, file_name: z.string().optional(), mime_type: z.string().optional() }).optional(),
});
const chatMember = z.looseObject({ status: z.string(), user });

/** An update of a kind the bot asks for, each kind with the shape the Bot API documents. */
const updateSchema = z.looseObject({
  update_id: z.int().nonnegative(),
  message: message.optional(),
  callback_query: z.looseObject({ id: z.string(), from: user, chat_instance: z.string(), data: z.string().optional(), message: message.optional() }).optional(),
  my_chat_member: z.looseObject({ chat, from: user, date: z.int(), old_chat_member: chatMember, new_chat_member: chatMember }).optional(),
  channel_post: message.optional(),
});

/**
 * Reads a webhook's body as an update before grammY sees it: "bad" when it is not JSON, or not
 * shaped as the Bot API documents (a message whose chat is null, a sender that is a number…), which
 * grammY would fail on with an error carrying the whole bot, token included; "ignored" for a kind
 * the bot does not ask for (allowed_updates), which it would not handle anyway.
 */
export function readTelegramUpdate(body: Buffer): Update | "bad" | "ignored" {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return "bad";
  }
  const update = updateSchema.safeParse(value);
  if (!update.success) return "bad";
  const kinds = Object.keys(update.data).filter((key) => key !== "update_id");
  if (kinds.length > 1) return "bad";
  if (!ALLOWED_UPDATES.some((kind) => kind === kinds[0])) return "ignored";
  return update.data as Update;
}
