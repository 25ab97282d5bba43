import type { Db, DbClient } from "../db/database.js";
import { LRUCache } from "lru-cache";
import { createReadCache } from "../db/read-cache.js";
import type { Campaign, Organization, Pledge, PledgeKind, PledgeStatus, Prisma } from "../generated/prisma/client.js";
import { PLEDGE_TRANSITIONS } from "../core/use-cases/change-pledge-status.js";
import { listBroadcasts, type BroadcastProgress } from "../core/use-cases/list-broadcasts.js";
import { loadPublicCampaigns } from "./public-campaign.js";

/** Rows per page of the pledges table. */
export const PLEDGES_PAGE_SIZE = 50;
/** What waits for staff: the statuses a pledge may be confirmed from, as the use case defines them. */
const AWAITING_STAFF: readonly PledgeStatus[] = PLEDGE_TRANSITIONS.confirm.from;
const WEEK_MS = 7 * 86_400_000;
/** How old the overview's broadcast progress may be. */
const BROADCAST_PROGRESS_MS = 1_000;

export interface Overview {
  campaigns: Awaited<ReturnType<typeof loadPublicCampaigns>>;
  pendingCount: number;
  lastWeek: { count: number; amount: bigint };
  broadcastsRunning: BroadcastProgress[];
}

/** What the overview counts over every pledge: the same until a pledge or a campaign changes. */
type PledgeCounts = Readonly<Pick<Overview, "campaigns" | "pendingCount" | "lastWeek">>;

/**
 * The dashboard's front page. Its counts over all pledges (waiting for staff, the last 7 days)
 * cost tens of milliseconds at 100,000 pledges, so they are kept in memory until the change feed
 * says a pledge or a campaign changed (or the minute turns, moving the 7-day window); 16 staff
 * browsers then cost no scans. It only answers what the page shows: every action reads the
 * database. Broadcasts in progress change with every send, which the change feed does not
 * announce, so their progress is read at most once a second, however many staff look.
 */
export function createOverviewLoader(db: Db): (now: Date) => Promise<Overview> {
  const counted = createReadCache<PledgeCounts>(db.$changes, ["Campaign", "CampaignPartnerTotal", "Pledge"], { maxEntries: 10 });
  const progress = new LRUCache<"latest", BroadcastProgress[]>({ max: 1, ttl: BROADCAST_PROGRESS_MS, fetchMethod: () => listBroadcasts(db) });
  return async (now) => {
    const minute = Math.floor(now.getTime() / 60_000) * 60_000;
    const [counts, broadcasts] = await Promise.all([
      counted(String(minute), async () => {
        const [campaigns, pendingCount, lastWeek] = await Promise.all([
          loadPublicCampaigns(db),
          db.pledge.count({ where: { status: { in: [...AWAITING_STAFF] } } }),
          db.pledge.aggregate({ where: { createdAt: { gte: new Date(minute - WEEK_MS) } }, _count: { _all: true }, _sum: { amount: true } }),
        ]);
        return Object.freeze({ campaigns, pendingCount, lastWeek: { count: lastWeek._count._all, amount: lastWeek._sum.amount ?? 0n } });
      }),
      progress.fetch("latest") as Promise<BroadcastProgress[]>,
    ]);
    return { ...counts, broadcastsRunning: broadcasts.filter((entry) => entry.broadcast.status === "active") };
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

/** How the pledges table may be sorted; each has its own keyset (and index), so any page costs the same. */
export const PLEDGE_SORTS = ["newest", "oldest", "largest", "smallest"] as const;
export type PledgeSort = (typeof PLEDGE_SORTS)[number];

/** What the pledges table shows: the filters, the order, and where the page starts. */
export interface PledgeTableQuery {
  campaignId: number;
  status?: PledgeStatus;
  kind?: PledgeKind;
  organizationId?: number;
  sort: PledgeSort;
  /** The cursor of the last row of the page before: `ID`, or `AMOUNT_ID` for the amount orders. */
  after?: string;
}

/**
 * Where the rows after `after` begin, as a condition the index can seek to. For the amount
 * orders the cursor is (amount, id); `amount <= A` is the index's range and the OR only drops
 * the few rows of amount A already shown, so a deep page skips nothing row by row.
 */
function afterCursor(sort: PledgeSort, after: string | undefined): Prisma.PledgeWhereInput | undefined {
  const match = after === undefined ? null : /^(?:(\d{1,19})_)?(\d{1,9})$/.exec(after);
  if (!match) return undefined;
  const id = Number(match[2]);
  if (sort === "newest") return { id: { lt: id } };
  if (sort === "oldest") return { id: { gt: id } };
  if (match[1] === undefined) return undefined;
  const amount = BigInt(match[1]);
  return sort === "largest"
    ? { amount: { lte: amount }, OR: [{ amount: { lt: amount } }, { id: { lt: id } }] }
    : { amount: { gte: amount }, OR: [{ amount: { gt: amount } }, { id: { gt: id } }] };
}

const ORDER: Record<PledgeSort, Prisma.PledgeOrderByWithRelationInput[]> = {
  newest: [{ id: "desc" }],
  oldest: [{ id: "asc" }],
  largest: [{ amount: "desc" }, { id: "desc" }],
  smallest: [{ amount: "asc" }, { id: "asc" }],
};

/**
 * One page of a campaign's pledges, filtered and sorted, after the cursor `after` (keyset paging
 * on the (campaignId, …, id) indexes, never OFFSET: every page costs the same, at any depth).
 * `next` is the cursor to continue from, absent on the last page.
 */
export async function loadPledgesPage(db: DbClient, query: PledgeTableQuery): Promise<{ rows: PledgeRow[]; next?: string }> {
  const rows = await db.pledge.findMany({
    where: {
      campaignId: query.campaignId,
      ...(query.status && { status: query.status }),
      ...(query.kind && { kind: query.kind }),
      ...(query.organizationId && { organizationId: query.organizationId }),
      ...afterCursor(query.sort, query.after),
    },
    orderBy: ORDER[query.sort],
    take: PLEDGES_PAGE_SIZE + 1,
    include: { campaign: true, organization: { select: { name: true } } },
  });
  const page = rows.slice(0, PLEDGES_PAGE_SIZE);
  if (rows.length <= PLEDGES_PAGE_SIZE) return { rows: page };
  const last = page[page.length - 1]!;
  return { rows: page, next: query.sort === "newest" || query.sort === "oldest" ? String(last.id) : `${last.amount}_${last.id}` };
}
