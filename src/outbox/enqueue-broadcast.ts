import type { Db, DbTransaction } from "../db/database.js";
import type { Broadcast, Prisma } from "../generated/prisma/client.js";
import type { LocaleCode } from "../core/i18n/translator.js";
import { audienceCondition, type Audience } from "./audience.js";

/** Texts by language; Indonesian is required and is every other language's fallback. */
export type BroadcastTexts = { id: string } & Partial<Record<LocaleCode, string>>;

export interface BroadcastInput extends Audience {
  /** staff, digest, reminder, countdown, summary or report. */
  kind: string;
  texts: BroadcastTexts;
  sendAt: Date;
  urgent?: boolean;
  createdById?: number | null;
  /** Makes the enqueue idempotent: a second call with the same key returns the first broadcast. */
  requestKey?: string;
}

type Tx = DbTransaction | Db;

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
export async function enqueueBroadcastIn(tx: Tx, input: BroadcastInput): Promise<Broadcast> {
  if (input.requestKey) {
    const existing = await tx.broadcast.findUnique({ where: { requestKey: input.requestKey } });
    if (existing) return existing;
  }
  const broadcast = await tx.broadcast.create({
    data: {
      kind: input.kind,
      audience: input.audience,
      campaignId: input.campaignId ?? null,
      texts: input.texts,
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
