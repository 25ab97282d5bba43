import * as z from "zod";
import { inTransaction, type DbClient } from "../../db/database.js";
import type { JoinRequest, Organization } from "../../generated/prisma/client.js";
import type { Notifier } from "../notifier.js";
import { UserError } from "../user-error.js";

export const registerOrganizationInput = z.object({
  memberId: z.number().int().positive(),
  companyName: z.string().trim().min(2).max(120),
  contactName: z.string().trim().min(1).max(120),
  city: z.string().trim().min(2).max(80),
  anonymous: z.boolean(),
});

/** The key that lets "PT  Maju Jaya" and "pt maju jaya" find the same company. */
export function organizationKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

export async function findOrganizationByName(db: DbClient, name: string): Promise<Organization | null> {
  return db.organization.findUnique({ where: { nameKey: organizationKey(name) } });
}

/**
 * Registers a new company with the person as its first contact. A company that exists by now
 * (someone registered it meanwhile) is not joined here: that takes a join request.
 */
export async function registerOrganization(db: DbClient, input: z.input<typeof registerOrganizationInput>): Promise<Organization> {
  const data = registerOrganizationInput.parse(input);
  return inTransaction(db, async (tx) => {
    const nameKey = organizationKey(data.companyName);
    if (await tx.organization.findUnique({ where: { nameKey } })) throw new UserError("register-company-exists-now", { company: data.companyName });
    const organization = await tx.organization.create({ data: { name: data.companyName, nameKey, city: data.city, anonymous: data.anonymous } });
    await tx.member.update({ where: { id: data.memberId }, data: { organizationId: organization.id, contactName: data.contactName } });
    return organization;
  });
}

/**
 * Asks to act for a company that already exists. Until a contact of the company or staff
 * approve, the person is linked to nothing; they are all told, on their own channels, with
 * approve and decline choices. One pending request per person.
 */
export async function requestToJoin(
  db: DbClient,
  input: { memberId: number; organizationId: number; contactName: string; identity: string; requesterName: string },
  notify: Notifier,
): Promise<JoinRequest & { organization: Organization }> {
  return inTransaction(db, async (tx) => {
    const pending = await tx.joinRequest.findFirst({ where: { memberId: input.memberId, status: "pending" }, include: { organization: true } });
    if (pending) throw new UserError("join-pending", { company: pending.organization.name });
    const request = await tx.joinRequest.create({
      data: { memberId: input.memberId, organizationId: input.organizationId, contactName: input.contactName },
      include: { organization: true },
    });
    await tx.auditLog.create({
      data: { actor: input.identity, action: "join.request", entity: "JoinRequest", entityId: String(request.id), after: { organizationId: input.organizationId, contactName: input.contactName } },
    });
    const notice = {
      requestKey: `join:${request.id}`,
      write: (ctx: { t: (key: string, args?: Record<string, string | number>) => string }) =>
        ctx.t("notice-join-request", { id: request.id, name: input.contactName, who: input.requesterName, company: request.organization.name }),
      choices: (ctx: { t: (key: string) => string }) => [
        [
          { label: ctx.t("choice-approve"), value: `/approve ${request.id}` },
          { label: ctx.t("choice-decline"), value: `/decline ${request.id}` },
        ],
      ],
    };
    await notify.company(input.organizationId, input.memberId, notice);
    await notify.staff(notice);
    return request;
  });
}
