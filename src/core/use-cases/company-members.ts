import { inTransaction, type DbClient } from "../../db/database.js";
import type { JoinRequest, Member, Organization } from "../../generated/prisma/client.js";
import type { Notifier } from "../notifier.js";
import { UserError } from "../user-error.js";
import type { Decider } from "./decide-join-request.js";
import { findOrganizationByName } from "./register-organization.js";

export interface CompanyMembers {
  organization: Organization;
  members: Member[];
  pending: JoinRequest[];
}

/**
 * The company a person may see the contacts of: their own, or for staff the one they name. A
 * company they may not see reads like one that does not exist.
 */
async function visibleCompany(db: DbClient, decider: Decider, companyName: string): Promise<Organization> {
  if (companyName) {
    const named = await findOrganizationByName(db, companyName);
    if (named && (decider.isStaff || named.id === decider.organizationId)) return named;
    throw new UserError("error-unknown-company", { company: companyName.slice(0, 120) });
  }
  if (decider.organizationId === null) throw new UserError(decider.isStaff ? "usage-members" : "error-register-first");
  return db.organization.findUniqueOrThrow({ where: { id: decider.organizationId } });
}

/** `/members [COMPANY]`: who acts for the company, and who asked to. */
export async function listCompanyMembers(db: DbClient, decider: Decider, companyName: string): Promise<CompanyMembers> {
  const organization = await visibleCompany(db, decider, companyName);
  const [members, pending] = await Promise.all([
    db.member.findMany({ where: { organizationId: organization.id }, orderBy: { id: "asc" } }),
    db.joinRequest.findMany({ where: { organizationId: organization.id, status: "pending" }, orderBy: { id: "asc" } }),
  ]);
  return { organization, members, pending };
}

/**
 * `/members remove ID`: a contact of the company or staff take someone off it (leaving, for
 * oneself). Their pledges stay the company's; they are told, and it is audited.
 */
export async function removeCompanyMember(db: DbClient, input: { memberId: number; decider: Decider }, notify: Notifier): Promise<Member & { organization: Organization }> {
  return inTransaction(db, async (tx) => {
    const member = await tx.member.findUnique({ where: { id: input.memberId }, include: { organization: true } });
    const organization = member?.organization;
    if (!member || !organization || !(input.decider.isStaff || input.decider.organizationId === organization.id)) {
      throw new UserError("member-not-found", { id: input.memberId });
    }
    const [removed] = await tx.member.updateManyAndReturn({ where: { id: member.id, organizationId: organization.id }, data: { organizationId: null } });
    if (!removed) throw new UserError("member-not-found", { id: input.memberId });
    const audit = await tx.auditLog.create({
      data: {
        actor: input.decider.identity,
        action: "member.remove",
        entity: "Member",
        entityId: String(member.id),
        before: { organizationId: organization.id },
        after: { organizationId: null },
      },
    });
    await notify.member(member.id, { requestKey: `member-removed:${audit.id}`, write: (ctx) => ctx.t("notice-member-removed", { company: organization.name }) });
    return { ...member, organization };
  });
}
