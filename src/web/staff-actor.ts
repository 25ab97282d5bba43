import type { DbClient } from "../db/database.js";
import type { Channel } from "../generated/prisma/client.js";

/**
 * A signed-in staff member as a use case's actor: the identity for the audit, and the name the
 * partner is told, as chat would name the same person.
 */
export async function staffActor(db: DbClient, identity: string) {
  const [channel, userId] = identity.split(/:(.*)/s) as [Channel, string];
  const member = await db.member.findUnique({ where: { channel_userId: { channel, userId } } });
  return {
    identity,
    organizationId: null,
    ...(member && { memberId: member.id }),
    name: member?.contactName ?? member?.displayName ?? undefined,
  };
}
