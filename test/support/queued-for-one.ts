import { expect } from "vitest";
import type { ChannelSender } from "../../src/channels/channel.js";
import type { ChannelName } from "../../src/core/messages.js";
import type { Db } from "../../src/db/database.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { runOutbox } from "./run-outbox.js";

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
      await runOutbox(db, [sender], () => now);
      return db.delivery.findFirstOrThrow({ where: { broadcastId: broadcast.id } });
    },
  };
}
