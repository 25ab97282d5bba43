import { jakartaMinuteOfDay } from "../core/jakarta-time.js";

/** A daily window in Jakarta time, in minutes after midnight; `start > end` wraps past midnight. */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

/**
 * Reads `21:00-07:00` (the default, WIB), or `off` for none. Returns undefined for anything else,
 * so configuration can name the bad key.
 */
export function parseQuietHours(text: string): QuietHours | null | undefined {
  if (/^(off|none|)$/i.test(text.trim())) return null;
  const match = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [startHour, startMin, endHour, endMin] = match.slice(1).map(Number) as [number, number, number, number];
  if (startHour > 23 || endHour > 23 || startMin > 59 || endMin > 59) return undefined;
  return { startMinute: startHour * 60 + startMin, endMinute: endHour * 60 + endMin };
}

/** True when `now` falls in the quiet window (Jakarta time): non-urgent sends wait until it ends. */
export function isQuietTime(now: Date, quiet: QuietHours | null): boolean {
  if (!quiet || quiet.startMinute === quiet.endMinute) return false;
  const minuteOfDay = jakartaMinuteOfDay(now);
  return quiet.startMinute < quiet.endMinute
    ? minuteOfDay >= quiet.startMinute && minuteOfDay < quiet.endMinute
    : minuteOfDay >= quiet.startMinute || minuteOfDay < quiet.endMinute;
}
