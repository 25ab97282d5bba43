import type { DbClient } from "../../db/database.js";
import type { Audience, OutboxPort } from "../ports.js";

/** How many people a broadcast would reach now, per channel: what staff see before confirming. */
export async function previewBroadcast(db: DbClient, outbox: OutboxPort, audience: Audience) {
  const perChannel = await outbox.countAudience(db, audience);
  const total = Object.values(perChannel).reduce((sum, count) => sum + count, 0);
  return { perChannel, total };
}
