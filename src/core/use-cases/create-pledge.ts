import * as z from "zod";
import { inTransaction, type DbClient } from "../../db/database.js";
import { Prisma, type Pledge } from "../../generated/prisma/client.js";
import { jakartaToday } from "../jakarta-time.js";
import { MAX_AMOUNT_RUPIAH } from "../money/parse-amount.js";
import { UserError } from "../user-error.js";
import { applyPledgeToTotals } from "./pledge-totals.js";

export const createPledgeInput = z
  .object({
    campaignId: z.number().int().positive(),
    organizationId: z.number().int().positive(),
    memberId: z.number().int().positive(),
    kind: z.enum(["cash", "goods"]),
    amount: z.bigint().positive().max(MAX_AMOUNT_RUPIAH),
    itemDescription: z.string().trim().min(1).max(200).optional(),
    itemQuantity: z.number().int().positive().max(1_000_000).optional(),
    itemUnitValue: z.bigint().positive().optional(),
    note: z.string().trim().max(500).optional(),
    sourceMessageId: z.string().min(1).max(300),
    /** The pledge is made now: the campaign must still be open today (Jakarta). Historic imports leave it out. */
    now: z.date().optional(),
  })
  .refine((pledge) => pledge.kind === "cash" || (pledge.itemDescription && pledge.itemQuantity && pledge.itemUnitValue), {
    message: "goods pledges need a description, a quantity and a unit value",
  });

/**
 * Records a confirmed pledge and adds it to the campaign's counters in one transaction. The same
 * source message can only ever create one pledge: a redelivery returns the pledge already made.
 */
export async function createPledge(db: DbClient, input: z.input<typeof createPledgeInput>): Promise<{ pledge: Pledge; created: boolean }> {
  const { now, ...data } = createPledgeInput.parse(input);
  try {
    const made = await inTransaction(db, async (tx) => {
      const existing = await tx.pledge.findUnique({ where: { sourceMessageId: data.sourceMessageId } });
      if (existing) return { pledge: existing, created: false };
      // Read in the transaction that writes: a campaign closed a moment ago takes no pledge.
      const campaign = await tx.campaign.findUnique({ where: { id: data.campaignId }, select: { status: true, code: true, endsOn: true } });
      const open = campaign?.status === "active" && (!now || campaign.endsOn >= jakartaToday(now));
      if (!open) throw new UserError("error-campaign-not-active", { code: campaign?.code ?? "?" });
      const pledge = await tx.pledge.create({ data });
      await applyPledgeToTotals(tx, pledge, undefined, pledge.status);
      return { pledge, created: true };
    });
    return made;
  } catch (error) {
    // Two standalone calls racing on one source message: the other one made it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const pledge = await db.pledge.findUniqueOrThrow({ where: { sourceMessageId: data.sourceMessageId } });
      return { pledge, created: false };
    }
    throw error;
  }
}
