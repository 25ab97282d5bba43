import type { DbClient } from "../../src/db/database.js";

export interface PartnerTotalRow {
  campaignId: number;
  organizationId: number;
  pledged: string;
  confirmed: string;
  livePledges: number;
}

/**
 * The per-company counters as stored, and the same recomputed from the Pledge rows. Totals are
 * read from the counters, so a pledge done twice or lost shows up as a difference here. Rows that
 * are all zero are left out: a cancelled company's counter row may stay at zero.
 */
export async function countersAndRecount(db: DbClient): Promise<{ stored: PartnerTotalRow[]; recomputed: PartnerTotalRow[] }> {
  const [stored, recomputed] = await Promise.all([
    db.$queryRaw<PartnerTotalRow[]>`
      SELECT "campaignId", "organizationId", pledged::text AS pledged, confirmed::text AS confirmed, "livePledges"
      FROM "CampaignPartnerTotal"
      WHERE pledged <> 0 OR confirmed <> 0 OR "livePledges" <> 0
      ORDER BY 1, 2`,
    db.$queryRaw<PartnerTotalRow[]>`
      SELECT "campaignId", "organizationId",
        COALESCE(SUM(amount) FILTER (WHERE status IN ('pledged', 'transfer_reported', 'confirmed', 'delivered')), 0)::text AS pledged,
        COALESCE(SUM(amount) FILTER (WHERE status IN ('confirmed', 'delivered')), 0)::text AS confirmed,
        (COUNT(*) FILTER (WHERE status IN ('pledged', 'transfer_reported', 'confirmed', 'delivered')))::int AS "livePledges"
      FROM "Pledge"
      GROUP BY 1, 2
      HAVING COUNT(*) FILTER (WHERE status IN ('pledged', 'transfer_reported', 'confirmed', 'delivered')) > 0
      ORDER BY 1, 2`,
  ]);
  return { stored, recomputed };
}
