import * as z from "zod";
import type { Db } from "../../db/database.js";
import type { CampaignUpdate } from "../../generated/prisma/client.js";
import { UserError } from "../user-error.js";
import { findCampaignByCode } from "./campaign-code.js";

export const postCampaignUpdateInput = z.object({
  code: z.string(),
  text: z.string().trim().min(1).max(900),
  /** Beneficiaries reached so far, per goal key: the latest figure, not an increment. */
  reached: z.record(z.string(), z.number().int().min(0).max(100_000_000)),
  actor: z.string().min(1),
});

/**
 * Posts a staff update and moves the campaign's goals to the reached figures it gives, in one
 * transaction. A figure for a goal the campaign does not have is refused, naming the valid ones.
 */
export async function postCampaignUpdate(db: Db, input: z.input<typeof postCampaignUpdateInput>): Promise<CampaignUpdate> {
  const data = postCampaignUpdateInput.parse(input);
  const campaign = await findCampaignByCode(db, data.code);
  const goals = await db.campaignGoal.findMany({ where: { campaignId: campaign.id } });
  const known = new Set(goals.map((goal) => goal.key));
  const unknown = Object.keys(data.reached).find((key) => !known.has(key));
  if (unknown) {
    throw new UserError("error-unknown-goal", { goal: unknown, goals: [...known].join(", ") || "-" });
  }
  return db.$transaction(async (tx) => {
    for (const [key, reached] of Object.entries(data.reached)) {
      await tx.campaignGoal.update({ where: { campaignId_key: { campaignId: campaign.id, key } }, data: { reached } });
    }
    const update = await tx.campaignUpdate.create({
      data: { campaignId: campaign.id, text: data.text, reached: data.reached, author: data.actor },
    });
    await tx.auditLog.create({
      data: {
        actor: data.actor,
        action: "campaign.update",
        entity: "Campaign",
        entityId: campaign.code,
        before: Object.fromEntries(goals.map((goal) => [goal.key, goal.reached])),
        after: { text: data.text, reached: data.reached },
      },
    });
    return update;
  });
}
