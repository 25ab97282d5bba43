import { sqlIn, type DbTransaction } from "../db/database.js";
import type { Member, Organization } from "../generated/prisma/client.js";
import type { MemberWithOrganization } from "./context.js";

/** `to_jsonb` of an Organization row: its one timestamp comes as text. */
type OrganizationJson = Omit<Organization, "createdAt"> & { createdAt: string };

/**
 * The person, their company and whether a grant makes them staff, as committed now, read in the
 * acting transaction in one plain statement (see `sqlIn`): a flow step pays one round trip for
 * them, not three queries planned by Prisma. Staff rights are then `STAFF` or this grant (see staff-rights.ts).
 */
export async function readCommittedFacts(tx: DbTransaction, memberId: number, identity: string): Promise<{ member: MemberWithOrganization; granted: boolean }> {
  const [row] = await sqlIn(tx).query<Member & { organization: OrganizationJson | null; granted: boolean }>(
    `SELECT m.*, to_jsonb(o) AS organization, EXISTS (SELECT 1 FROM "StaffGrant" g WHERE g.identity = $1) AS granted
     FROM "Member" m LEFT JOIN "Organization" o ON o.id = m."organizationId"
     WHERE m.id = $2`,
    [identity, memberId],
  );
  if (!row) throw new Error(`member ${memberId} no longer exists`);
  const { organization, granted, ...member } = row;
  return { member: { ...member, organization: organization && { ...organization, createdAt: new Date(organization.createdAt) } }, granted };
}
