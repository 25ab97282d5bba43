import type { Db } from "./database.js";

const DAY_MS = 86_400_000;
/** Meta reports a message failed within its 30-day retry period at the latest. */
export const PLATFORM_MESSAGE_RETENTION_DAYS = 30;

/**
 * Forgets WhatsApp state that can no longer matter, so its tables stay small: windows that
 * closed (older than 24 hours), past days' send counts, and the ids of messages too old for a
 * late status. Run at start-up, like the dedupe table's pruning.
 */
export async function pruneWhatsAppState(db: Db, now: Date): Promise<number> {
  const [windows, days, messages] = await db.$transaction([
    db.whatsAppServiceWindow.deleteMany({ where: { lastHeardAt: { lt: new Date(now.getTime() - DAY_MS) } } }),
    db.whatsAppDailySends.deleteMany({ where: { day: { lt: new Date(now.getTime() - 2 * DAY_MS) } } }),
    db.deliveryPlatformMessage.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - PLATFORM_MESSAGE_RETENTION_DAYS * DAY_MS) } } }),
  ]);
  return windows.count + days.count + messages.count;
}
