import type { DbClient } from "../../db/database.js";

export interface CampaignTotals {
  /** Every live pledge: pledged, transfer reported, confirmed, delivered. */
  pledged: bigint;
  /** Confirmed and delivered only: the money and goods that are real. */
  confirmed: bigint;
  companies: number;
}

export const NO_TOTALS: CampaignTotals = { pledged: 0n, confirmed: 0n, companies: 0 };

/**
 * Totals per campaign from the maintained per-company counters: one small GROUP BY, whatever
 * the number of pledges.
 */
export async function loadCampaignTotals(db: DbClient, campaignIds: number[]): Promise<Map<number, CampaignTotals>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await db.campaignPartnerTotal.groupBy({
    by: ["campaignId"],
    where: { campaignId: { in: campaignIds }, livePledges: { gt: 0 } },
    _sum: { pledged: true, confirmed: true },
    _count: { _all: true },
  });
  return new Map(
    rows.map((row) => [
      row.campaignId,
      { pledged: row._sum.pledged ?? 0n, confirmed: row._sum.confirmed ?? 0n, companies: row._count._all },
    ]),
  );
}
