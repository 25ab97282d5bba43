import { inTransaction, type DbClient } from "../../db/database.js";
import type { Organization } from "../../generated/prisma/client.js";
import type { MemberWithOrganization } from "../context.js";
import { UserError } from "../user-error.js";
import { findOrganizationByName } from "./register-organization.js";

/**
 * One spelling per phone number, so "+62 812-3456-7890", "0812 3456 7890" and "6281234567890"
 * are the same person. A leading 0 is an Indonesian local number (most partners are there); any
 * other number needs its country code. Undefined when it cannot be a phone number.
 */
export function normalizePhone(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  let digits = trimmed.replace(/\D/g, "");
  if (!trimmed.startsWith("+") && digits.startsWith("0")) digits = `62${digits.replace(/^0+/, "")}`;
  return /^[1-9]\d{7,14}$/.test(digits) ? digits : undefined;
}

/**
 * Staff register a partner's phone number for their company before the partner ever writes, so
 * the partner's first WhatsApp message links them with no /register. Registering the number
 * again moves it to another company until someone has been linked by it.
 */
export async function preregisterPhone(
  db: DbClient,
  input: { companyName: string; phone: string; actor: string },
): Promise<{ organization: Organization; phone: string }> {
  const phone = normalizePhone(input.phone);
  if (!phone) throw new UserError("error-bad-phone", { phone: input.phone.slice(0, 40) });
  const organization = await findOrganizationByName(db, input.companyName);
  if (!organization) throw new UserError("error-unknown-company", { company: input.companyName.slice(0, 120) });
  await inTransaction(db, async (tx) => {
    const existing = await tx.preregisteredPhone.findUnique({ where: { phone } });
    if (existing?.linkedAt) throw new UserError("error-phone-already-linked", { phone });
    if (existing?.organizationId === organization.id) return;
    await tx.preregisteredPhone.upsert({
      where: { phone },
      create: { phone, organizationId: organization.id, createdBy: input.actor },
      update: { organizationId: organization.id, createdBy: input.actor },
    });
    await tx.auditLog.create({
      data: {
        actor: input.actor,
        action: "phone.preregister",
        entity: "PreregisteredPhone",
        entityId: phone,
        before: existing ? { organizationId: existing.organizationId } : undefined,
        after: { organizationId: organization.id },
      },
    });
  });
  return { organization, phone };
}

/**
 * Staff take back a number registered for a company before it linked anyone, audited. A number
 * that already linked its partner is theirs now: /members remove takes the person off instead.
 */
export async function removePreregisteredPhone(db: DbClient, input: { phone: string; organizationId: number; actor: string }): Promise<void> {
  const phone = normalizePhone(input.phone);
  if (!phone) throw new UserError("error-bad-phone", { phone: input.phone.slice(0, 40) });
  await inTransaction(db, async (tx) => {
    const { count } = await tx.preregisteredPhone.deleteMany({ where: { phone, organizationId: input.organizationId, linkedAt: null } });
    if (count === 0) {
      const existing = await tx.preregisteredPhone.findUnique({ where: { phone } });
      if (existing?.linkedAt && existing.organizationId === input.organizationId) throw new UserError("error-phone-already-linked", { phone });
      throw new UserError("error-phone-not-registered", { phone });
    }
    await tx.auditLog.create({
      data: { actor: input.actor, action: "phone.remove", entity: "PreregisteredPhone", entityId: phone, before: { organizationId: input.organizationId } },
    });
  });
}

/**
 * Links a member who has no company yet to the company their phone number was pre-registered
 * for. Runs for every message that carries a phone number, so a person who chatted before staff
 * registered their number is linked on their next message. Undefined when nothing was linked.
 */
export async function linkPreregisteredPhone(
  db: DbClient,
  member: MemberWithOrganization,
  rawPhone: string,
  identity: string,
): Promise<MemberWithOrganization | undefined> {
  const phone = normalizePhone(rawPhone);
  if (!phone || member.organizationId !== null) return undefined;
  // Nearly every message finds nothing to link: one read of committed rows, no transaction.
  const waiting = await db.$queryRaw<unknown[]>`SELECT 1 FROM "PreregisteredPhone" WHERE phone = ${phone} AND "linkedAt" IS NULL`;
  if (waiting.length === 0) return undefined;
  return inTransaction(db, async (tx) => {
    // Claiming the row first makes two racing deliveries link once.
    const claimed = await tx.preregisteredPhone.updateMany({
      where: { phone, linkedAt: null },
      data: { linkedAt: new Date(), linkedMemberId: member.id },
    });
    if (claimed.count === 0) return undefined;
    const { organizationId } = await tx.preregisteredPhone.findUniqueOrThrow({ where: { phone } });
    const linked = await tx.member.update({
      where: { id: member.id },
      data: { organizationId },
      include: { organization: true },
    });
    await tx.auditLog.create({
      data: {
        actor: identity,
        action: "phone.link",
        entity: "Member",
        entityId: String(member.id),
        before: { organizationId: null },
        after: { organizationId, phone },
      },
    });
    return linked;
  });
}
