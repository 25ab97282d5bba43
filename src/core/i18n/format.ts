import { TIME_ZONE } from "../jakarta-time.js";
import type { LocaleCode } from "./translator.js";

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
