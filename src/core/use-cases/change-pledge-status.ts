import * as z from "zod";
import type { Db } from "../../db/database.js";
import type { Pledge, PledgeKind, PledgeStatus } from "../../generated/prisma/client.js";
import { UserError } from "../user-error.js";
import { applyPledgeToTotals } from "./pledge-totals.js";

interface Transition {
  from: readonly PledgeStatus[];
  to: PledgeStatus;
  /** Partners act on their own company's pledges; staff on any. */
  by: "partner" | "staff";
  kinds: readonly PledgeKind[];
}

/** The pledge lifecycle: pledged → transfer reported → confirmed → delivered, or cancelled / rejected. */
export const PLEDGE_TRANSITIONS = {
  "report-paid": { from: ["pledged"], to: "transfer_reported", by: "partner", kinds: ["cash"] },
  cancel: { from: ["pledged", "transfer_reported"], to: "cancelled", by: "partner", kinds: ["cash", "goods"] },
  confirm: { from: ["pledged", "transfer_reported"], to: "confirmed", by: "staff", kinds: ["cash", "goods"] },
  reject: { from: ["pledged", "transfer_reported"], to: "rejected", by: "staff", kinds: ["cash", "goods"] },
  deliver: { from: ["pledged", "confirmed"], to: "delivered", by: "staff", kinds: ["goods"] },
} as const satisfies Record<string, Transition>;
export type PledgeAction = keyof typeof PLEDGE_TRANSITIONS;

export const changePledgeStatusInput = z.object({
  pledgeId: z.number().int().positive().max(2_147_483_647),
  action: z.enum(Object.keys(PLEDGE_TRANSITIONS) as [PledgeAction, ...PledgeAction[]]),
  actor: z.object({ identity: z.string().min(1), organizationId: z.number().int().nullable() }),
  reason: z.string().trim().min(1).max(500).optional(),
});

/**
 * Moves one pledge through its lifecycle, updates the campaign counters and writes the audit log,
 * all in one transaction. The status guard in the UPDATE makes two racing staff actions safe.
 */
export async function changePledgeStatus(db: Db, input: z.input<typeof changePledgeStatusInput>): Promise<Pledge> {
  const { pledgeId, action, actor, reason } = changePledgeStatusInput.parse(input);
  const transition: Transition = PLEDGE_TRANSITIONS[action];
  if (action === "reject" && !reason) throw new UserError("error-reject-needs-reason");

  return db.$transaction(async (tx) => {
    const pledge = await tx.pledge.findUnique({ where: { id: pledgeId } });
    if (!pledge) throw new UserError("error-unknown-pledge", { id: pledgeId });
    if (transition.by === "partner" && pledge.organizationId !== actor.organizationId) {
      throw new UserError("error-not-your-pledge", { id: pledgeId });
    }
    if (!transition.kinds.includes(pledge.kind)) throw new UserError(`error-${action}-wrong-kind`, { id: pledgeId });
    if (!transition.from.includes(pledge.status)) {
      throw new UserError("error-pledge-wrong-status", { id: pledgeId, status: pledge.status });
    }
    const updated = await tx.pledge.updateManyAndReturn({
      where: { id: pledgeId, status: pledge.status },
      data: { status: transition.to, statusReason: reason ?? null },
    });
    const [after] = updated;
    if (!after) throw new UserError("error-pledge-changed-meanwhile", { id: pledgeId });
    await applyPledgeToTotals(tx, pledge, pledge.status, after.status);
    await tx.auditLog.create({
      data: {
        actor: actor.identity,
        action: `pledge.${action}`,
        entity: "Pledge",
        entityId: String(pledgeId),
        before: { status: pledge.status, statusReason: pledge.statusReason },
        after: { status: after.status, statusReason: after.statusReason },
      },
    });
    return after;
  });
}
