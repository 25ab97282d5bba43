import * as z from "zod";
import { inTransaction, type DbClient } from "../../db/database.js";
import type { Campaign, Member, Organization, Pledge, PledgeKind, PledgeStatus } from "../../generated/prisma/client.js";
import type { Notifier } from "../notifier.js";
import { UserError } from "../user-error.js";
import { pledgeWhat } from "../views/pledge-view.js";
import { issueReceipt } from "./issue-receipt.js";
import { applyPledgeToTotals } from "./pledge-totals.js";
import { recordAudit } from "./record-audit.js";

interface Transition {
  from: readonly PledgeStatus[];
  to: PledgeStatus;
  /** Partners act on their own company's pledges; staff on any. */
  by: "partner" | "staff";
  kinds: readonly PledgeKind[];
}

/**
 * The pledge lifecycle: pledged → transfer reported → confirmed → delivered (goods), or
 * cancelled / rejected. Goods are confirmed before they can be marked delivered.
 */
export const PLEDGE_TRANSITIONS = {
  "report-paid": { from: ["pledged"], to: "transfer_reported", by: "partner", kinds: ["cash"] },
  cancel: { from: ["pledged", "transfer_reported"], to: "cancelled", by: "partner", kinds: ["cash", "goods"] },
  confirm: { from: ["pledged", "transfer_reported"], to: "confirmed", by: "staff", kinds: ["cash", "goods"] },
  reject: { from: ["pledged", "transfer_reported"], to: "rejected", by: "staff", kinds: ["cash", "goods"] },
  deliver: { from: ["confirmed"], to: "delivered", by: "staff", kinds: ["goods"] },
} as const satisfies Record<string, Transition>;
export type PledgeAction = keyof typeof PLEDGE_TRANSITIONS;

export const changePledgeStatusInput = z.object({
  pledgeId: z.number().int().positive().max(2_147_483_647),
  action: z.enum(Object.keys(PLEDGE_TRANSITIONS) as [PledgeAction, ...PledgeAction[]]),
  actor: z.object({
    identity: z.string().min(1),
    organizationId: z.number().int().nullable(),
    /** The member acting, when a person acts (not an import). */
    memberId: z.number().int().optional(),
    /** How the person is named to colleagues. */
    name: z.string().optional(),
  }),
  reason: z.string().trim().min(1).max(500).optional(),
  /** The transfer slip a partner sent with `/paid` (a StoredFile id): kept on the pledge and shown to staff. */
  proofFileId: z.number().int().positive().optional(),
});

type PledgeWithParties = Pledge & { campaign: Campaign; organization: Organization; member: Member };

/**
 * The pledge an action may be taken on, or the reason it may not: another company's pledge reads
 * exactly like one that does not exist, so no one can tell which pledge numbers there are by
 * asking about them. `/paid` asks this before it asks for the slip.
 */
export async function pledgeForAction(db: DbClient, pledgeId: number, action: PledgeAction, actorOrganizationId: number | null): Promise<PledgeWithParties> {
  const transition: Transition = PLEDGE_TRANSITIONS[action];
  const pledge = await db.pledge.findUnique({ where: { id: pledgeId }, include: { campaign: true, organization: true, member: true } });
  if (!pledge || (transition.by === "partner" && pledge.organizationId !== actorOrganizationId)) {
    throw new UserError("error-no-such-pledge", { id: pledgeId });
  }
  if (!transition.kinds.includes(pledge.kind)) throw new UserError(`error-${action}-wrong-kind`, { id: pledgeId });
  if (!transition.from.includes(pledge.status)) {
    throw new UserError(action === "deliver" && pledge.status === "pledged" ? "error-deliver-before-confirm" : "error-pledge-wrong-status", { id: pledgeId, status: pledge.status });
  }
  return pledge;
}

/**
 * Moves one pledge through its lifecycle, updates the campaign counters, writes the audit log
 * and tells the people concerned, all in one transaction. The status guard in the UPDATE makes
 * two racing staff actions safe.
 *
 * The pledge's person hears of a confirmation (with its PDF receipt, numbered in this
 * transaction), a rejection (with the reason), a delivery, and a cancellation by a colleague;
 * staff hear of a reported transfer. Seeding historic records passes no notifier: it tells nobody
 * and issues no receipt.
 */
export async function changePledgeStatus(db: DbClient, input: z.input<typeof changePledgeStatusInput>, notify?: Notifier): Promise<Pledge> {
  const { pledgeId, action, actor, reason, proofFileId } = changePledgeStatusInput.parse(input);
  const transition: Transition = PLEDGE_TRANSITIONS[action];
  if (action === "reject" && !reason) throw new UserError("error-reject-needs-reason");

  return inTransaction(db, async (tx) => {
    const pledge = await pledgeForAction(tx, pledgeId, action, actor.organizationId);
    const updated = await tx.pledge.updateManyAndReturn({
      where: { id: pledgeId, status: pledge.status },
      data: { status: transition.to, statusReason: reason ?? null, ...(proofFileId !== undefined && { proofFileId }) },
    });
    const [after] = updated;
    if (!after) throw new UserError("error-pledge-changed-meanwhile", { id: pledgeId });
    await applyPledgeToTotals(tx, pledge, pledge.status, after.status);
    await recordAudit(tx, {
      actor: actor.identity,
      action: `pledge.${action}`,
      entity: "Pledge",
      entityId: String(pledgeId),
      before: { status: pledge.status, statusReason: pledge.statusReason },
      after: { status: after.status, statusReason: after.statusReason, ...(proofFileId !== undefined && { proofFileId }) },
    });
    if (notify) {
      const about = (ctx: Parameters<typeof pledgeWhat>[0]) => ({ id: pledgeId, code: pledge.campaign.code, what: pledgeWhat(ctx, pledge) });
      const requestKey = `pledge:${pledgeId}:${action}`;
      if (action === "report-paid") {
        await notify.staff({
          requestKey,
          write: (ctx) => ctx.t("notice-transfer-reported", { ...about(ctx), company: pledge.organization.name }),
          choices: (ctx) => [[{ label: ctx.t("choice-confirm"), value: `/confirm ${pledgeId}` }, { label: ctx.t("choice-pending"), value: "/pending" }]],
          ...(proofFileId !== undefined && { attachments: { id: proofFileId } }),
        });
      } else if (action !== "cancel" || actor.memberId !== pledge.memberId) {
        const by = actor.name ?? actor.identity;
        const receipt = action === "confirm" ? await issueReceipt(tx, pledge, { confirmedBy: by, viewIn: notify.viewIn }) : undefined;
        await notify.member(pledge.memberId, {
          requestKey,
          write: (ctx) => {
            const notice = ctx.t(`notice-pledge-${action}`, { ...about(ctx), reason: reason ?? "", by });
            return receipt ? `${notice}\n${ctx.t("notice-receipt-attached", { number: receipt.number })}` : notice;
          },
          // One receipt, in the company's language, whoever reads it.
          ...(receipt && { attachments: { id: receipt.fileId } }),
        });
      }
    }
    return after;
  });
}
