import { sqlIn, type DbTransaction } from "../../db/database.js";
import type { PledgeStatus } from "../../generated/prisma/client.js";

const LIVE: ReadonlySet<PledgeStatus> = new Set(["pledged", "transfer_reported", "confirmed", "delivered"]);
const CONFIRMED: ReadonlySet<PledgeStatus> = new Set(["confirmed", "delivered"]);

/**
 * Moves a pledge's amount between the per-company counters when its status changes, inside the
 * caller's transaction. `from` is undefined for a new pledge. An atomic increment keeps
 * concurrent pledges exact.
 */
export async function applyPledgeToTotals(
  tx: DbTransaction,
  pledge: { campaignId: number; organizationId: number; amount: bigint },
  from: PledgeStatus | undefined,
  to: PledgeStatus,
): Promise<void> {
  const weight = (set: ReadonlySet<PledgeStatus>, status: PledgeStatus | undefined) => (status && set.has(status) ? 1 : 0);
  const liveDelta = weight(LIVE, to) - weight(LIVE, from);
  const confirmedDelta = weight(CONFIRMED, to) - weight(CONFIRMED, from);
  if (liveDelta === 0 && confirmedDelta === 0) return;
  // On every pledge: one plain statement, not an upsert Prisma plans each time.
  await sqlIn(tx).query(
    `INSERT INTO "CampaignPartnerTotal" ("campaignId", "organizationId", pledged, confirmed, "livePledges") VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ("campaignId", "organizationId") DO UPDATE SET pledged = "CampaignPartnerTotal".pledged + EXCLUDED.pledged,
       confirmed = "CampaignPartnerTotal".confirmed + EXCLUDED.confirmed, "livePledges" = "CampaignPartnerTotal"."livePledges" + EXCLUDED."livePledges"`,
    [pledge.campaignId, pledge.organizationId, BigInt(liveDelta) * pledge.amount, BigInt(confirmedDelta) * pledge.amount, liveDelta],
  );
}
