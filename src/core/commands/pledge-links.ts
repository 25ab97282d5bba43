import { reply, type Ctx } from "../context.js";
import type { Choice, OutgoingMessage } from "../messages.js";
import { campaignCodeSchema } from "../use-cases/campaign-code.js";

/** As many campaigns as the private wizard offers. */
const MAX_LINKS = 10;

/**
 * `/pledge BTS` in a group: a link that opens the private chat with the wizard already started
 * for BTS (the core's /start reads `pledge_BTS`); `/pledge` alone: one per active campaign.
 */
export async function pledgeLinks(ctx: Ctx, args: string): Promise<OutgoingMessage[]> {
  const typed = args.trim().split(/\s+/)[0] ?? "";
  const link = (code: string): Choice[] => [{ label: ctx.t("tg-pledge-button", { code }), value: `/start pledge_${code}`, privateStart: `pledge_${code}` }];
  if (typed) {
    const code = campaignCodeSchema.safeParse(typed);
    const campaign = code.success ? await ctx.db.campaign.findFirst({ where: { code: code.data, status: "active" } }) : null;
    if (!campaign) return [reply(ctx.t("error-unknown-campaign", { code: typed.slice(0, 20) }))];
    return [reply(ctx.t("tg-pledge-in-private", { code: campaign.code }), [link(campaign.code)])];
  }
  const campaigns = await ctx.db.campaign.findMany({ where: { status: "active" }, orderBy: { endsOn: "asc" }, take: MAX_LINKS, select: { code: true } });
  if (campaigns.length === 0) return [reply(ctx.t("campaigns-none"))];
  return [reply(ctx.t("tg-pledge-in-private-choose"), campaigns.map(({ code }) => link(code)))];
}
