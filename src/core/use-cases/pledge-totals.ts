import type { DbTransaction } from "../../db/database.js";
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
  const pledged = BigInt(liveDelta) * pledge.amount;
  const confirmed = BigInt(confirmedDelta) * pledge.amount;
  await tx.campaignPartnerTotal.upsert({
    where: { campaignId_organizationId: { campaignId: pledge.campaignId, organizationId: pledge.organizationId } },
    create: {
      campaignId: pledge.campaignId,
      organizationId: pledge.organizationId,
      pledged,
      confirmed,
      livePledges: liveDelta,
    },
    update: {
      pledged: { increment: pledged },
      confirmed: { increment: confirmed },
      livePledges: { increment: liveDelta },
    },
  });
}
