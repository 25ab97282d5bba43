import { GrammyError, type Api } from "grammy";
import type { ProgressDisplay } from "../../core/ports.js";
import type { Logger } from "../../logger.js";
import { escapeHtml } from "./render-message.js";
import { sendOutcomeOf } from "./send-message.js";

/**
 * Live progress on Telegram: the message is sent and pinned quietly, edited in place, and a
 * channel's `/pin` post is deleted once done, so subscribers see only the progress.
 */
export function createTelegramProgressDisplay(deps: { api: Api; logger: Logger }): ProgressDisplay {
  const { api, logger } = deps;

  async function removeCommand(chatId: string, commandMessageId: string | undefined): Promise<void> {
    if (commandMessageId === undefined) return;
    await api.deleteMessage(chatId, Number(commandMessageId)).catch(() => logger.info({ chatId }, "channel command post not deleted (no right to delete)"));
  }

  return {
    async post(chatId, text, { commandMessageId }) {
      let posted;
      try {
        posted = await api.sendMessage(chatId, escapeHtml(text), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      } catch (error) {
        return { posted: false, reason: sendOutcomeOf(error).reason };
      }
      const pinned = await api.pinChatMessage(posted.chat.id, posted.message_id, { disable_notification: true }).then(
        () => true,
        (error: unknown) => {
          logger.warn({ chatId, reason: sendOutcomeOf(error).reason }, "live progress message not pinned");
          return false;
        },
      );
      await removeCommand(String(posted.chat.id), commandMessageId);
      return { posted: true, chatId: String(posted.chat.id), messageId: posted.message_id, pinned };
    },
    async edit(chatId, messageId, text) {
      try {
        await api.editMessageText(chatId, messageId, escapeHtml(text), { parse_mode: "HTML" });
        return "edited";
      } catch (error) {
        // Someone else's edit (or a race) already shows this text: nothing to do.
        if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return "unchanged";
        const outcome = sendOutcomeOf(error);
        logger.warn({ chatId, reason: outcome.reason }, "live progress message not edited");
        return outcome.permanent ? "gone" : "failed";
      }
    },
    async unpin(chatId, messageId, { commandMessageId }) {
      await api.unpinChatMessage(chatId, messageId).catch((error: unknown) => {
        logger.warn({ chatId, reason: sendOutcomeOf(error).reason }, "live progress message not unpinned");
      });
      await removeCommand(chatId, commandMessageId);
    },
    // Staff may name a channel by @username; its messages are stored by numeric id.
    chatIdOf: (named) => (named.startsWith("@") ? api.getChat(named).then((chat) => String(chat.id), () => undefined) : Promise.resolve(named)),
  };
}
