import type { Command } from "../command.js";
import { reply } from "../context.js";
import { auditLiveProgress, liveProgressTarget } from "./live-progress-target.js";

/**
 * `/pin CODE` (staff): a live progress message for the campaign, posted and pinned in this group
 * or channel and kept up to date. From a private chat: `/pin CODE @channel`.
 */
export const pinCommand: Command = {
  name: "pin",
  access: "staff",
  groupSafe: true,
  async run(ctx, args) {
    const { liveProgress, campaign, chatId, commandMessageId } = await liveProgressTarget(ctx, args, "tg-pin-usage");
    // A broadcast channel has no reader's language: the bot's default one.
    const locale = ctx.message.chatType === "channel" ? ctx.deps.config.defaultLocale : ctx.locale;
    const posted = await liveProgress.pin(ctx.db, { chatId, campaign, locale, actor: ctx.identity, commandMessageId });
    if (!posted.posted) return [reply(ctx.t("tg-pin-cannot-post", { chat: chatId }))];
    await auditLiveProgress(ctx, "progress.pin", campaign, { chatId: posted.chatId, messageId: posted.messageId, pinned: posted.pinned });
    return [reply(ctx.t(posted.pinned ? "tg-pin-done" : "tg-pin-not-pinned", { code: campaign.code }))];
  },
};
