import type { LateDeliveryFailures } from "../channels/channel.js";
import type { Db } from "../db/database.js";

/**
 * Corrects a delivery the platform accepted and later reported failed. Only a delivery still
 * recorded as sent changes, so a repeated or second status (a split message) acts once. Its
 * broadcast's report may have gone already; /broadcasts counts from the rows, so it shows the
 * correction.
 */
export function createLateDeliveryFailures(db: Db, clock: () => Date): LateDeliveryFailures {
  return {
    async report(channel, platformMessageId, failure) {
      const sent = await db.deliveryPlatformMessage.findUnique({
        where: { channel_platformMessageId: { channel, platformMessageId } },
        select: { deliveryId: true },
      });
      if (!sent) return false;
      const reason = failure.reason.slice(0, 500);
      await db.delivery.updateMany({
        where: { id: sent.deliveryId, status: "sent" },
        data: failure.retry
          ? { status: "queued", error: reason, sentAt: null, nextAttemptAt: clock() }
          : { status: "failed", error: reason },
      });
      return true;
    },
  };
}
