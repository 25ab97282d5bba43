import { expect } from "vitest";
import type { ChannelSender } from "../../src/channels/channel.js";
import { Translator } from "../../src/core/i18n/translator.js";
import type { ChannelName } from "../../src/core/messages.js";
import type { Db } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { createSenderLoop } from "../../src/outbox/sender-loop.js";

/**
 * A message for one person queued in the outbox now, while they may be sent to; `sendThrough`
 * runs the outbox through a channel later and returns the delivery as recorded. What changed in
 * between (an opt-out, a block) is the outbox's send-time check to catch.
 */
export async function queuedForOne(db: Db, person: { channel: ChannelName; userId: string }, text: string, now: Date) {
  const member = await db.member.findUniqueOrThrow({ where: { channel_userId: person } });
  const broadcast = await outboxPort.enqueue(db, { audience: "member", memberId: member.id, kind: "notification", texts: { id: text }, sendAt: now });
  expect(await db.delivery.count({ where: { broadcastId: broadcast.id } })).toBe(1);
  return {
    async sendThrough(sender: ChannelSender) {
      const loop = createSenderLoop(
        { db, senders: [sender], translator: new Translator("id"), defaultLocale: "id", logger: createLogger({ level: "silent" }), clock: () => now },
        { pacing: {}, leaseMs: 60_000, maxAttempts: 3, quietHours: null, concurrency: 1 },
      );
      while ((await loop.runRound(sender.channel)) > 0);
      return db.delivery.findFirstOrThrow({ where: { broadcastId: broadcast.id } });
    },
  };
}
