import { inTransaction, type DbClient } from "../../db/database.js";
import type { Campaign } from "../../generated/prisma/client.js";
import { jakartaToday } from "../jakarta-time.js";
import { UserError } from "../user-error.js";
import { readCampaignCode } from "./campaign-code.js";

/**
 * `/reopen CODE [END DATE]` (staff): a closed campaign takes pledges again. One whose end date
 * has passed needs a new one, or the nightly closing would close it again at once. Audited.
 */
export async function reopenCampaign(db: DbClient, input: { code: string; endsOn?: Date; actor: string; now: Date }): Promise<Campaign> {
  const code = readCampaignCode(input.code);
  return inTransaction(db, async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { code } });
    if (!campaign) throw new UserError("error-unknown-campaign", { code });
    if (campaign.status !== "closed") throw new UserError("error-campaign-not-closed", { code });
    const endsOn = input.endsOn ?? campaign.endsOn;
    if (endsOn < jakartaToday(input.now)) throw new UserError("reopen-needs-end-date", { code });
    if (endsOn < campaign.startsOn) throw new UserError("newcampaign-end-before-start");
    const [reopened] = await tx.campaign.updateManyAndReturn({ where: { id: campaign.id, status: "closed" }, data: { status: "active", closedAt: null, endsOn } });
    if (!reopened) throw new UserError("error-campaign-not-closed", { code });
    await tx.auditLog.create({
      data: {
        actor: input.actor,
        action: "campaign.reopen",
        entity: "Campaign",
        entityId: code,
        before: { status: campaign.status, endsOn: campaign.endsOn.toISOString().slice(0, 10) },
        after: { status: reopened.status, endsOn: reopened.endsOn.toISOString().slice(0, 10) },
      },
    });
    return reopened;
  });
}
