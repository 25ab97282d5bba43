import { inTransaction, type DbClient } from "../../db/database.js";
import type { JoinRequest, Organization } from "../../generated/prisma/client.js";
import type { Notifier } from "../notifier.js";
import { UserError } from "../user-error.js";

/** Who decides: staff, or a person already acting for the company asked about. */
export interface Decider {
  identity: string;
  organizationId: number | null;
  isStaff: boolean;
}

/**
 * `/approve ID` or `/decline ID`: a contact of the company or staff decide a join request,
 * in one transaction with the link it makes, the audit entry and the message to the person who
 * asked. A request of another company reads like one that does not exist.
 */
export async function decideJoinRequest(
  db: DbClient,
  input: { requestId: number; approve: boolean; decider: Decider; now: Date },
  notify: Notifier,
): Promise<JoinRequest & { organization: Organization }> {
  return inTransaction(db, async (tx) => {
    const request = await tx.joinRequest.findUnique({ where: { id: input.requestId }, include: { organization: true, member: true } });
    const mayDecide = request && (input.decider.isStaff || input.decider.organizationId === request.organizationId);
    if (!request || !mayDecide) throw new UserError("join-request-not-found", { id: input.requestId });
    if (request.status !== "pending") throw new UserError("join-request-decided", { id: request.id, status: request.status });
    // Meanwhile registered a company of their own: nothing left to approve.
    const status = input.approve ? (request.member.organizationId === null ? "approved" : "withdrawn") : "declined";
    const [decided] = await tx.joinRequest.updateManyAndReturn({
      where: { id: request.id, status: "pending" },
      data: { status, decidedBy: input.decider.identity, decidedAt: input.now },
    });
    if (!decided) throw new UserError("join-request-decided", { id: request.id, status: "?" });
    if (status === "approved") {
      await tx.member.update({ where: { id: request.memberId }, data: { organizationId: request.organizationId, contactName: request.contactName } });
    }
    await tx.auditLog.create({
      data: {
        actor: input.decider.identity,
        action: input.approve ? "join.approve" : "join.decline",
        entity: "JoinRequest",
        entityId: String(request.id),
        before: { status: "pending" },
        after: { status, memberId: request.memberId, organizationId: request.organizationId },
      },
    });
    await notify.member(request.memberId, {
      requestKey: `join:${request.id}:${status}`,
      write: (ctx) => ctx.t(`notice-join-${status}`, { company: request.organization.name, id: request.id }),
      ...(status === "approved" && { choices: (ctx) => [[{ label: ctx.t("choice-pledge"), value: "/pledge" }]] }),
    });
    return { ...decided, organization: request.organization };
  });
}
