import type { Command } from "../command.js";
import { reply } from "../context.js";
import { auditLiveProgress, liveProgressTarget } from "./live-progress-target.js";

/**
 * `/unpin CODE` (staff): the campaign's live progress message in this group or channel is
 * unpinned and no longer edited. From a private chat: `/unpin CODE @channel`.
 */
export const unpinCommand: Command = {
  name: "unpin",
  access: "staff",
  groupSafe: true,
  async run(ctx, args) {
    const { liveProgress, campaign, chatId, commandMessageId } = await liveProgressTarget(ctx, args, "tg-unpin-usage");
    const removed = await liveProgress.unpin(ctx.db, { chatId, campaign, commandMessageId });
    if (!removed) return [reply(ctx.t("tg-unpin-none", { code: campaign.code }))];
    await auditLiveProgress(ctx, "progress.unpin", campaign, { chatId });
    return [reply(ctx.t("tg-unpin-done", { code: campaign.code }))];
  },
};
