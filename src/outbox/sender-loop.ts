// The outbox is a Delivery table claimed with FOR UPDATE SKIP LOCKED, not a job-queue library.
// pg-boss and graphile-worker were weighed: both keep jobs in their own schema, so each recipient
// would live twice (job and Delivery row), the enqueue could not be the single INSERT … SELECT
// inside our Prisma transaction, and neither knows per-channel send rates, per-chat gaps or quiet
// hours, which are what this loop is about. Rate limiters (bottleneck, limiter) pace one process;
// without Redis they cannot share a limit between instances, and limiter's token bucket allows a
// burst of twice the rate inside one second. So the pace lives in the database too (ChannelPace):
// each claim books evenly spaced send slots under a row lock, which holds for the whole fleet.
import { randomUUID } from "node:crypto";
import type { ChannelSender } from "../channels/channel.js";
import type { LocaleCode, Translator } from "../core/i18n/translator.js";
import type { ChannelName } from "../core/messages.js";
import type { Db } from "../db/database.js";
import { createFailureBackoff } from "../failure-backoff.js";
import type { Logger } from "../logger.js";
import { claimDeliveries, pauseChannel, releaseDeliveries, type ChannelPacing, type ClaimedDelivery } from "./claim-deliveries.js";
import { deliverOne, type DeliveryResult } from "./deliver-one.js";
import { finishBroadcastIfDone } from "./finish-broadcast.js";
import { isQuietTime, type QuietHours } from "./quiet-hours.js";

export interface SenderLoopOptions {
  /** Names this loop's leases; unique per process. */
  workerId?: string;
  /** Channels without an entry send as fast as their sender answers. */
  pacing: Partial<Record<ChannelName, ChannelPacing>>;
  leaseMs: number;
  maxAttempts: number;
  quietHours: QuietHours | null;
  /** Sends in flight at once per channel. 1 means a crash can repeat at most one message per channel. */
  concurrency: number;
  /** Channels whose sender reaches only some chats (the console: its own person). */
  onlyChatIds?: Partial<Record<ChannelName, readonly string[]>>;
  idlePollMs?: number;
  claimAheadMs?: number;
  maxBatch?: number;
}

export interface SenderLoopDeps {
  db: Db;
  senders: readonly ChannelSender[];
  translator: Translator;
  defaultLocale: LocaleCode;
  logger: Logger;
  clock: () => Date;
}

export interface SenderLoop {
  readonly workerId: string;
  start(): void;
  /** Finishes the sends in flight, puts claimed-but-unsent rows back, and resolves. */
  stop(): Promise<void>;
  /** One claim-and-send round on one channel; how many deliveries it claimed. */
  runRound(channel: ChannelName): Promise<number>;
}

const NO_PACING: ChannelPacing = { gapMs: 0, perChatGapMs: 0 };
/** How late (in gaps) a send may still go out in its slot. */
const SLOT_TOLERANCE = 0.25;
/** The most a claim books its first slot ahead of time, however slow the last claim was. */
const MAX_LEAD_MS = 1000;

/**
 * The outbox sender: one loop per channel claims due deliveries, waits for each one's send
 * slot, sends it through the channel and records the outcome, then closes finished broadcasts
 * (and queues their reports). Several processes can run it on one database.
 */
