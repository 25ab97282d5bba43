import type { DbClient } from "../db/database.js";
import type { Campaign, Organization, Pledge, PledgeStatus } from "../generated/prisma/client.js";
import { PLEDGE_TRANSITIONS } from "../core/use-cases/change-pledge-status.js";
import { listBroadcasts, type BroadcastProgress } from "../core/use-cases/list-broadcasts.js";
import { loadPublicCampaigns } from "./public-campaign.js";

/** Rows per page of the pledges table. */
export const PLEDGES_PAGE_SIZE = 50;
/** What waits for staff: the statuses a pledge may be confirmed from, as the use case defines them. */
const AWAITING_STAFF: readonly PledgeStatus[] = PLEDGE_TRANSITIONS.confirm.from;
const WEEK_MS = 7 * 86_400_000;

export interface Overview {
  campaigns: Awaited<ReturnType<typeof loadPublicCampaigns>>;
  pendingCount: number;
  lastWeek: { count: number; amount: bigint };
  broadcastsRunning: BroadcastProgress[];
}

/** The dashboard's front page: small queries on indexes and counters, whatever the pledge count. */
export async function loadOverview(db: DbClient, now: Date): Promise<Overview> {
  const [campaigns, pendingCount, lastWeek, broadcasts] = await Promise.all([
    loadPublicCampaigns(db),
    db.pledge.count({ where: { status: { in: [...AWAITING_STAFF] } } }),
    db.pledge.aggregate({ where: { createdAt: { gte: new Date(now.getTime() - WEEK_MS) } }, _count: { _all: true }, _sum: { amount: true } }),
    listBroadcasts(db),
  ]);
  return {
    campaigns,
    pendingCount,
    lastWeek: { count: lastWeek._count._all, amount: lastWeek._sum.amount ?? 0n },
    broadcastsRunning: broadcasts.filter((entry) => entry.broadcast.status === "active"),
  };
}

export type PledgeRow = Pledge & { campaign: Campaign; organization: Pick<Organization, "name"> };

/** The pending queue: transfers reported first, then oldest first, as /pending shows it. */
export async function loadPendingPledges(db: DbClient, limit: number): Promise<PledgeRow[]> {
  return db.pledge.findMany({
    where: { status: { in: [...AWAITING_STAFF] } },
    // "transfer_reported" sorts after "pledged" in the enum, so descending puts it first.
    orderBy: [{ status: "desc" }, { createdAt: "asc" }],
    take: limit,
    include: { campaign: true, organization: { select: { name: true } } },
  });
}

/**
 * One page of a campaign's pledges, newest first, after the pledge id `before` (keyset paging on
 * the (campaignId, status, id) index: every page costs the same, at any depth). `next` is the id
 * to continue from, absent on the last page.
 */
export async function loadPledgesPage(
  db: DbClient,
  query: { campaignId: number; status?: PledgeStatus; before?: number },
): Promise<{ rows: PledgeRow[]; next?: number }> {
  const rows = await db.pledge.findMany({
    where: { campaignId: query.campaignId, ...(query.status && { status: query.status }), ...(query.before && { id: { lt: query.before } }) },
    orderBy: { id: "desc" },
    take: PLEDGES_PAGE_SIZE + 1,
    include: { campaign: true, organization: { select: { name: true } } },
  });
  const page = rows.slice(0, PLEDGES_PAGE_SIZE);
  return rows.length > PLEDGES_PAGE_SIZE ? { rows: page, next: page[page.length - 1]!.id } : { rows: page };
}
