import type { Campaign } from "../generated/prisma/client.js";
import { percentOf } from "../core/i18n/format.js";
import type { ViewCtx } from "../core/views/campaign-view.js";
import type { CampaignTotals } from "../core/use-cases/campaign-totals.js";

/**
 * Confirmed and pledged against the target, as two labelled `<progress>` bars: native, readable
 * by screen readers, and styled without inline styles (the CSP forbids them).
 */
export function CampaignProgress(props: { ctx: ViewCtx; campaign: Campaign; totals: CampaignTotals }) {
  const { ctx, campaign, totals } = props;
  const confirmed = percentOf(totals.confirmed, campaign.target);
  const pledged = percentOf(totals.pledged, campaign.target);
  const id = `progress-${campaign.code}`;
  return (
    <div class="progress">
      <label for={`${id}-confirmed`}>
        {ctx.t("web-confirmed")}: {ctx.format.rupiah(totals.confirmed)} ({confirmed}%)
      </label>
      <progress id={`${id}-confirmed`} class="confirmed" max="100" value={String(Math.min(100, confirmed))}>{confirmed}%</progress>
      <label for={`${id}-pledged`}>
        {ctx.t("web-pledged")}: {ctx.format.rupiah(totals.pledged)} ({pledged}%)
      </label>
      <progress id={`${id}-pledged`} class="pledged" max="100" value={String(Math.min(100, pledged))}>{pledged}%</progress>
      <p class="target">{ctx.t("campaign-target", { target: ctx.format.rupiah(campaign.target) })}</p>
    </div>
  );
}
