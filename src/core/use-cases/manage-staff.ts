import { inTransaction, type DbClient } from "../../db/database.js";
import { identitySchema } from "../../config.js";
import { UserError } from "../user-error.js";

/**
 * Grants or revokes staff rights at run time. Rights from configuration can only change there.
 * A removal also ends the person's dashboard sessions and unused sign-in links, in the same
 * transaction: added again later, they sign in afresh instead of finding their old session alive.
 */
export async function manageStaff(
  db: DbClient,
  input: { operation: "add" | "remove"; identity: string; actor: string; configuredStaff: readonly string[] },
): Promise<void> {
  const identity = identitySchema.safeParse(input.identity);
  if (!identity.success) throw new UserError("error-bad-identity", { identity: input.identity.slice(0, 80) });
  if (input.operation === "remove" && input.configuredStaff.includes(identity.data)) {
    throw new UserError("error-staff-from-config", { identity: identity.data });
  }
  await inTransaction(db, async (tx) => {
    const existing = await tx.staffGrant.findUnique({ where: { identity: identity.data } });
    if (input.operation === "add" && !existing) {
      await tx.staffGrant.create({ data: { identity: identity.data, grantedBy: input.actor } });
    } else if (input.operation === "remove" && existing) {
      await tx.staffGrant.delete({ where: { identity: identity.data } });
      await tx.webSession.deleteMany({ where: { identity: identity.data } });
      await tx.webSignInToken.deleteMany({ where: { identity: identity.data, usedAt: null } });
    } else {
      return;
    }
    await tx.auditLog.create({
      data: {
        actor: input.actor,
        action: `staff.${input.operation}`,
        entity: "StaffGrant",
        entityId: identity.data,
        before: { staff: Boolean(existing) },
        after: { staff: input.operation === "add" },
      },
    });
  });
}
