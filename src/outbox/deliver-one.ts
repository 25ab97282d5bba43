import type { ChannelSender, SendOutcome } from "../channels/channel.js";
import { chatKey, offerChoices } from "../core/conversation-state.js";
import type { LocaleCode } from "../core/i18n/translator.js";
import { NUMBERED_CHOICE_CHANNELS, type ChannelName, type Choice } from "../core/messages.js";
import type { Db } from "../db/database.js";
import { Prisma, type BroadcastStatus, type DeliveryStatus } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { LocalizedChoices, LocalizedFileIds, LocalizedTexts } from "../core/ports.js";
import { cachedAttachment } from "./attachment-cache.js";
import { subscribedTo } from "./audience.js";

/** Reasons a delivery is skipped at send time; the report translates them (`outbox-reason-<code>`). */
export const SKIP_REASONS = ["opted-out", "unsubscribed", "unreachable", "cancelled"] as const;

export interface DeliverOptions {
  workerId: string;
  maxAttempts: number;
  defaultLocale: LocaleCode;
  clock: () => Date;
  logger: Logger;
  /**
   * Waits for the delivery's send slot, right before the platform call; false when the slot was
   * missed (the process was busy), and the delivery goes back to the queue unsent.
   */
  awaitSlot?: () => Promise<boolean>;
}

/**
 * What became of one claimed delivery: `retryAfterMs` when the platform asked the channel to
 * wait, `missedSlot` when it went back unsent because its slot had passed.
 */
export type DeliveryResult = { handled: boolean; retryAfterMs?: number; missedSlot?: boolean };

interface SendTimeFacts {
  status: DeliveryStatus;
  leasedBy: string | null;
  chatId: string;
  attempts: number;
  broadcastStatus: BroadcastStatus;
  texts: LocalizedTexts;
  choices: LocalizedChoices | null;
  attachments: LocalizedFileIds | null;
  optedOut: boolean;
  unreachable: boolean;
  subscribed: boolean;
  locale: LocaleCode | null;
}

/** Backoff for transient failures without a platform hint: 2 s, 4 s, 8 s … at most 10 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempts - 1), 10 * 60_000);
}

/** The broadcast's text in the person's language, else Indonesian. */
export function textFor(texts: LocalizedTexts, locale: LocaleCode): string {
  return texts[locale] ?? texts.id;
}

/**
 * Sends one claimed delivery and records the outcome. Opt-out, unsubscribing, unreachability and
 * cancellation are read now, at send time, not when the broadcast was made. A row whose lease
 * another loop took over is left alone.
 */
export async function deliverOne(db: Db, sender: ChannelSender, deliveryId: number, options: DeliverOptions): Promise<DeliveryResult> {
  const [facts] = await db.$queryRaw<SendTimeFacts[]>`
    SELECT d.status, d."leasedBy", d."chatId", d.attempts, b.status AS "broadcastStatus", b.texts, b.choices, b.attachments,
      m."optedOut", m."unreachableAt" IS NOT NULL AS unreachable, m.locale,
      CASE b.audience
        WHEN 'campaign_subscribers' THEN ${subscribedTo(Prisma.sql`b."campaignId"`)}
        WHEN 'all_subscribers' THEN ${subscribedTo(null)}
        ELSE TRUE END AS subscribed
    FROM "Delivery" d JOIN "Broadcast" b ON b.id = d."broadcastId" JOIN "Member" m ON m.id = d."memberId"
    WHERE d.id = ${deliveryId}::int`;
  if (!facts || facts.status !== "sending" || facts.leasedBy !== options.workerId) return { handled: false };

  const skip = facts.broadcastStatus === "cancelled" ? "cancelled"
    : facts.optedOut ? "opted-out"
    : facts.unreachable ? "unreachable"
    : !facts.subscribed ? "unsubscribed"
    : undefined;
  if (skip) {
    await record(db, deliveryId, options, skip === "cancelled" ? "cancelled" : "skipped", { error: skip });
    return { handled: true };
  }

  const locale = facts.locale ?? options.defaultLocale;
  const text = textFor(facts.texts, locale);
  const choices: Choice[][] | undefined = facts.choices ? (facts.choices[locale] ?? facts.choices.id) : undefined;
  // The file in the person's language (a receipt), else the Indonesian one; read here, not in the channel.
  const attachment = facts.attachments ? await cachedAttachment(db, facts.attachments[locale] ?? facts.attachments.id) : undefined;
  if (options.awaitSlot && !(await options.awaitSlot())) {
    await db.delivery.updateMany({
      where: { id: deliveryId, status: "sending", leasedBy: options.workerId },
      data: { status: "queued", attempts: { decrement: 1 }, leaseUntil: null, leasedBy: null },
    });
    return { handled: false, missedSlot: true };
  }
  let outcome: SendOutcome;
  try {
    outcome = await sender.send(facts.chatId, { text, ...(choices && { choices }), ...(attachment && { attachment }) });
  } catch (error) {
    outcome = { ok: false, permanent: false, reason: `send threw: ${(error as Error)?.message ?? String(error)}` };
  }
  const now = options.clock();
  if (outcome.ok) {
    await recordSent(db, deliveryId, sender.channel, outcome.platformMessageIds ?? [], now, options);
    // Where choices are numbered, the person's `1` now picks from these (an approve button).
    if (choices && NUMBERED_CHOICE_CHANNELS.has(sender.channel)) await offerChoices(db, chatKey(sender.channel, facts.chatId), choices.flat());
    return { handled: true };
  }
  const reason = outcome.reason.slice(0, 500);
  if (outcome.permanent) {
    await record(db, deliveryId, options, "failed", { error: reason });
  } else if (facts.attempts >= options.maxAttempts) {
    await record(db, deliveryId, options, "failed", { error: `${reason} (gave up after ${facts.attempts} attempts)` });
  } else {
    const delay = outcome.retryAfterMs ?? backoffMs(facts.attempts);
    await record(db, deliveryId, options, "queued", { error: reason, nextAttemptAt: new Date(now.getTime() + delay), leasedBy: null });
  }
  options.logger.info({ deliveryId, channel: sender.channel, permanent: outcome.permanent, reason }, "outbox send failed");
  return { handled: true, retryAfterMs: outcome.ok ? undefined : outcome.retryAfterMs };
}

/** Sent, with the platform's message ids, so a later `failed` status finds this delivery. */
async function recordSent(db: Db, id: number, channel: ChannelName, platformMessageIds: string[], now: Date, options: DeliverOptions): Promise<void> {
  if (platformMessageIds.length === 0) return record(db, id, options, "sent", { sentAt: now, error: null });
  await db.$transaction([
    db.delivery.updateMany({
      where: { id, status: "sending", leasedBy: options.workerId },
      data: { status: "sent", leaseUntil: null, sentAt: now, error: null },
    }),
    db.deliveryPlatformMessage.createMany({
      data: platformMessageIds.map((platformMessageId) => ({ channel, platformMessageId, deliveryId: id })),
      skipDuplicates: true,
    }),
  ]);
}

async function record(
  db: Db,
  id: number,
  options: DeliverOptions,
  status: DeliveryStatus,
  data: { error?: string | null; sentAt?: Date; nextAttemptAt?: Date; leasedBy?: null },
): Promise<void> {
  // Only while the lease is still ours: a loop that lost it must not overwrite the new owner's result.
  await db.delivery.updateMany({
    where: { id, status: "sending", leasedBy: options.workerId },
    data: { status, leaseUntil: null, ...data },
  });
}
