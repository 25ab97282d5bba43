import type { Api, Context } from "grammy";
import type { BotCore } from "../../core/bot-core.js";
import { splitCommand } from "../../core/command.js";
import { pinCommand } from "../../core/commands/pin.js";
import { unpinCommand } from "../../core/commands/unpin.js";
import type { Logger } from "../../logger.js";
import { addressedToAnotherBot } from "./incoming-message.js";
import type { TelegramStaff } from "./telegram-staff.js";

/** The commands a broadcast channel's admins may post in it. */
const CHANNEL_COMMANDS = new Set([pinCommand.name, unpinCommand.name]);

/**
 * `/pin CODE` and `/unpin CODE` posted in a channel. A channel post names no sender, but only a
 * channel's admins can post in it, so the command goes to the core as the staff member among
 * them (the core checks their rights again and acts once per post). Nothing is posted back into
 * the channel: the answer is logged, and on success the post is removed by the progress display.
 */
export function createChannelPosts(deps: { api: Api; core: BotCore; staff: TelegramStaff; logger: Logger }) {
  const { api, logger } = deps;

  /** A staff member among the channel's human admins, or undefined. */
  async function staffAdmin(chatId: string): Promise<string | undefined> {
    const admins = await api.getChatAdministrators(chatId).catch(() => []);
    for (const admin of admins) {
      if (!admin.user.is_bot && (await deps.staff.isStaff(String(admin.user.id)))) return String(admin.user.id);
    }
    return undefined;
  }

  return {
    async handle(ctx: Context): Promise<void> {
      const post = ctx.channelPost;
      const text = post?.text?.trimStart() ?? "";
      if (!post || !text.startsWith("/")) return;
      if (addressedToAnotherBot(text, ctx.me.username)) return;
      const { name } = splitCommand(text);
      if (!CHANNEL_COMMANDS.has(name)) return;
      const chatId = String(post.chat.id);
      const staffId = await staffAdmin(chatId);
      if (!staffId) {
        logger.warn({ chatId, command: name }, "channel command refused: no staff member among the channel's admins");
        return;
      }
      const replies = await deps.core.handle({ channel: "telegram", chatId, userId: staffId, messageId: String(post.message_id), text, chatType: "channel" });
      if (replies.length > 0) logger.info({ chatId, command: name, answer: replies.map((reply) => reply.text).join(" ") }, "channel command answered");
    },
  };
}
