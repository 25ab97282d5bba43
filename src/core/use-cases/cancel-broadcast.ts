import { inTransaction, type DbClient } from "../../db/database.js";
import { UserError } from "../user-error.js";

/**
 * `/broadcast cancel N`: stops the sends not yet made; N is the number staff see in /broadcasts. Queued deliveries are cancelled here;
 * ones already claimed by a sender are cancelled by it at send time, as it reads the status.
 * Returns how many deliveries were stopped.
 */
export async function cancelBroadcast(db: DbClient, input: { number: number; actor: string; now: Date }): Promise<number> {
  return inTransaction(db, async (tx) => {
    const broadcast = await tx.broadcast.findUnique({ where: { number: input.number } });
    if (!broadcast) throw new UserError("broadcast-not-found", { id: input.number });
    const [cancelled] = await tx.broadcast.updateManyAndReturn({ where: { id: broadcast.id, status: "active" }, data: { status: "cancelled", finishedAt: input.now } });
    if (!cancelled) throw new UserError("broadcast-not-active", { id: input.number });
    const { count } = await tx.delivery.updateMany({
      where: { broadcastId: broadcast.id, status: "queued" },
      data: { status: "cancelled", error: "cancelled" },
    });
    await tx.auditLog.create({
      data: { actor: input.actor, action: "broadcast.cancel", entity: "Broadcast", entityId: String(broadcast.id), before: { status: "active" }, after: { status: "cancelled", stopped: count } },
    });
    return count;
  });
}
