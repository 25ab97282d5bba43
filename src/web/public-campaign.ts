import type { DbClient } from "../db/database.js";
import type { Campaign, CampaignGoal, CampaignUpdate } from "../generated/prisma/client.js";
import { campaignCodeSchema } from "../core/use-cases/campaign-code.js";
import { loadCampaignTotals, NO_TOTALS, type CampaignTotals } from "../core/use-cases/campaign-totals.js";
import { loadSupportersWall, type WallEntry } from "../core/use-cases/supporters-wall.js";

const WALL_SIZE = 50;
const UPDATES_SHOWN = 10;

/** Everything the public campaign page shows, and nothing it must not (no phones, notes or hidden names). */
export interface PublicCampaign {
  campaign: Campaign;
  goals: CampaignGoal[];
  totals: CampaignTotals;
  wall: WallEntry[];
  updates: CampaignUpdate[];
}

/** A campaign the public may see: active or closed; a draft is not published yet. */
export async function findPublicCampaign(db: DbClient, typedCode: string): Promise<Campaign | undefined> {
  const code = campaignCodeSchema.safeParse(typedCode);
  if (!code.success) return undefined;
  const campaign = await db.campaign.findUnique({ where: { code: code.data } });
  return campaign && campaign.status !== "draft" ? campaign : undefined;
}

/** The campaign page's data in four small queries, from the maintained counters, whatever the pledge count. */
export async function loadPublicCampaign(db: DbClient, typedCode: string): Promise<PublicCampaign | undefined> {
  const campaign = await findPublicCampaign(db, typedCode);
  if (!campaign) return undefined;
  const [goals, totals, wall, updates] = await Promise.all([
    db.campaignGoal.findMany({ where: { campaignId: campaign.id }, orderBy: { key: "asc" } }),
    loadCampaignTotals(db, [campaign.id]),
    loadSupportersWall(db, campaign.id, WALL_SIZE),
    db.campaignUpdate.findMany({ where: { campaignId: campaign.id }, orderBy: { createdAt: "desc" }, take: UPDATES_SHOWN }),
  ]);
  return { campaign, goals, totals: totals.get(campaign.id) ?? NO_TOTALS, wall, updates };
}

/** The campaigns listed at /c: the active ones, soonest deadline first (as /campaigns lists them). */
export async function loadPublicCampaigns(db: DbClient): Promise<{ campaign: Campaign; totals: CampaignTotals }[]> {
  const campaigns = await db.campaign.findMany({ where: { status: "active" }, orderBy: [{ endsOn: "asc" }, { code: "asc" }] });
  const totals = await loadCampaignTotals(db, campaigns.map((campaign) => campaign.id));
  return campaigns.map((campaign) => ({ campaign, totals: totals.get(campaign.id) ?? NO_TOTALS }));
}
