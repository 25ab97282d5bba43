import type { Campaign } from "../../generated/prisma/client.js";
import type { Ctx } from "../context.js";
import type { LiveProgressOnChannel } from "../ports.js";
import { findCampaignByCode } from "../use-cases/campaign-code.js";
import { UserError } from "../user-error.js";

/** A group or channel named in a private chat: `@kpeduli_news` or a numeric id such as -1001234567890. */
const NAMED_CHAT = /^(@[A-Za-z]\w{3,31}|-?\d{5,20})$/;

export interface LiveProgressTarget {
  liveProgress: LiveProgressOnChannel;
  campaign: Campaign;
  chatId: string;
  /** A broadcast channel's command post, which the display removes so readers see only the progress. */
  commandMessageId?: string;
}

/**
 * What `/pin` and `/unpin` act on: `CODE` in the group or channel itself, or `CODE @channel`
 * from a private chat. Refused where the channel cannot show live progress, with the usage when
 * the chat is missing, and for a campaign that does not exist.
 */
export async function liveProgressTarget(ctx: Ctx, args: string, usageKey: string): Promise<LiveProgressTarget> {
  const liveProgress = ctx.deps.liveProgress?.on(ctx.message.channel);
  if (!liveProgress) throw new UserError("live-progress-unavailable");
  const [typedCode, named] = args.trim().split(/\s+/).filter(Boolean);
  const inPrivate = ctx.message.chatType === "private";
  const chatId = inPrivate ? named : ctx.message.chatId;
  if (!typedCode || !chatId || (inPrivate && !NAMED_CHAT.test(chatId))) throw new UserError(usageKey);
  const campaign = await findCampaignByCode(ctx.db, typedCode);
  return { liveProgress, campaign, chatId, commandMessageId: ctx.message.chatType === "channel" ? ctx.message.messageId : undefined };
}

/** The audit row of a pin or unpin, in the message's transaction. */
export async function auditLiveProgress(ctx: Ctx, action: "progress.pin" | "progress.unpin", campaign: Campaign, after: Record<string, string | number | boolean>) {
  await ctx.db.auditLog.create({
    data: { actor: ctx.identity, action, entity: "Campaign", entityId: String(campaign.id), after: { channel: ctx.message.channel, ...after } },
  });
}
