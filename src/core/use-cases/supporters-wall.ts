import type { DbClient } from "../../db/database.js";

/** One company on a campaign's wall; `company` is absent for a company that asked to stay anonymous. */
export interface WallEntry {
  company?: string;
  confirmed: bigint;
  pledged: bigint;
}

/**
 * The supporters' wall, largest confirmed first, as `/top` and the campaign web page show it.
 * An anonymous company's name never leaves this function, so no view can show it by mistake.
 */
export async function loadSupportersWall(db: DbClient, campaignId: number, size: number): Promise<WallEntry[]> {
  const rows = await db.campaignPartnerTotal.findMany({
    where: { campaignId, livePledges: { gt: 0 } },
    orderBy: [{ confirmed: "desc" }, { pledged: "desc" }, { organizationId: "asc" }],
    take: size,
    include: { organization: { select: { name: true, anonymous: true } } },
  });
  return rows.map((row) => ({
    ...(!row.organization.anonymous && { company: row.organization.name }),
    confirmed: row.confirmed,
    pledged: row.pledged,
  }));
}
