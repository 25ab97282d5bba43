import * as z from "zod";
import { inTransaction, sqlIn, type DbClient } from "../../db/database.js";
import type { Campaign, Pledge } from "../../generated/prisma/client.js";
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

/** A pledge's columns as `createPledge` writes them, in order. */
const PLEDGE_COLUMNS = `"campaignId", "organizationId", "memberId", kind, amount, "itemDescription", "itemQuantity", "itemUnitValue", note, "sourceMessageId", "createdAt", "updatedAt"`;

/**
 * Records a confirmed pledge and adds it to the campaign's counters in one transaction. The same
 * source message can only ever create one pledge: a redelivery returns the pledge already made,
 * and of two calls racing on one source message the second waits for the first and returns its
 * pledge. It runs on every confirmed pledge, so its statements are plain SQL (see `sqlIn`).
 */
export async function createPledge(db: DbClient, input: z.input<typeof createPledgeInput>): Promise<{ pledge: Pledge; created: boolean }> {
  const { now, ...data } = createPledgeInput.parse(input);
  return inTransaction(db, async (tx) => {
    const sql = sqlIn(tx);
    const existing = () => sql.query<Pledge>(`SELECT * FROM "Pledge" WHERE "sourceMessageId" = $1`, [data.sourceMessageId]);
    // The pledge this message made already, and the campaign read in the transaction that writes
    // (a campaign closed a moment ago takes no pledge), in one round trip.
    const [found] = await sql.query<Partial<Pledge> & { campaignStatus: Campaign["status"] | null; campaignCode: string | null; campaignEndsOn: Date | null }>(
      `SELECT p.*, c.status AS "campaignStatus", c.code AS "campaignCode", c."endsOn" AS "campaignEndsOn"
       FROM (SELECT 1) AS one LEFT JOIN "Pledge" p ON p."sourceMessageId" = $1 LEFT JOIN "Campaign" c ON c.id = $2`,
      [data.sourceMessageId, data.campaignId],
    );
    const { campaignStatus, campaignCode, campaignEndsOn, ...made } = found!;
    if (made.id !== null) return { pledge: made as Pledge, created: false };
    const open = campaignStatus === "active" && (!now || campaignEndsOn! >= jakartaToday(now));
    if (!open) throw new UserError("error-campaign-not-active", { code: campaignCode ?? "?" });
    const written = new Date();
    const [pledge] = await sql.query<Pledge>(
      `INSERT INTO "Pledge" (${PLEDGE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
       ON CONFLICT ("sourceMessageId") DO NOTHING RETURNING *`,
      [data.campaignId, data.organizationId, data.memberId, data.kind, data.amount, data.itemDescription ?? null, data.itemQuantity ?? null, data.itemUnitValue ?? null, data.note ?? null, data.sourceMessageId, written],
    );
    // A concurrent call with this source message committed it meanwhile: that one is the pledge.
    if (!pledge) return { pledge: (await existing())[0]!, created: false };
    await applyPledgeToTotals(tx, pledge, undefined, pledge.status);
    return { pledge, created: true };
  });
}