export function createSenderLoop(deps: SenderLoopDeps, options: SenderLoopOptions): SenderLoop {
  const workerId = options.workerId ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  const idlePollMs = options.idlePollMs ?? 1000;
  const claimAheadMs = options.claimAheadMs ?? 2000;
  const maxBatch = options.maxBatch ?? 100;
  const sendersByChannel = new Map(deps.senders.map((sender) => [sender.channel, sender]));
  const pausedUntil = new Map<ChannelName, number>();
  /**
   * How many deliveries a round claims, per channel. A busy or cold process that misses its
   * slots would otherwise claim a full batch, send one and hand the rest back, round after round;
   * it now claims what it managed to send on time, and twice as many after a round without a miss.
   */
  const batchLimits = new Map<ChannelName, number>();
  /** How long the last claim of each channel took: its first slot is booked beyond that. */
  const claimDurations = new Map<ChannelName, number>();
  const stopped = new AbortController();
  const loops: Promise<void>[] = [];

  const sleep = (ms: number) =>
    new Promise<void>((done) => {
      if (ms <= 0 || stopped.signal.aborted) return done();
      const timer = setTimeout(finish, ms);
      function finish() {
        clearTimeout(timer);
        stopped.signal.removeEventListener("abort", finish);
        done();
      }
      stopped.signal.addEventListener("abort", finish);
    });

  /** Claims and sends one batch; says how long to wait when there was nothing to claim. */
  async function round(channel: ChannelName): Promise<{ claimed: number; waitMs: number }> {
    const sender = sendersByChannel.get(channel);
    if (!sender) return { claimed: 0, waitMs: idlePollMs };
    const now = deps.clock();
    const pacing = options.pacing[channel] ?? NO_PACING;
    const batchLimit = batchLimits.get(channel) ?? maxBatch;
    const claimStarted = performance.now();
    const { deliveries, waitMs } = await claimDeliveries(deps.db, channel, now, {
      workerId,
      pacing,
      leaseMs: options.leaseMs,
      claimAheadMs,
      leadMs: pacing.gapMs > 0 ? Math.min(MAX_LEAD_MS, 2 * (claimDurations.get(channel) ?? 0)) : 0,
      maxBatch: batchLimit,
      urgentOnly: isQuietTime(now, options.quietHours),
      onlyChatIds: options.onlyChatIds?.[channel],
    });
    claimDurations.set(channel, performance.now() - claimStarted);
    if (deliveries.length === 0) return { claimed: 0, waitMs: waitMs > 0 ? waitMs : idlePollMs };
    const { onTime, missedSlot } = await sendClaimed(sender, deliveries, pacing);
    batchLimits.set(channel, missedSlot ? Math.max(1, onTime) : Math.min(maxBatch, batchLimit * 2));
    return { claimed: deliveries.length, waitMs: 0 };
  }

  /** Sends a claimed batch in its slots; says how many went out before a slot was missed, if one was. */
  async function sendClaimed(sender: ChannelSender, deliveries: ClaimedDelivery[], pacing: ChannelPacing): Promise<{ onTime: number; missedSlot: boolean }> {
    const inFlight = new Set<Promise<void>>();
    const broadcasts = new Set<number>();
    let missedSlot = false;
    let onTime = 0;
    for (const [index, delivery] of deliveries.entries()) {
      while (inFlight.size >= options.concurrency) await Promise.race(inFlight);
      const paused = pausedUntil.get(sender.channel) ?? 0;
      if (stopped.signal.aborted || missedSlot || paused > deps.clock().getTime()) {
        const rest = deliveries.slice(index).map((unsent) => unsent.id);
        await releaseDeliveries(deps.db, workerId, rest, new Date(paused));
        break;
      }
      const work = send(sender, delivery, pacing).then((result) => {
        broadcasts.add(delivery.broadcastId);
        if (result?.missedSlot) missedSlot = true;
        else onTime++;
      });
      const tracked = work.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    }
    await Promise.all(inFlight);
    for (const broadcastId of broadcasts) await finishBroadcastIfDone(deps.db, deps.translator, broadcastId, deps.clock());
    return { onTime, missedSlot };
  }

  /**
   * Sleeps until the slot; a send more than a quarter gap late would crowd the next second (a
   * late slot is never made up by sending faster), so it goes back for a fresh slot instead.
   */
  async function awaitSlot(slotAt: number, pacing: ChannelPacing): Promise<boolean> {
    await sleep(slotAt - deps.clock().getTime());
    if (stopped.signal.aborted) return false;
    return pacing.gapMs === 0 || deps.clock().getTime() - slotAt <= pacing.gapMs * SLOT_TOLERANCE;
  }

  async function send(sender: ChannelSender, delivery: ClaimedDelivery, pacing: ChannelPacing): Promise<DeliveryResult | undefined> {
    try {
      const result = await deliverOne(deps.db, sender, delivery.id, {
        workerId,
        maxAttempts: options.maxAttempts,
        defaultLocale: deps.defaultLocale,
        clock: deps.clock,
        logger: deps.logger,
        awaitSlot: () => awaitSlot(delivery.slotAt, pacing),
      });
      if (result.retryAfterMs !== undefined) {
        // Flood control is per bot, not per chat: the whole channel waits, on every instance.
        const until = deps.clock().getTime() + result.retryAfterMs;
        pausedUntil.set(sender.channel, Math.max(until, pausedUntil.get(sender.channel) ?? 0));
        await pauseChannel(deps.db, sender.channel, new Date(until));
      }
      return result;
    } catch (error) {
      // The database hiccupped: the lease runs out and the row is tried again.
      deps.logger.error({ err: error, deliveryId: delivery.id }, "outbox delivery could not be recorded");
      return undefined;
    }
  }

  /** Rounds until stopped. While the database is away, rounds back off and log a few lines, not one a second. */
  async function channelLoop(channel: ChannelName): Promise<void> {
    const failures = createFailureBackoff();
    while (!stopped.signal.aborted) {
      try {
        const { waitMs } = await round(channel);
        const ended = failures.succeeded();
        if (ended > 0) deps.logger.info({ channel, failures: ended }, "outbox rounds work again");
        await sleep(waitMs);
      } catch (error) {
        const { retryInMs, log, failures: inARow } = failures.failed();
        if (log) deps.logger.error({ err: error, channel, failures: inARow, retryInMs }, "outbox round failed");
        await sleep(retryInMs);
      }
    }
  }

  return {
    workerId,
    start() {
      for (const channel of sendersByChannel.keys()) loops.push(channelLoop(channel));
      deps.logger.info({ workerId, channels: [...sendersByChannel.keys()] }, "outbox sender started");
    },
    async stop() {
      stopped.abort();
      await Promise.all(loops);
    },
    runRound: async (channel) => (await round(channel)).claimed,
  };
}
