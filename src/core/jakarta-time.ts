/**
 * Jakarta time, in one place: the partners' and staff's clock. Campaign dates are calendar days
 * stored at UTC midnight; times people type are read as Jakarta time; daily windows (quiet
 * hours, WhatsApp's daily cap) turn at Jakarta midnight. Formatting for a locale is in
 * i18n/format.ts, with this time zone.
 */

/** For Intl and node-cron. */
export const TIME_ZONE = "Asia/Jakarta";

/** Jakarta keeps UTC+7 all year: Indonesia has had no daylight saving time since 1964. */
const JAKARTA_UTC_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Today's date in Jakarta as a UTC-midnight Date, comparable with campaign dates. */
export function jakartaToday(now: Date): Date {
  const jakarta = new Date(now.getTime() + JAKARTA_UTC_OFFSET_MS);
  return new Date(Date.UTC(jakarta.getUTCFullYear(), jakarta.getUTCMonth(), jakarta.getUTCDate()));
}

/** The instant a Jakarta calendar day (a UTC-midnight Date, like campaign dates) begins. */
export function jakartaDayStart(day: Date): Date {
  return new Date(day.getTime() - JAKARTA_UTC_OFFSET_MS);
}

/** Whole days from today (Jakarta) to the end date; 0 on the last day, negative once over. */
export function daysLeft(endsOn: Date, now: Date): number {
  return Math.round((endsOn.getTime() - jakartaToday(now).getTime()) / DAY_MS);
}

/**
 * A calendar day as people type it: YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or "today" (Jakarta), as a
 * UTC-midnight Date like campaign dates; undefined when it is no real day.
 */
export function readCalendarDate(input: string, now: Date): Date | undefined {
  const trimmed = input.trim().toLowerCase();
  if (["today", "hari ini", "sekarang", "오늘"].includes(trimmed)) return jakartaToday(now);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls a 13th month or a 31 June over into the next: such a day does not exist.
  if (!year || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return undefined;
  return date;
}

/** The next midnight in Jakarta after `now`: when a daily cap starts again. */
export function nextJakartaMidnight(now: Date): Date {
  return new Date(jakartaToday(now).getTime() + DAY_MS - JAKARTA_UTC_OFFSET_MS);
}

/** Minutes since midnight in Jakarta (0–1439). */
export function jakartaMinuteOfDay(now: Date): number {
  return Math.floor((((now.getTime() + JAKARTA_UTC_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS / 60_000);
}

/** "2026-12-01 09:00", "01/12/2026 09:00" or "09:00" (the next such time), read as Jakarta time. */
export function readJakartaTime(input: string, now: Date): Date | undefined {
  const trimmed = input.trim();
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2})[:.](\d{2})$/.exec(trimmed) ?? (() => {
    const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}) (\d{1,2})[:.](\d{2})$/.exec(trimmed);
    return local ? [local[0], local[3], local[2], local[1], local[4], local[5]] : null;
  })();
  const timeOnly = /^(\d{1,2})[:.](\d{2})$/.exec(trimmed);
  const today = jakartaToday(now);
  const [year, month, day, hour, minute] = full
    ? full.slice(1).map(Number)
    : timeOnly
      ? [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate(), Number(timeOnly[1]), Number(timeOnly[2])]
      : [];
  if (year === undefined || hour! > 23 || minute! > 59) return undefined;
  const at = new Date(Date.UTC(year, month! - 1, day!, hour!, minute!) - JAKARTA_UTC_OFFSET_MS);
  if (Number.isNaN(at.getTime()) || new Date(at.getTime() + JAKARTA_UTC_OFFSET_MS).getUTCDate() !== day) return undefined;
  // A bare time already past today means tomorrow.
  return timeOnly && at <= now ? new Date(at.getTime() + DAY_MS) : at;
}
