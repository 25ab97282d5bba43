import type { Db } from "../../db/database.js";
import type { Campaign } from "../../generated/prisma/client.js";
import { UserError } from "../user-error.js";
import { findCampaignByCode } from "./campaign-code.js";

/** Closes a campaign to new pledges; existing pledges keep moving through their lifecycle. */
export async function closeCampaign(db: Db, input: { code: string; actor: string; now: Date }): Promise<Campaign> {
  const campaign = await findCampaignByCode(db, input.code);
  if (campaign.status === "closed") throw new UserError("error-campaign-already-closed", { code: campaign.code });
  return db.$transaction(async (tx) => {
    const closed = await tx.campaign.update({ where: { id: campaign.id }, data: { status: "closed", closedAt: input.now } });
    await tx.auditLog.create({
      data: {
        actor: input.actor,
        action: "campaign.close",
        entity: "Campaign",
        entityId: campaign.code,
        before: { status: campaign.status },
        after: { status: closed.status },
      },
    });
    return closed;
  });
}
