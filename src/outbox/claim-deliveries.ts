import type { Db } from "../db/database.js";
import { Prisma } from "../generated/prisma/client.js";
import type { ChannelName } from "../core/messages.js";

/** How fast one channel may send, across every sender loop on the database. */
export interface ChannelPacing {
  /** Least time between two sends on the channel (1000 / messages per second). */
  gapMs: number;
  /** Least time between two sends to one chat. */
  perChatGapMs: number;
}

export interface ClaimOptions {
  workerId: string;
  pacing: ChannelPacing;
  /** Claimed rows stay ours this long after their send slot; then another loop may take them. */
  leaseMs: number;
  /** How far ahead one claim reserves send slots. */
  claimAheadMs: number;
  /**
   * The first slot is at least this long after `now`: the claim itself takes time, and a slot
   * that has passed before the claim returns can only be missed.
   */
  leadMs: number;
  maxBatch: number;
  /** In quiet hours only urgent broadcasts are claimed. */
  urgentOnly: boolean;
  /**
   * Only these chats (the console: the person at this terminal). Messages for anyone else wait
   * until a process that can show them to that person claims them.
   */
  onlyChatIds?: readonly string[];
}

export interface ClaimedDelivery {
  id: number;
  memberId: number;
  broadcastId: number;
  /** When this delivery may go out: the channel's reserved slot. */
  slotAt: number;
}

export type Claim = { deliveries: ClaimedDelivery[]; waitMs: number };

/**
 * Claims due deliveries of one channel and reserves a send slot for each.
 *
 * The channel's ChannelPace row is locked first, so claims on one channel take turns across
 * instances: slots never overlap (the rate limit holds for the whole fleet) and the per-chat
 * check sees every other claim. Rows are still taken `FOR UPDATE SKIP LOCKED`, so a row being
 * finished by another loop is passed over rather than waited for. Leases that lapsed (a crashed
 * instance) go back to the queue here.
 */
export async function claimDeliveries(db: Db, channel: ChannelName, now: Date, options: ClaimOptions): Promise<Claim> {
  const { pacing } = options;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "ChannelPace" (channel, "nextSlotAt") VALUES (${channel}::"Channel", ${now}::timestamp) ON CONFLICT (channel) DO NOTHING`;
    const [pace] = await tx.$queryRaw<{ nextSlotAt: Date }[]>`
      SELECT "nextSlotAt" FROM "ChannelPace" WHERE channel = ${channel}::"Channel" FOR UPDATE`;
    const base = Math.max(pace!.nextSlotAt.getTime(), now.getTime() + options.leadMs);
    const room = pacing.gapMs > 0 ? Math.ceil((now.getTime() + options.claimAheadMs - base) / pacing.gapMs) : options.maxBatch;
    // Slots are booked this far ahead already (by us or another instance): come back then.
    if (room <= 0) return { deliveries: [], waitMs: base - options.claimAheadMs - now.getTime() };

    await tx.$executeRaw`
      UPDATE "Delivery" SET status = 'queued', "leaseUntil" = NULL, "leasedBy" = NULL
      WHERE channel = ${channel}::"Channel" AND status = 'sending' AND "leaseUntil" < ${now}::timestamp`;
    const limit = Math.min(room, options.maxBatch);
    const chatGapStart = new Date(now.getTime() - pacing.perChatGapMs);
    const candidates = await tx.$queryRaw<{ id: number; memberId: number; broadcastId: number }[]>`
      SELECT d.id, d."memberId", d."broadcastId"
      FROM "Delivery" d JOIN "Broadcast" b ON b.id = d."broadcastId"
      WHERE d.channel = ${channel}::"Channel" AND d.status = 'queued' AND d."nextAttemptAt" <= ${now}::timestamp
        AND (${!options.urgentOnly}::boolean OR b.urgent)
        AND (${options.onlyChatIds === undefined}::boolean OR d."chatId" = ANY(${[...(options.onlyChatIds ?? [])]}::text[]))
        AND NOT EXISTS (
          SELECT 1 FROM "Delivery" o WHERE o."memberId" = d."memberId" AND o.id <> d.id
            AND (o.status = 'sending' OR o."sentAt" > ${chatGapStart}::timestamp))
      ORDER BY d."nextAttemptAt", d.id
      LIMIT ${limit}::int
      FOR UPDATE OF d SKIP LOCKED`;
    // One message per chat per claim: a person in two broadcasts gets the second in a later claim.
    const seen = new Set<number>();
    const picked = candidates.filter((row) => !seen.has(row.memberId) && seen.add(row.memberId));
    if (picked.length === 0) return { deliveries: [], waitMs: 0 };

    const deliveries = picked.map((row, index) => ({ ...row, slotAt: base + index * pacing.gapMs }));
    const lastSlot = deliveries[deliveries.length - 1]!.slotAt;
    await tx.$executeRaw`
      UPDATE "Delivery" SET status = 'sending', attempts = attempts + 1, "leasedBy" = ${options.workerId},
        "leaseUntil" = ${new Date(lastSlot + options.leaseMs)}::timestamp
      WHERE id IN (${Prisma.join(deliveries.map((delivery) => delivery.id))})`;
    await tx.$executeRaw`
      UPDATE "ChannelPace" SET "nextSlotAt" = ${new Date(Math.ceil(lastSlot + pacing.gapMs))}::timestamp WHERE channel = ${channel}::"Channel"`;
    return { deliveries, waitMs: 0 };
  });
}

/**
 * Puts claimed but unsent deliveries back (the loop is stopping, or the platform asked us to
 * wait): not an attempt, so the attempt count goes back down.
 */
export async function releaseDeliveries(db: Db, workerId: string, ids: number[], notBefore: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "Delivery" SET status = 'queued', attempts = GREATEST(attempts - 1, 0), "leaseUntil" = NULL, "leasedBy" = NULL,
      "nextAttemptAt" = GREATEST("nextAttemptAt", ${notBefore}::timestamp)
    WHERE id IN (${Prisma.join(ids)}) AND status = 'sending' AND "leasedBy" = ${workerId}`;
}

/** The platform said "slow down": no instance sends on this channel before `until`. */
export async function pauseChannel(db: Db, channel: ChannelName, until: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "ChannelPace" SET "nextSlotAt" = GREATEST("nextSlotAt", ${until}::timestamp) WHERE channel = ${channel}::"Channel"`;
}
