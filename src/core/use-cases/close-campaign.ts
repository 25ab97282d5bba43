import { inTransaction, type DbClient } from "../../db/database.js";
import type { Campaign } from "../../generated/prisma/client.js";
import type { Notifier } from "../notifier.js";
import { UserError } from "../user-error.js";
import { readCampaignCode } from "./campaign-code.js";
import { sendCsrCertificates } from "./send-csr-certificates.js";

/**
 * Closes a campaign to new pledges; existing pledges keep moving through their lifecycle. The
 * status guard in the UPDATE makes a staff /close and the nightly closing race safely. With a
 * notifier, every company that gave gets its CSR certificate in the same transaction; seeding
 * historic campaigns passes none.
 */
export async function closeCampaign(db: DbClient, input: { code: string; actor: string; now: Date }, notify?: Notifier): Promise<Campaign> {
  const code = readCampaignCode(input.code);
  return inTransaction(db, async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { code } });
    if (!campaign) throw new UserError("error-unknown-campaign", { code });
    const [closed] = await tx.campaign.updateManyAndReturn({ where: { id: campaign.id, status: { not: "closed" } }, data: { status: "closed", closedAt: input.now } });
    if (!closed) throw new UserError("error-campaign-already-closed", { code });
    await tx.auditLog.create({
      data: { actor: input.actor, action: "campaign.close", entity: "Campaign", entityId: code, before: { status: campaign.status }, after: { status: closed.status } },
    });
    if (notify) await sendCsrCertificates(tx, closed, notify);
    return closed;
  });
}
