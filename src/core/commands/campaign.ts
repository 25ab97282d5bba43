import type { Command } from "../command.js";
import { reply } from "../context.js";
import { campaignFromArgs } from "../use-cases/campaign-code.js";
import { loadCampaignTotals, NO_TOTALS } from "../use-cases/campaign-totals.js";
import { campaignDetail } from "../views/campaign-view.js";

/** `/campaign CODE`: target, confirmed vs pledged, companies, goals, regions, deadline, latest update. */
export const campaignCommand: Command = {
  name: "campaign",
  aliases: ["progress", "progres", "info"],
  access: "everyone",
  groupSafe: true,
  async run(ctx, args) {
    const campaign = await campaignFromArgs(ctx.db, args, "usage-campaign");
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
