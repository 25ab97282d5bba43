import type { Db } from "../../db/database.js";
import { UserError } from "../user-error.js";

/**
 * `/broadcast cancel ID`: stops the sends not yet made. Queued deliveries are cancelled here;
 * ones already claimed by a sender are cancelled by it at send time, as it reads the status.
 * Returns how many deliveries were stopped.
 */
export async function cancelBroadcast(db: Db, input: { id: number; actor: string; now: Date }): Promise<number> {
  return db.$transaction(async (tx) => {
    const broadcast = await tx.broadcast.findUnique({ where: { id: input.id } });
    if (!broadcast || broadcast.kind === "report") throw new UserError("broadcast-not-found", { id: input.id });
    if (broadcast.status !== "active") throw new UserError("broadcast-not-active", { id: input.id });
    await tx.broadcast.update({ where: { id: input.id }, data: { status: "cancelled", finishedAt: input.now } });
    const { count } = await tx.delivery.updateMany({
      where: { broadcastId: input.id, status: "queued" },
      data: { status: "cancelled", error: "cancelled" },
    });
    await tx.auditLog.create({
      data: { actor: input.actor, action: "broadcast.cancel", entity: "Broadcast", entityId: String(input.id), before: { status: "active" }, after: { status: "cancelled", stopped: count } },
    });
    return count;
  });
}
