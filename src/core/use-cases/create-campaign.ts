import * as z from "zod";
import { inTransaction, type DbClient } from "../../db/database.js";
import type { Campaign } from "../../generated/prisma/client.js";
import { MAX_AMOUNT_RUPIAH } from "../money/parse-amount.js";
import { UserError } from "../user-error.js";
import { campaignCodeSchema } from "./campaign-code.js";
import { localizedTextSchema } from "./localized-text.js";

export const goalKeySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z_]{1,30}$/);

export const createCampaignInput = z
  .object({
    code: campaignCodeSchema,
    title: localizedTextSchema,
    story: localizedTextSchema,
    target: z.bigint().positive().max(MAX_AMOUNT_RUPIAH),
    startsOn: z.date(),
    endsOn: z.date(),
    goals: z.array(z.object({ key: goalKeySchema, target: z.number().int().positive().max(100_000_000) })).max(10),
    regions: z.array(z.string().trim().min(1).max(60)).max(30),
    isDemo: z.boolean().default(false),
    bankName: z.string().trim().min(2).max(80).optional(),
    bankAccount: z.string().trim().min(2).max(40).optional(),
    bankHolder: z.string().trim().min(2).max(120).optional(),
    goodsInstructions: localizedTextSchema.optional(),
    status: z.enum(["draft", "active"]).default("active"),
    actor: z.string().min(1),
  })
  .refine((campaign) => campaign.endsOn >= campaign.startsOn, { message: "endsOn before startsOn" });

/** Creates a campaign with its goals, and audits who created it. */
export async function createCampaign(db: DbClient, input: z.input<typeof createCampaignInput>): Promise<Campaign> {
  const { goals, actor, ...data } = createCampaignInput.parse(input);
  return inTransaction(db, async (tx) => {
    if (await tx.campaign.findUnique({ where: { code: data.code } })) {
      throw new UserError("error-campaign-code-taken", { code: data.code });
    }
    const campaign = await tx.campaign.create({ data: { ...data, goals: { create: goals } } });
    await tx.auditLog.create({
      data: {
        actor,
        action: "campaign.create",
        entity: "Campaign",
        entityId: campaign.code,
        after: { ...data, target: data.target.toString(), goals },
      },
    });
    return campaign;
  });
}
