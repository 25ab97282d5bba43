import type { DbClient } from "../../db/database.js";
import { jakartaToday } from "../jakarta-time.js";

/** A campaign's running totals at the end of each day (Jakarta) something changed. */
export interface ProgressSeries {
  /** UTC-midnight Dates, like campaign dates. */
  days: Date[];
  pledged: bigint[];
  confirmed: bigint[];
}

/**
 * Pledged (every live pledge, by the day it was made) and confirmed (by the day staff confirmed
 * it, from the audit log) over time. One GROUP BY per campaign; the last point equals the
 * campaign's counters, since both count the same live and confirmed pledges.
 */
export async function loadProgressSeries(db: DbClient, campaignId: number, now: Date): Promise<ProgressSeries> {
  const rows = await db.$queryRaw<{ day: Date; pledged: bigint; confirmed: bigint }[]>`
    SELECT day, SUM(pledged)::bigint AS pledged, SUM(confirmed)::bigint AS confirmed FROM (
      SELECT (p."createdAt" + interval '7 hours')::date AS day, p.amount AS pledged, 0::bigint AS confirmed
      FROM "Pledge" p WHERE p."campaignId" = ${campaignId}::int AND p.status NOT IN ('cancelled', 'rejected')
      UNION ALL
      SELECT (COALESCE(c.at, p."updatedAt") + interval '7 hours')::date, 0::bigint, p.amount
      FROM "Pledge" p
      LEFT JOIN LATERAL (
        SELECT MIN(a."createdAt") AS at FROM "AuditLog" a
        WHERE a.entity = 'Pledge' AND a."entityId" = p.id::text AND a.action = 'pledge.confirm'
      ) c ON true
      WHERE p."campaignId" = ${campaignId}::int AND p.status IN ('confirmed', 'delivered')
    ) changes GROUP BY day ORDER BY day`;
  const series: ProgressSeries = { days: [], pledged: [], confirmed: [] };
  let pledged = 0n;
  let confirmed = 0n;
  for (const row of rows) {
    pledged += row.pledged;
    confirmed += row.confirmed;
    series.days.push(row.day);
    series.pledged.push(pledged);
    series.confirmed.push(confirmed);
  }
  // The line reaches today, so a quiet week still shows as a flat stretch.
  const today = jakartaToday(now);
  const last = series.days.at(-1);
  if (!last || last.getTime() < today.getTime()) {
    series.days.push(today);
    series.pledged.push(pledged);
    series.confirmed.push(confirmed);
  }
  return series;
}
