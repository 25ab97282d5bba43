import type { DbClient } from "../../db/database.js";

/**
 * Whether an identity has staff rights now: named in STAFF, or granted with /staff add and not
 * revoked. Read from the database each time, so chat decisions and every dashboard request see
 * a revocation at once.
 */
export async function hasStaffRights(db: DbClient, configuredStaff: readonly string[], identity: string): Promise<boolean> {
  if (configuredStaff.includes(identity)) return true;
  return (await db.staffGrant.findUnique({ where: { identity } })) !== null;
}

/** The rule itself, for a caller that read the grant already (in the same query as the session). */
export function isStaff(configuredStaff: readonly string[], identity: string, granted: boolean): boolean {
  return granted || configuredStaff.includes(identity);
}
