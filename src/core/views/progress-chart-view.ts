import type { Campaign } from "../../generated/prisma/client.js";
import { INTL_LOCALE } from "../i18n/format.js";
import type { OutgoingAttachment } from "../messages.js";
import type { ProgressSeries } from "../use-cases/progress-series.js";
import type { WallEntry } from "../use-cases/supporters-wall.js";
import { campaignTitle, type ViewCtx } from "./campaign-view.js";

/** The companies a chart shows as bars. */
export const CHART_COMPANIES = 10;
/** Axes count in millions of rupiah: "juta" / "백만" / "million". */
const MILLION = 1_000_000;

/**
 * The progress chart as a PNG attachment, every label in the reader's language. ECharts and resvg
 * (tens of MB) load on the first chart, not with the bot.
 */
export async function progressChartAttachment(ctx: ViewCtx, campaign: Campaign, series: ProgressSeries, wall: readonly WallEntry[]): Promise<OutgoingAttachment> {
  const { renderProgressChart } = await import("../../documents/progress-chart.js");
  const shortDate = new Intl.DateTimeFormat(INTL_LOCALE[ctx.locale], { month: "short", day: "numeric", timeZone: "UTC" });
  const png = renderProgressChart({
    title: `${campaign.code} · ${campaignTitle(ctx, campaign)}`,
    days: series.days.map((day) => shortDate.format(day)),
    pledged: series.pledged.map(Number),
    confirmed: series.confirmed.map(Number),
    target: Number(campaign.target),
    companies: wall.map((entry) => ({ name: entry.company ?? ctx.t("anonymous-company"), confirmed: Number(entry.confirmed), pledged: Number(entry.pledged) })),
    labels: {
      pledged: ctx.t("chart-pledged"),
      confirmed: ctx.t("chart-confirmed"),
      target: ctx.t("chart-target"),
      companies: ctx.t("chart-companies"),
      unit: ctx.t("chart-unit"),
    },
    unitValue: MILLION,
  });
  return { kind: "photo", mimeType: "image/png", fileName: `${campaign.code}-progress.png`, bytes: png };
}
