import { NO_TOTALS, loadCampaignTotals } from "../../core/use-cases/campaign-totals.js";
import { loadProgressSeries } from "../../core/use-cases/progress-series.js";
import { storeFile } from "../../core/use-cases/stored-files.js";
import { loadSupportersWall } from "../../core/use-cases/supporters-wall.js";
import { campaignSummary } from "../../core/views/campaign-view.js";
import { CHART_COMPANIES, progressChartAttachment } from "../../core/views/progress-chart-view.js";
import type { LocalizedFileIds } from "../../core/ports.js";
import type { Job } from "./job.js";
import { inEveryLocale } from "../../core/views/in-every-locale.js";
import type { Db } from "../../db/database.js";
import type { Campaign } from "../../generated/prisma/client.js";
import type { Translator } from "../../core/i18n/translator.js";

/**
 * The progress chart in each language, stored for the outbox to send. Stored before the run's
 * transaction: files are content-addressed, so a run that turns out to be a duplicate leaves
 * only rows that the first run's broadcast already points at.
 */
async function storedCharts(db: Db, translator: Translator, campaign: Campaign, slot: Date): Promise<LocalizedFileIds> {
  const [series, wall] = await Promise.all([loadProgressSeries(db, campaign.id, slot), loadSupportersWall(db, campaign.id, CHART_COMPANIES)]);
  const charts = inEveryLocale(translator, slot, (ctx) => progressChartAttachment(ctx, campaign, series, wall));
  const ids = {} as LocalizedFileIds;
  for (const [locale, chart] of Object.entries(charts) as [keyof LocalizedFileIds, (typeof charts)["id"]][]) {
    ids[locale] = (await storeFile(db, await chart)).id;
  }
  return ids;
}

/** The weekly progress digest: each active campaign's progress, with its chart, to its subscribers. */
export const weeklyDigest: Job = async ({ db, translator, schedule, slot }) => {
  const campaigns = await db.campaign.findMany({
    where: { status: "active", ...(schedule.campaignId !== null && { id: schedule.campaignId }) },
    orderBy: { code: "asc" },
  });
  const totals = await loadCampaignTotals(db, campaigns.map((campaign) => campaign.id));
  const broadcasts = [];
  for (const campaign of campaigns) {
    broadcasts.push({
      kind: "digest",
      audience: "campaign_subscribers" as const,
      campaignId: campaign.id,
      texts: inEveryLocale(translator, slot, (ctx) =>
        [ctx.t("digest-heading"), campaignSummary(ctx, campaign, totals.get(campaign.id) ?? NO_TOTALS), "", ctx.t("digest-footer", { code: campaign.code })].join("\n"),
      ),
      attachments: await storedCharts(db, translator, campaign, slot),
    });
  }
  return { broadcasts };
};
