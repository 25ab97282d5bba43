import type { ChannelSender } from "../../src/channels/channel.js";
import { Translator } from "../../src/core/i18n/translator.js";
import type { Db } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";
import { createSenderLoop } from "../../src/outbox/sender-loop.js";

/**
 * Sends everything the outbox holds that is due at `clock()`, through these senders (channels
 * faked at their edge), one round after another until nothing is left; no quiet hours, no pacing.
 */
export async function runOutbox(db: Db, senders: ChannelSender[], clock: () => Date): Promise<void> {
  const loop = createSenderLoop(
    { db, senders, translator: new Translator("id"), defaultLocale: "id", logger: createLogger({ level: "silent" }), clock },
    { pacing: {}, leaseMs: 60_000, maxAttempts: 3, quietHours: null, concurrency: 1 },
  );
  for (const { channel } of senders) while ((await loop.runRound(channel)) > 0);
}
