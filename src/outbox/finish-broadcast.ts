import { LOCALES, type Translator } from "../core/i18n/translator.js";
import type { Db, DbTransaction } from "../db/database.js";
import type { DeliveryStatus } from "../generated/prisma/client.js";
import { SKIP_REASONS } from "./deliver-one.js";
import type { LocalizedTexts } from "../core/ports.js";
import { enqueueBroadcastIn } from "./enqueue-broadcast.js";

/** Reasons listed in a report, per status; the rest are counted as "other". */
const REASONS_SHOWN = 5;

interface Tally {
  status: DeliveryStatus;
  error: string | null;
  count: number;
}

/**
 * Marks a broadcast done once none of its deliveries is queued or being sent, and queues the
 * delivery report to the staff member who made it, in the same transaction. Only one loop can
 * flip the status, so the report is made once however many instances finish rows together.
 */
export async function finishBroadcastIfDone(db: Db, translator: Translator, broadcastId: number, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [flipped] = await tx.$queryRaw<{ id: number; createdById: number | null; kind: string }[]>`
      UPDATE "Broadcast" SET status = 'done', "finishedAt" = ${now}::timestamp
      WHERE id = ${broadcastId}::int AND status = 'active'
        AND NOT EXISTS (SELECT 1 FROM "Delivery" WHERE "broadcastId" = ${broadcastId}::int AND status IN ('queued', 'sending'))
      RETURNING id, "createdById", kind`;
    if (!flipped) return false;
    if (flipped.createdById !== null && flipped.kind !== "report") {
      const tallies = await tallyDeliveries(tx, broadcastId);
      await enqueueBroadcastIn(tx, {
        kind: "report",
        audience: "member",
        memberId: flipped.createdById,
        texts: reportTexts(translator, broadcastId, tallies),
        sendAt: now,
        // The staff member asked for this broadcast; the report is theirs, not a notification.
        urgent: true,
        requestKey: `report:${broadcastId}`,
      });
    }
    return true;
  });
}

async function tallyDeliveries(tx: DbTransaction, broadcastId: number): Promise<Tally[]> {
  const rows = await tx.$queryRaw<{ status: DeliveryStatus; error: string | null; count: bigint }[]>`
    SELECT status, error, count(*) AS count FROM "Delivery" WHERE "broadcastId" = ${broadcastId}::int
    GROUP BY status, error ORDER BY count(*) DESC`;
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** "Broadcast #12 finished: sent 950, failed 3, skipped 47", then the reasons, in every language. */
export function reportTexts(translator: Translator, broadcastId: number, tallies: Tally[]): LocalizedTexts {
  const total = (statuses: DeliveryStatus[]) =>
    tallies.filter((tally) => statuses.includes(tally.status)).reduce((sum, tally) => sum + tally.count, 0);
  const texts = {} as LocalizedTexts;
  for (const locale of LOCALES) {
    const t = translator.for(locale);
    const reason = (error: string | null) =>
      (SKIP_REASONS as readonly string[]).includes(error ?? "") ? t(`outbox-reason-${error}`) : (error ?? "-");
    const lines = [
      t("outbox-report", {
        id: broadcastId,
        sent: total(["sent"]),
        failed: total(["failed"]),
        skipped: total(["skipped", "cancelled"]),
      }),
    ];
    for (const [status, key] of [["failed", "outbox-report-failed"], ["skipped", "outbox-report-skipped"]] as const) {
      const rows = tallies.filter((tally) => tally.status === status || (status === "skipped" && tally.status === "cancelled"));
      for (const row of rows.slice(0, REASONS_SHOWN)) lines.push(t(key, { reason: reason(row.error), count: row.count }));
      const rest = rows.slice(REASONS_SHOWN).reduce((sum, row) => sum + row.count, 0);
      if (rest > 0) lines.push(t(key, { reason: t("outbox-reason-other"), count: rest }));
    }
    texts[locale] = lines.join("\n");
  }
  return texts;
}
