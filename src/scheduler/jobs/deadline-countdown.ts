import { daysLeft } from "../../core/jakarta-time.js";
import { NO_TOTALS, loadCampaignTotals } from "../../core/use-cases/campaign-totals.js";
import { campaignSummary } from "../../core/views/campaign-view.js";
import type { Job } from "./job.js";
import { inEveryLocale } from "../../core/views/in-every-locale.js";

/** Days before the end on which subscribers hear that a campaign is closing. */
export const COUNTDOWN_DAYS = [7, 1];

/** The deadline countdown: 7 days and 1 day before an active campaign ends (Jakarta dates). */
export const deadlineCountdown: Job = async ({ db, translator, schedule, slot }) => {
  const campaigns = await db.campaign.findMany({
    where: { status: "active", ...(schedule.campaignId !== null && { id: schedule.campaignId }) },
    orderBy: { code: "asc" },
  });
  const closing = campaigns.filter((campaign) => COUNTDOWN_DAYS.includes(daysLeft(campaign.endsOn, slot)));
  const totals = await loadCampaignTotals(db, closing.map((campaign) => campaign.id));
  return {
    broadcasts: closing.map((campaign) => ({
      kind: "countdown",
      audience: "campaign_subscribers" as const,
      campaignId: campaign.id,
      texts: inEveryLocale(translator, slot, (ctx) =>
        [
          ctx.t("countdown-heading", { code: campaign.code, days: daysLeft(campaign.endsOn, slot) }),
          campaignSummary(ctx, campaign, totals.get(campaign.id) ?? NO_TOTALS),
          "",
          ctx.t("digest-footer", { code: campaign.code }),
        ].join("\n"),
      ),
    })),
  };
};
