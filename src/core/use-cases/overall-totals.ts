import type { DbClient } from "../../db/database.js";

export interface OverallTotals {
  active: { campaigns: number; confirmed: bigint; pledged: bigint };
  allTime: { campaigns: number; confirmed: bigint; pledged: bigint; companies: number };
}

/** One aggregate over the per-company counters: constant work, however many pledges exist. */
export async function loadOverallTotals(db: DbClient): Promise<OverallTotals> {
  const [row] = await db.$queryRaw<
    {
      active_campaigns: bigint;
      all_campaigns: bigint;
      active_confirmed: bigint;
      active_pledged: bigint;
      all_confirmed: bigint;
      all_pledged: bigint;
      companies: bigint;
    }[]
  >`
    SELECT
      (SELECT count(*) FROM "Campaign" WHERE status = 'active') AS active_campaigns,
      (SELECT count(*) FROM "Campaign" WHERE status <> 'draft') AS all_campaigns,
      COALESCE(SUM(t.confirmed) FILTER (WHERE c.status = 'active'), 0)::bigint AS active_confirmed,
      COALESCE(SUM(t.pledged) FILTER (WHERE c.status = 'active'), 0)::bigint AS active_pledged,
      COALESCE(SUM(t.confirmed) FILTER (WHERE c.status <> 'draft'), 0)::bigint AS all_confirmed,
      COALESCE(SUM(t.pledged) FILTER (WHERE c.status <> 'draft'), 0)::bigint AS all_pledged,
      count(DISTINCT t."organizationId") FILTER (WHERE t."livePledges" > 0 AND c.status <> 'draft') AS companies
    FROM "CampaignPartnerTotal" t
    JOIN "Campaign" c ON c.id = t."campaignId"`;
  return {
    active: { campaigns: Number(row!.active_campaigns), confirmed: row!.active_confirmed, pledged: row!.active_pledged },
    allTime: {
      campaigns: Number(row!.all_campaigns),
      confirmed: row!.all_confirmed,
      pledged: row!.all_pledged,
      companies: Number(row!.companies),
    },
  };
}
