import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { findCampaignByCode } from "../use-cases/campaign-code.js";
import { loadCampaignTotals, NO_TOTALS } from "../use-cases/campaign-totals.js";
import { campaignDetail } from "../views/campaign-view.js";

/** `/campaign CODE`: target, confirmed vs pledged, companies, goals, regions, deadline, latest update. */
export const campaignCommand: Command = {
  name: "campaign",
  aliases: ["progress", "progres", "info"],
  access: "everyone",
  groupSafe: true,
  async run(ctx, args) {
    const code = args.trim().split(/\s+/)[0];
    if (!code) throw new UserError("usage-campaign");
    const campaign = await findCampaignByCode(ctx.db, code);
    const [goals, latestUpdate, totals] = await Promise.all([
      ctx.db.campaignGoal.findMany({ where: { campaignId: campaign.id }, orderBy: { key: "asc" } }),
      ctx.db.campaignUpdate.findFirst({ where: { campaignId: campaign.id }, orderBy: { createdAt: "desc" } }),
      loadCampaignTotals(ctx.db, [campaign.id]),
    ]);
    const text = campaignDetail(ctx, campaign, goals, totals.get(campaign.id) ?? NO_TOTALS, latestUpdate);
    const actions =
      campaign.status === "active" && ctx.message.chatType === "private"
        ? [[
            { label: ctx.t("choice-pledge"), value: `/pledge ${campaign.code}` },
            { label: ctx.t("choice-subscribe"), value: `/subscribe ${campaign.code}` },
          ]]
        : undefined;
    return [reply(text, actions)];
  },
};
