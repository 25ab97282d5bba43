import type { WatchedTable } from "../db/change-feed.js";
import type { Db } from "../db/database.js";
import { createReadCache, type ReadCache } from "../db/read-cache.js";
import type { Campaign, Channel } from "../generated/prisma/client.js";
import type { MemberWithOrganization } from "./context.js";
import type { OutgoingMessage } from "./messages.js";
import { loadOverallTotals, type OverallTotals } from "./use-cases/overall-totals.js";

/**
 * The reads nearly every message makes, served from memory until the tables behind them change
 * (see ChangeFeed). Writes and anything that decides a write read the database directly. The
 * objects handed out are shared: never change them.
 */
export interface CachedReads {
  /** The person with their company (null before their first message), and whether a grant makes them staff. */
  member(channel: Channel, userId: string): Promise<{ member: MemberWithOrganization | null; granted: boolean }>;
  campaignByCode(code: string): Promise<Campaign | null>;
  /** The sums `/total` shows. */
  overallTotals(): Promise<OverallTotals>;
  /**
   * A read-only command's answer as `render` wrote it, kept under `key` (the command, what it was
   * asked, and everything else the answer depends on: language, day, kind of chat) until one of
   * `tables` changes. The answers donors ask for most are rendered once, not per message.
   * `render` must read everything it shows itself: the cache's stamp is taken before it runs, so
   * only what is read after the stamp is sure to be invalidated by a later change.
   */
  answer(key: string, tables: readonly WatchedTable[], render: () => Promise<OutgoingMessage[]>): Promise<OutgoingMessage[]>;
}

export function createCachedReads(db: Db): CachedReads {
  const members = createReadCache<{ member: MemberWithOrganization | null; granted: boolean }>(db.$changes, ["Member", "Organization", "StaffGrant"]);
  const campaigns = createReadCache<{ campaign: Campaign | null }>(db.$changes, ["Campaign"]);
  const overall = createReadCache<OverallTotals>(db.$changes, ["Campaign", "CampaignPartnerTotal"]);
  // One cache per set of tables, made when a command first asks with that set.
  const answers = new Map<string, ReadCache<{ messages: OutgoingMessage[] }>>();

  return {
    member: (channel, userId) =>
      members(`${channel}:${userId}`, async () => {
        const [member, grant] = await Promise.all([
          db.member.findUnique({ where: { channel_userId: { channel, userId } }, include: { organization: true } }),
          db.staffGrant.findUnique({ where: { identity: `${channel}:${userId}` } }),
        ]);
        return { member, granted: grant !== null };
      }),
    campaignByCode: async (code) => (await campaigns(code, async () => ({ campaign: await db.campaign.findUnique({ where: { code } }) }))).campaign,
    overallTotals: () => overall("all", () => loadOverallTotals(db)),
    async answer(key, tables, render) {
      const tablesKey = [...tables].sort().join(",");
      let cache = answers.get(tablesKey);
      if (!cache) answers.set(tablesKey, (cache = createReadCache(db.$changes, tables)));
      return (await cache(key, async () => ({ messages: await render() }))).messages;
    },
  };
}
