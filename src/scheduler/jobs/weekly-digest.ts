import { NO_TOTALS, loadCampaignTotals } from "../../core/use-cases/campaign-totals.js";
import { campaignSummary } from "../../core/views/campaign-view.js";
import type { Job } from "./job.js";
import { inEveryLocale } from "../../core/views/in-every-locale.js";

/** The weekly progress digest: each active campaign's progress to its subscribers. */
export const weeklyDigest: Job = async ({ db, translator, schedule, slot }) => {
  const campaigns = await db.campaign.findMany({
    where: { status: "active", ...(schedule.campaignId !== null && { id: schedule.campaignId }) },
    orderBy: { code: "asc" },
  });
  const totals = await loadCampaignTotals(db, campaigns.map((campaign) => campaign.id));
  return {
    broadcasts: campaigns.map((campaign) => ({
      kind: "digest",
      audience: "campaign_subscribers" as const,
      campaignId: campaign.id,
      texts: inEveryLocale(translator, slot, (ctx) =>
        [ctx.t("digest-heading"), campaignSummary(ctx, campaign, totals.get(campaign.id) ?? NO_TOTALS), "", ctx.t("digest-footer", { code: campaign.code })].join("\n"),
      ),
    })),
  };
};
