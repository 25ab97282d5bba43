import type { Command } from "../command.js";
import { reply } from "../context.js";
import { jakartaToday } from "../jakarta-time.js";
import { campaignCodeFromArgs, findCampaignByCode } from "../use-cases/campaign-code.js";
import { loadProgressSeries } from "../use-cases/progress-series.js";
import { loadSupportersWall } from "../use-cases/supporters-wall.js";
import { CHART_COMPANIES, progressChartAttachment } from "../views/progress-chart-view.js";

/**
 * `/chart CODE`: the campaign's progress as a picture, its line running to today. The PNG is kept
 * with the answer for the day, until the campaign or its counters change (every pledge change moves a counter), so a group asking at
 * once renders it once.
 */
export const chartCommand: Command = {
  name: "chart",
  aliases: ["grafik", "차트", "그래프"],
  access: "everyone",
  readOnly: true,
  groupSafe: true,
  async run(ctx, args) {
    const code = campaignCodeFromArgs(args, "usage-chart");
    return ctx.reads.answer(`chart|${code}|${ctx.locale}|${jakartaToday(ctx.now).toISOString()}`, ["Campaign", "CampaignPartnerTotal", "Organization"], async () => {
      const campaign = await findCampaignByCode(ctx.db, code);
      const [series, wall] = await Promise.all([loadProgressSeries(ctx.db, campaign.id, ctx.now), loadSupportersWall(ctx.db, campaign.id, CHART_COMPANIES)]);
      return [{ ...reply(ctx.t("chart-caption", { code: campaign.code })), attachment: await progressChartAttachment(ctx, campaign, series, wall) }];
    });
  },
};
