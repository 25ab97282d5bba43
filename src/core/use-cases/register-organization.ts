import * as z from "zod";
import type { Db } from "../../db/database.js";
import type { Organization } from "../../generated/prisma/client.js";

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

export async function findOrganizationByName(db: Db, name: string): Promise<Organization | null> {
  return db.organization.findUnique({ where: { nameKey: organizationKey(name) } });
}

/**
 * Links a person to their company, creating the company on first registration. A second person
 * joins the existing company and keeps its wall setting.
 */
export async function registerOrganization(
  db: Db,
  input: z.input<typeof registerOrganizationInput>,
): Promise<{ organization: Organization; joined: boolean }> {
  const data = registerOrganizationInput.parse(input);
  return db.$transaction(async (tx) => {
    const nameKey = organizationKey(data.companyName);
    const existing = await tx.organization.findUnique({ where: { nameKey } });
    const organization =
      existing ??
      (await tx.organization.create({
        data: { name: data.companyName, nameKey, city: data.city, anonymous: data.anonymous },
      }));
    await tx.member.update({
      where: { id: data.memberId },
      data: { organizationId: organization.id, contactName: data.contactName },
    });
    return { organization, joined: Boolean(existing) };
  });
}
