import type { Campaign } from "../../generated/prisma/client.js";
import { progressBar } from "../i18n/format.js";
import type { CampaignTotals } from "../use-cases/campaign-totals.js";
import { campaignTitle, type ViewCtx } from "./campaign-view.js";

/** The live progress message (`/pin`): heading, bar, collected vs target, companies, and how to read more. */
export function progressText(ctx: ViewCtx, campaign: Campaign, totals: CampaignTotals): string {
  const { t, format } = ctx;
  const title = campaignTitle(ctx, campaign);
  const lines = [
    t("tg-progress-heading", { code: campaign.code, title }),
    progressBar(totals.confirmed, campaign.target),
    t("campaign-collected", { collected: format.rupiah(totals.confirmed), target: format.rupiah(campaign.target) }),
    t("campaign-confirmed-vs-pledged", { confirmed: format.rupiah(totals.confirmed), pledged: format.rupiah(totals.pledged) }),
    t("campaign-companies", { count: totals.companies }),
  ];
  if (campaign.status === "closed") lines.push(t("tg-progress-closed"));
  lines.push("", t("tg-progress-footer", { code: campaign.code }));
  return lines.join("\n");
}
