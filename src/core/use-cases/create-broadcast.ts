import * as z from "zod";
import { inTransaction, type DbClient } from "../../db/database.js";
import type { OutboxPort } from "../ports.js";
import type { Broadcast } from "../../generated/prisma/client.js";
import { MAX_TEXT_LENGTH } from "../messages.js";
import { UserError } from "../user-error.js";

/** The audiences staff may choose in /broadcast; the bot's own (staff, one member) are not offered. */
export const STAFF_AUDIENCES = ["campaign_subscribers", "campaign_partners", "unpaid_partners", "all_subscribers"] as const;
export type StaffAudience = (typeof STAFF_AUDIENCES)[number];

/** Audiences about one campaign: the flow asks which. */
export const CAMPAIGN_AUDIENCES: readonly StaffAudience[] = ["campaign_subscribers", "campaign_partners"];

const broadcastText = z.string().trim().min(1).max(MAX_TEXT_LENGTH);

export const createBroadcastInput = z.object({
  audience: z.enum(STAFF_AUDIENCES),
  campaignId: z.number().int().nullable(),
  texts: z.object({ id: broadcastText, ko: broadcastText.optional(), en: broadcastText.optional() }),
  sendAt: z.date(),
  urgent: z.boolean(),
  createdById: z.number().int(),
  /** One per confirmed flow: a double-tapped confirm queues the broadcast once. */
  requestKey: z.string().min(1),
  actor: z.string().min(1),
});

/**
 * Queues a staff broadcast: the broadcast and a delivery per recipient in one transaction, and an
 * audit entry. Text that is empty or too long, or a campaign audience without a campaign, is refused.
 */
export async function createBroadcast(db: DbClient, outbox: OutboxPort, input: z.input<typeof createBroadcastInput>): Promise<Broadcast> {
  const parsed = createBroadcastInput.safeParse(input);
  if (!parsed.success) throw new UserError("broadcast-bad-text", { max: MAX_TEXT_LENGTH });
  const data = parsed.data;
  if (CAMPAIGN_AUDIENCES.includes(data.audience) && data.campaignId === null) throw new UserError("broadcast-ask-campaign");
  return inTransaction(db, async (tx) => {
    const broadcast = await outbox.enqueue(tx, {
      kind: "staff",
      audience: data.audience,
      campaignId: data.campaignId,
      texts: data.texts,
      sendAt: data.sendAt,
      urgent: data.urgent,
      createdById: data.createdById,
      requestKey: data.requestKey,
  });
  await tx.auditLog.create({
    data: {
      actor: data.actor,
      action: "broadcast.create",
      entity: "Broadcast",
      entityId: String(broadcast.id),
      after: { number: broadcast.number, audience: data.audience, campaignId: data.campaignId, recipients: broadcast.recipients, sendAt: data.sendAt.toISOString(), urgent: data.urgent },
    },
  });
  return broadcast;
  });
}
