import type { Db } from "./database.js";

/** Platforms redeliver within hours (Telegram keeps updates for 24 h); a month is plenty. */
export const PROCESSED_MESSAGE_RETENTION_DAYS = 30;

/** Forgets message ids too old to be redelivered, so the dedupe table stays small. */
export async function pruneProcessedMessages(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - PROCESSED_MESSAGE_RETENTION_DAYS * 86_400_000);
  const { count } = await db.processedMessage.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
