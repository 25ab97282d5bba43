import type { LocaleCode } from "./translator.js";

export const TIME_ZONE = "Asia/Jakarta";

export const INTL_LOCALE: Record<LocaleCode, string> = { id: "id-ID", ko: "ko-KR", en: "en-US" };

/** Number, money and date formatting for one locale. Amounts are BigInt rupiah throughout. */
export interface LocaleFormat {
  rupiah(amount: bigint): string;
  number(value: number | bigint): string;
  date(date: Date): string;
  dateTime(date: Date): string;
}

const formatsByLocale = new Map<LocaleCode, LocaleFormat>();

/** Intl formatters are costly to build, so each locale's set is built once and shared. */
export function formatFor(locale: LocaleCode): LocaleFormat {
  let format = formatsByLocale.get(locale);
  if (!format) formatsByLocale.set(locale, (format = buildFormat(locale)));
  return format;
}

function buildFormat(locale: LocaleCode): LocaleFormat {
  const intlLocale = INTL_LOCALE[locale];
  const numbers = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 });
  // Campaign dates are calendar days stored at UTC midnight; show them as that same day.
  const calendarDays = new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeZone: "UTC" });
  const dateTimes = new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE });
  return {
    // "Rp" in every language: the currency is always rupiah, and Intl would write "IDR" for ko/en.
    rupiah: (amount) => `Rp ${numbers.format(amount)}`,
    number: (value) => numbers.format(value),
    date: (date) => calendarDays.format(date),
    dateTime: (date) => dateTimes.format(date),
  };
}

/** `▰▰▰▰▱▱▱▱▱▱ 42%`: readable on every chat app, without images. */
export function progressBar(done: bigint, target: bigint, width = 10): string {
  const percent = percentOf(done, target);
  const filled = Math.min(width, Math.floor((percent * width) / 100));
  return `${"▰".repeat(filled)}${"▱".repeat(width - filled)} ${percent}%`;
}

/** Whole percent, rounded down, computed in BigInt so large sums stay exact. */
export function percentOf(done: bigint, target: bigint): number {
  if (target <= 0n) return 0;
  return Number((done * 100n) / target);
}

/** Jakarta keeps UTC+7 all year: Indonesia has had no daylight saving time since 1964. */
const JAKARTA_UTC_OFFSET_MS = 7 * 3_600_000;

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
  return Math.round((endsOn.getTime() - jakartaToday(now).getTime()) / 86_400_000);
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
