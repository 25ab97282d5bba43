import type { BroadcastInput, OutboxPort } from "../core/ports.js";
import type { Db, DbClient } from "../db/database.js";
import type { Broadcast } from "../generated/prisma/client.js";
import { audienceCondition, countAudienceByChannel } from "./audience.js";

/** Kinds staff never see in /broadcasts, so they take no number: a person's own messages. */
const UNNUMBERED_KINDS = new Set(["notification", "report"]);

/**
 * Writes a broadcast and one Delivery row per recipient in one transaction, so a broadcast is
 * never half-queued. Recipients are chosen and inserted by the database in a single
 * INSERT … SELECT: none of them passes through this process's memory, whatever the audience size.
 */
export async function enqueueBroadcast(db: Db, input: BroadcastInput): Promise<Broadcast> {
  try {
    // A large audience is one statement, but a long one: more than Prisma's default 5 s is fine.
    return await db.$transaction((tx) => enqueueBroadcastIn(tx, input), { timeout: 120_000 });
  } catch (error) {
    // The same request confirmed twice at once: the other transaction made it.
    const existing = input.requestKey && (await db.broadcast.findUnique({ where: { requestKey: input.requestKey } }));
    if (existing) return existing;
    throw error;
  }
}

/** The same, inside a transaction the caller already holds (a schedule run, a delivery report). */
export async function enqueueBroadcastIn(tx: DbClient, input: BroadcastInput): Promise<Broadcast> {
  if (input.requestKey) {
    const existing = await tx.broadcast.findUnique({ where: { requestKey: input.requestKey } });
    if (existing) return existing;
  }
  // Staff read these numbers (/broadcasts, /broadcast cancel N): taken in this transaction from a
  // locked counter, so a rolled-back broadcast gives its number back and none is skipped.
  const [counter] = UNNUMBERED_KINDS.has(input.kind)
    ? []
    : await tx.$queryRaw<{ value: number }[]>`UPDATE "Counter" SET value = value + 1 WHERE name = 'broadcast' RETURNING value`;
  const broadcast = await tx.broadcast.create({
    data: {
      number: counter?.value ?? null,
      kind: input.kind,
      audience: input.audience,
      campaignId: input.campaignId ?? null,
      texts: input.texts,
      ...(input.choices && { choices: input.choices as object }),
      ...(input.attachments && { attachments: input.attachments }),
      urgent: input.urgent ?? false,
      sendAt: input.sendAt,
      createdById: input.createdById ?? null,
      requestKey: input.requestKey ?? null,
    },
  });
  const recipients = await tx.$executeRaw`
    INSERT INTO "Delivery" ("broadcastId", "memberId", "channel", "chatId", "nextAttemptAt")
    SELECT ${broadcast.id}::int, m.id, m.channel, m."userId", ${input.sendAt}::timestamp
    FROM "Member" m WHERE ${audienceCondition(input)}
    ON CONFLICT DO NOTHING`;
  // Nobody to send to: the broadcast is over before it starts.
  const done = recipients === 0 ? { status: "done" as const, finishedAt: input.sendAt } : {};
  return tx.broadcast.update({ where: { id: broadcast.id }, data: { recipients, ...done } });
}

/** The outbox behind the core's port. */
export const outboxPort: OutboxPort = {
  enqueue: (tx, input) => enqueueBroadcastIn(tx, input),
  countAudience: (db, audience) => countAudienceByChannel(db, audience),
};
