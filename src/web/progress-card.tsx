import type { Campaign } from "../generated/prisma/client.js";
import { percentOf } from "../core/i18n/format.js";
import type { ViewCtx } from "../core/views/campaign-view.js";
import { campaignTitle } from "../core/views/campaign-view.js";
import type { CampaignTotals } from "../core/use-cases/campaign-totals.js";

const WIDTH = 1200;
const HEIGHT = 630;
const BAR = { x: 80, y: 360, width: 1040, height: 56 };

/**
 * The sharing card's image (1200×630, the size chat apps crop to): title, a bar and the amounts.
 * An SVG drawn with JSX, so the title is escaped like any page text. It stands in until the
 * charts of the proof issue render a PNG.
 */
export function ProgressCard(props: { ctx: ViewCtx; campaign: Campaign; totals: CampaignTotals }) {
  const { ctx, campaign, totals } = props;
  const confirmedWidth = Math.round((BAR.width * Math.min(100, percentOf(totals.confirmed, campaign.target))) / 100);
  const pledgedWidth = Math.round((BAR.width * Math.min(100, percentOf(totals.pledged, campaign.target))) / 100);
  const percent = percentOf(totals.confirmed, campaign.target);
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img">
      <title>{ctx.t("web-card-alt", { title: campaignTitle(ctx, campaign), percent })}</title>
      <rect width={WIDTH} height={HEIGHT} fill="#fdfaf3" />
      <text x="80" y="120" font-family="sans-serif" font-size="40" fill="#6b5b3e">{ctx.t("web-site-name")}</text>
      <text x="80" y="220" font-family="sans-serif" font-size="60" font-weight="bold" fill="#1f2933">{campaignTitle(ctx, campaign)}</text>
      <rect x={BAR.x} y={BAR.y} width={BAR.width} height={BAR.height} rx="28" fill="#e4e0d6" />
      <rect x={BAR.x} y={BAR.y} width={pledgedWidth} height={BAR.height} rx="28" fill="#f3c87a" />
      <rect x={BAR.x} y={BAR.y} width={confirmedWidth} height={BAR.height} rx="28" fill="#2f7d4f" />
      <text x="80" y="500" font-family="sans-serif" font-size="44" fill="#1f2933">
        {ctx.t("campaign-collected", { collected: ctx.format.rupiah(totals.confirmed), target: ctx.format.rupiah(campaign.target) })}
      </text>
      <text x="80" y="570" font-family="sans-serif" font-size="36" fill="#52606d">{`${percent}%`}</text>
    </svg>
  );
}
