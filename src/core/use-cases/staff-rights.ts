import type { DbClient } from "../../db/database.js";
import type { ChannelName } from "../messages.js";

/**
 * Whether an identity has staff rights now: named in STAFF, or granted with /staff add and not
 * revoked. Read from the database each time, so chat decisions and every dashboard request see
 * a revocation at once.
 */
export async function hasStaffRights(db: DbClient, configuredStaff: readonly string[], identity: string): Promise<boolean> {
  if (configuredStaff.includes(identity)) return true;
  return (await db.staffGrant.findUnique({ where: { identity } })) !== null;
}

/** The user ids with staff rights on one channel now: from STAFF and from grants. */
export async function staffUserIdsOn(db: DbClient, configuredStaff: readonly string[], channel: ChannelName): Promise<string[]> {
  const prefix = `${channel}:`;
  const grants = await db.staffGrant.findMany({ where: { identity: { startsWith: prefix } }, select: { identity: true } });
  const identities = new Set([...configuredStaff.filter((identity) => identity.startsWith(prefix)), ...grants.map((grant) => grant.identity)]);
  return [...identities].map((identity) => identity.slice(prefix.length));
}

/** The rule itself, for a caller that read the grant already (in the same query as the session). */
export function isStaff(configuredStaff: readonly string[], identity: string, granted: boolean): boolean {
  return granted || configuredStaff.includes(identity);
}
