import type { Db } from "../db/database.js";
import { createReadCache } from "../db/read-cache.js";
import type { Campaign, CampaignGoal, CampaignUpdate, Channel, ConversationState } from "../generated/prisma/client.js";
import type { MemberWithOrganization } from "./context.js";
import { loadCampaignTotals, NO_TOTALS, type CampaignTotals } from "./use-cases/campaign-totals.js";
import { loadOverallTotals, type OverallTotals } from "./use-cases/overall-totals.js";

/** What a campaign page shows besides the campaign itself. */
export interface CampaignPage {
  goals: CampaignGoal[];
  latestUpdate: CampaignUpdate | null;
  totals: CampaignTotals;
}

/**
 * The reads nearly every message makes, served from memory until the tables behind them change
 * (see ChangeFeed). Writes and anything that decides a write read the database directly. The
 * objects handed out are shared: never change them.
 */
export interface CachedReads {
  /** The person with their company (null before their first message), and whether a grant makes them staff. */
  member(channel: Channel, userId: string): Promise<{ member: MemberWithOrganization | null; granted: boolean }>;
  conversationState(key: string): Promise<ConversationState | null>;
  campaignByCode(code: string): Promise<Campaign | null>;
  campaignPage(campaignId: number): Promise<CampaignPage>;
  /**
   * A campaign page as `render` wrote it for one `variant` (language and day), kept until the
   * campaign or anything on its page changes: the most asked-for answer is rendered once.
   */
  campaignPageText(campaignId: number, variant: string, render: () => Promise<string>): Promise<string>;
  /** The sums `/total` shows. */
  overallTotals(): Promise<OverallTotals>;
}

export function createCachedReads(db: Db): CachedReads {
  const members = createReadCache<{ member: MemberWithOrganization | null; granted: boolean }>(db.$changes, ["Member", "Organization", "StaffGrant"]);
  const states = createReadCache<{ state: ConversationState | null }>(db.$changes, ["ConversationState"]);
  const campaigns = createReadCache<{ campaign: Campaign | null }>(db.$changes, ["Campaign"]);
  const pages = createReadCache<CampaignPage>(db.$changes, ["CampaignGoal", "CampaignUpdate", "CampaignPartnerTotal"]);
  const pageTexts = createReadCache<{ text: string }>(db.$changes, ["Campaign", "CampaignGoal", "CampaignUpdate", "CampaignPartnerTotal"]);
  const overall = createReadCache<OverallTotals>(db.$changes, ["Campaign", "CampaignPartnerTotal"]);

  return {
    member: (channel, userId) =>
      members(`${channel}:${userId}`, async () => {
        const [member, grant] = await Promise.all([
          db.member.findUnique({ where: { channel_userId: { channel, userId } }, include: { organization: true } }),
          db.staffGrant.findUnique({ where: { identity: `${channel}:${userId}` } }),
        ]);
        return { member, granted: grant !== null };
      }),
    conversationState: async (key) => (await states(key, async () => ({ state: await db.conversationState.findUnique({ where: { key } }) }))).state,
    campaignByCode: async (code) => (await campaigns(code, async () => ({ campaign: await db.campaign.findUnique({ where: { code } }) }))).campaign,
    campaignPage: (campaignId) =>
      pages(String(campaignId), async () => {
        const [goals, latestUpdate, totals] = await Promise.all([
          db.campaignGoal.findMany({ where: { campaignId }, orderBy: { key: "asc" } }),
          db.campaignUpdate.findFirst({ where: { campaignId }, orderBy: { createdAt: "desc" } }),
          loadCampaignTotals(db, [campaignId]),
        ]);
        return { goals, latestUpdate, totals: totals.get(campaignId) ?? NO_TOTALS };
      }),
    campaignPageText: async (campaignId, variant, render) => (await pageTexts(`${campaignId}|${variant}`, async () => ({ text: await render() }))).text,
    overallTotals: () => overall("all", () => loadOverallTotals(db)),
  };
}
