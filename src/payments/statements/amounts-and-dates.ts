/**
 * Amounts and dates as Indonesian banks' exports write them, read exactly: an amount becomes sen
 * in a bigint (never a float), a date a calendar day that exists.
 */

/** Rp 10 trillion and more on one line is no statement of a foundation's: refused, not read. */
const MAX_INTEGER_DIGITS = 15;

/**
 * "807400.00", "5,000,000.00", "287,490", ".00" (zero), "1000": digits with optional comma
 * thousands (in groups of three, or none at all) and up to two decimals after a dot. Anything
 * else (a second dot, groups of two, letters) is undefined: a figure that does not read is never
 * guessed at.
 */
export function senFromDotDecimal(text: string): bigint | undefined {
  const match = /^(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?|\.(\d{1,2}))$/.exec(text.trim());
  if (!match) return undefined;
  const integer = (match[1] ?? "0").replaceAll(",", "");
  if (integer.length > MAX_INTEGER_DIGITS) return undefined;
  const decimals = (match[2] ?? match[3] ?? "").padEnd(2, "0");
  return BigInt(integer) * 100n + BigInt(decimals);
}

/** MT940's "5000123,00" and "5000123,": digits, a comma, up to two decimals. */
export function senFromCommaDecimal(text: string): bigint | undefined {
  const match = /^(\d+)(?:,(\d{0,2}))?$/.exec(text.trim());
  if (!match || match[1]!.length > MAX_INTEGER_DIGITS) return undefined;
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}

/** "YYYY-MM-DD" for a day that exists, else undefined (31/02 is a typo, not 3 March). */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "02/08/2026" or "02/08/26" (day first, as Indonesian banks write it). Two-digit years are 20YY. */
export function dayMonthYear(text: string): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  return calendarDate(year, Number(match[2]), Number(match[1]));
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ["JAN"], ["FEB", "PEB"], ["MAR"], ["APR"], ["MAY", "MEI"], ["JUN"],
    ["JUL"], ["AUG", "AGU", "AGS", "AGT"], ["SEP"], ["OCT", "OKT"], ["NOV", "NOP"], ["DEC", "DES"],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/**
 * A statement's date cell in any of the ways Indonesian banks' exports write one, a time after it
 * ignored: "02/08/2026", "02/08/26", "2026-08-02" (a spreadsheet's date cell), "02 Aug 2026",
 * "02-Agu-2026".
 */
export function statementDay(text: string): string | undefined {
  const day = text.trim().split(/\s+(?=\d{1,2}:\d{2})/)[0]!;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = /^(\d{1,2})[\s-]([A-Za-z]{3})[a-z]*[\s-](\d{4})$/.exec(day);
  if (named) {
    const month = MONTHS.get(named[2]!.toUpperCase());
    return month === undefined ? undefined : calendarDate(Number(named[3]), month, Number(named[1]));
  }
  return dayMonthYear(day);
}

/** The calendar day of a Date, read in UTC: spreadsheet dates and SWIFT dates carry no time zone. */
export function utcDay(date: Date): string | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
