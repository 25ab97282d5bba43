import type { Api, Context } from "grammy";
import { splitCommand } from "../../core/command.js";
import type { LocaleCode, Translator } from "../../core/i18n/translator.js";
import type { Db } from "../../db/database.js";
import type { Logger } from "../../logger.js";
import { addressedToAnotherBot } from "./incoming-message.js";
import type { LiveProgress } from "./live-progress.js";
import type { OwnCommands } from "./own-commands.js";
import { TELEGRAM_STAFF_COMMANDS } from "./staff-commands.js";
import type { TelegramStaff } from "./telegram-staff.js";

/**
 * `/pin CODE` and `/unpin CODE` posted in a channel. A channel post names no sender, but only a
 * channel's admins can post in it, so the command is taken when a staff member is among them.
 * Once done, the command post is deleted and subscribers see only the progress message. Nothing
 * is posted back into the channel on a refusal: the reason is logged and the post stays.
 */
export function createChannelPosts(deps: {
  api: Api;
  db: Db;
  staff: TelegramStaff;
  liveProgress: LiveProgress;
  ownCommands: OwnCommands;
  translator: Translator;
  defaultLocale: LocaleCode;
  logger: Logger;
}) {
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
      const { name, args } = splitCommand(text);
      const command = TELEGRAM_STAFF_COMMANDS[name];
      if (!command) return;
      const chatId = String(post.chat.id);
      if (!(await deps.ownCommands.claim({ channel: "telegram", chatId, userId: chatId, messageId: String(post.message_id) }))) return;

      const staffId = await staffAdmin(chatId);
      if (!staffId) {
        logger.warn({ chatId, command: name }, "channel command refused: no staff member among the channel's admins");
        return;
      }
      const locale = deps.defaultLocale;
      const request = { actor: `telegram:${staffId}`, chatId, chatType: "channel" as const, args, locale, t: deps.translator.for(locale) };
      const outcome = await command({ db: deps.db, liveProgress: deps.liveProgress }, request);
      if (!outcome.done) {
        logger.warn({ chatId, command: name, answer: outcome.answer.map((part) => part.text).join(" ") }, "channel command not done");
        return;
      }
      await api.deleteMessage(chatId, post.message_id).catch(() => logger.info({ chatId }, "channel command post not deleted (no right to delete)"));
    },
  };
}
