/** Rp 1 trillion (1 triliun): anything above is certainly a typo, not a CSR pledge. */
export const MAX_AMOUNT_RUPIAH = 1_000_000_000_000n;

export type UnclearReason =
  | "unparseable"
  | "ambiguous-separator"
  | "fraction-of-rupiah"
  | "maybe-missing-unit"
  | "foreign-currency";

export type AmountParse =
  | { kind: "amount"; rupiah: bigint }
  | { kind: "unclear"; reason: UnclearReason; candidates: bigint[] }
  | { kind: "invalid"; reason: "zero" | "negative" | "too-large" };

const THOUSAND = 1_000n;
const MILLION = 1_000_000n;
const BILLION = 1_000_000_000n;
const TRILLION = 1_000_000_000_000n;

/** Words after a number; "M" (upper case) is handled separately because it means miliar. */
const LATIN_UNITS: ReadonlyMap<string, bigint> = new Map([
  ...["k", "rb", "rbu", "ribu", "thousand", "thousands"].map((w) => [w, THOUSAND] as const),
  ...["jt", "jut", "juta", "mn", "mio", "million", "millions"].map((w) => [w, MILLION] as const),
  ...["b", "bn", "miliar", "milyar", "mlyr", "billion", "billions"].map((w) => [w, BILLION] as const),
  ...["t", "tn", "triliun", "trilyun", "trillion", "trillions"].map((w) => [w, TRILLION] as const),
]);

/** Korean counts in groups of four digits (만, 억, 조) ... */
const KOREAN_SCALES: ReadonlyMap<string, bigint> = new Map([
  ["만", 10_000n],
  ["억", 100_000_000n],
  ["조", TRILLION],
]);
/** ... and 천/백/십 build the number inside one such group ("5천만" = 5000 × 만). */
const KOREAN_DIGIT_UNITS: ReadonlyMap<string, bigint> = new Map([
  ["천", 1_000n],
  ["백", 100n],
  ["십", 10n],
]);

type Ladder = "latin" | "korean";
/** Unit steps a trailing bare number may have been meant in ("1 juta 500" → 500 ribu?). */
const LADDERS: Record<Ladder, readonly bigint[]> = {
  latin: [TRILLION, BILLION, MILLION, THOUSAND],
  korean: [TRILLION, 100_000_000n, 10_000n],
};

// Checked in order: "rp." must win over "rp" or the dot would be left behind.
const RUPIAH_PREFIXES = ["rupiah", "rp.", "rp", "idr"];
const RUPIAH_SUFFIXES = [",-", ".-", "rupiah", "rp", "idr", "루피아"];
const SIGN_PREFIXES = ["-", "minus"];
const FOREIGN_CURRENCY_MARKERS = [
  "$", "us$", "s$", "a$", "usd", "sgd", "aud", "dollar", "dollars", "dolar",
  "€", "eur", "euro", "euros", "£", "gbp", "¥", "jpy", "yen",
  "₩", "krw", "won", "원", "rm", "myr", "ringgit",
];

type Separator = "." | "," | " ";
interface NumeralToken {
  kind: "numeral";
  groups: string[]; // digit runs, e.g. "10.000,50" → ["10", "000", "50"]
  separators: Separator[]; // the marks between them
}
interface ScaleToken {
  kind: "scale";
  multiplier: bigint;
  ladder: Ladder;
}
interface KoreanDigitUnitToken {
  kind: "korean-digit-unit";
  multiplier: bigint;
}
/** Lower-case "m": "million" to an English speaker, "miliar" to an Indonesian one. */
interface AmbiguousMToken {
  kind: "ambiguous-m";
}
type Token = NumeralToken | ScaleToken | KoreanDigitUnitToken | AmbiguousMToken;

/** An exact decimal, digits / 10^scale, so "1,25" never touches floating point. */
interface Exact {
  digits: bigint;
  scale: number;
}
type Reading = { kind: "exact"; value: Exact } | { kind: "ambiguous"; readings: Exact[] };
type Coefficient = { kind: "numeral"; token: NumeralToken } | { kind: "fixed"; value: bigint };
interface Term {
  reading: Reading;
  unit: ScaleToken | null;
}

/**
 * Parses what a person typed as an amount in whole rupiah.
 *
 * A misread pledge is worse than a follow-up question, so anything with two
 * plausible readings ("1,5", "10", "5m", "1.500,000") comes back as "unclear"
 * with the readings to offer as choices, instead of a guess. All arithmetic is
 * done on digit strings with BigInt.
 */
export function parseAmount(text: string): AmountParse {
  let rest = normalize(text);
  let negative = false;
  let rupiahMarked = false;
  // Both "-Rp 5.000" and "Rp -5.000" occur, so peel prefix and sign in either order.
  for (;;) {
    const afterRupiah = rupiahMarked ? null : stripPrefix(rest, RUPIAH_PREFIXES);
    if (afterRupiah !== null) {
      rest = afterRupiah;
      rupiahMarked = true;
      continue;
    }
    const afterSign = negative ? null : stripPrefix(rest, SIGN_PREFIXES);
    if (afterSign !== null) {
      rest = afterSign;
      negative = true;
      continue;
    }
    break;
  }
  const suffixed = stripRupiahSuffixes(rest);
  const result = parseUnsigned(suffixed.body, rupiahMarked || suffixed.marked);
  return negative ? applyNegativeSign(result) : result;
}

function normalize(text: string): string {
  return text
    .normalize("NFKC") // fullwidth digits and "＄", "￦" become their plain forms
    .replace(/[\u200B-\u200D\u2060]/g, "") // zero-width characters pasted from other apps
    .replace(/[\u2212\u2013\u2014]/g, "-") // typographic minus and dashes
    .replace(/\s+/g, " ") // non-breaking and other spaces
    .trim();
}

function applyNegativeSign(result: AmountParse): AmountParse {
  const keep =
    (result.kind === "invalid" && result.reason === "zero") ||
    (result.kind === "unclear" && (result.reason === "unparseable" || result.reason === "foreign-currency"));
  return keep ? result : { kind: "invalid", reason: "negative" };
}

/** Won: Korean partners often write "500만원" out of habit and mean the figure in rupiah. */
const WON_MARKERS = ["₩", "krw", "won", "원"];

function parseUnsigned(body: string, rupiahMarked: boolean): AmountParse {
  const foreignAmount = stripForeignCurrency(body);
  if (foreignAmount === null) return parseRupiahBody(body, rupiahMarked);
  // "$abc" is still just garbage; "$100" is an amount we cannot take.
  const inner = parseRupiahBody(foreignAmount, true);
  if (isUnparseable(inner)) return inner;
  // Never converted at an exchange rate (a guess): the same figure in rupiah is offered to pick.
  const inWon = stripPrefix(body, WON_MARKERS) !== null || stripSuffix(body, WON_MARKERS) !== null;
  return unclear("foreign-currency", inWon && inner.kind === "amount" ? [inner.rupiah] : []);
}

function parseRupiahBody(body: string, rupiahMarked: boolean): AmountParse {
  const tokens = tokenize(body);
  if (tokens === null || tokens.length === 0) return unclear("unparseable");
  if (!tokens.some((t) => t.kind === "ambiguous-m")) return evaluate(tokens, rupiahMarked);
  // Evaluate both meanings of "m" and let the person choose.
  const asMillion = evaluate(resolveAmbiguousM(tokens, MILLION), rupiahMarked);
  const asBillion = evaluate(resolveAmbiguousM(tokens, BILLION), rupiahMarked);
  const amounts = [asMillion, asBillion].flatMap((r) => (r.kind === "amount" ? [r.rupiah] : []));
  return amounts.length === 0 ? asMillion : unclear("maybe-missing-unit", amounts);
}

function resolveAmbiguousM(tokens: Token[], multiplier: bigint): Token[] {
  return tokens.map((t) => (t.kind === "ambiguous-m" ? { kind: "scale", multiplier, ladder: "latin" } : t));
}

// ---------------------------------------------------------------- markers

/** Latin-letter markers must stand alone: "rm" in "rm100", not the "rm" of "perm". */
function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z]$/.test(char);
}

function stripPrefix(text: string, markers: readonly string[]): string | null {
  for (const marker of markers) {
    const matches = text.slice(0, marker.length).toLowerCase() === marker;
    const bounded = !isLatinLetter(marker.at(-1)) || !isLatinLetter(text[marker.length]);
    if (matches && bounded) return text.slice(marker.length).trimStart();
  }
  return null;
}

function stripSuffix(text: string, markers: readonly string[]): string | null {
  for (const marker of markers) {
    if (text.length < marker.length) continue;
    const start = text.length - marker.length;
    const matches = text.slice(start).toLowerCase() === marker;
    const bounded = !isLatinLetter(marker[0]) || !isLatinLetter(text[start - 1]);
    if (matches && bounded) return text.slice(0, start).trimEnd();
  }
  return null;
}

function stripRupiahSuffixes(text: string): { body: string; marked: boolean } {
  let body = text;
  let marked = false;
  // Loop because suffixes stack: "10.000,- rupiah".
  for (let next = stripSuffix(body, RUPIAH_SUFFIXES); next !== null; next = stripSuffix(body, RUPIAH_SUFFIXES)) {
    body = next;
    marked = true;
  }
  return { body, marked };
}

function stripForeignCurrency(text: string): string | null {
  return stripPrefix(text, FOREIGN_CURRENCY_MARKERS) ?? stripSuffix(text, FOREIGN_CURRENCY_MARKERS);
}

// ---------------------------------------------------------------- tokens

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= "0" && char <= "9";

/** Splits into numerals and unit words; null if anything else is present ("10jt lagi?"). */
function tokenize(body: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const char = body[i] ?? "";
    if (char === " ") {
      i += 1;
    } else if (isDigit(char)) {
      const numeral = readNumeral(body, i);
      tokens.push(numeral.token);
      i = numeral.end;
    } else if (isLatinLetter(char)) {
      let end = i;
      while (isLatinLetter(body[end])) end += 1;
      const unit = latinUnit(body.slice(i, end));
      if (unit === null) return null;
      tokens.push(unit);
      i = end;
    } else {
      const korean = koreanUnit(char);
      if (korean === null) return null;
      tokens.push(korean);
      i += 1;
    }
  }
  return tokens;
}

function readDigits(body: string, start: number): number {
  let end = start;
  while (isDigit(body[end])) end += 1;
  return end;
}

/** A space only separates thousands when exactly three digits follow ("10 000 000"). */
function isSpaceGroup(body: string, at: number): boolean {
  return body[at] === " " && [1, 2, 3].every((k) => isDigit(body[at + k])) && !isDigit(body[at + 4]);
}

function readNumeral(body: string, start: number): { token: NumeralToken; end: number } {
  let end = readDigits(body, start);
  const groups = [body.slice(start, end)];
  const separators: Separator[] = [];
  for (;;) {
    const mark = body[end];
    const isMark = (mark === "." || mark === ",") && isDigit(body[end + 1]);
    if (!isMark && !isSpaceGroup(body, end)) break;
    const groupEnd = readDigits(body, end + 1);
    separators.push(isMark ? (mark as Separator) : " ");
    groups.push(body.slice(end + 1, groupEnd));
    end = groupEnd;
  }
  return { token: { kind: "numeral", groups, separators }, end };
}

function latinUnit(word: string): Token | null {
  if (word === "M") return { kind: "scale", multiplier: BILLION, ladder: "latin" }; // Indonesian "M" = miliar
  const lower = word.toLowerCase();
  if (lower === "m") return { kind: "ambiguous-m" };
  const multiplier = LATIN_UNITS.get(lower);
  return multiplier === undefined ? null : { kind: "scale", multiplier, ladder: "latin" };
}

function koreanUnit(char: string): Token | null {
  const scale = KOREAN_SCALES.get(char);
  if (scale !== undefined) return { kind: "scale", multiplier: scale, ladder: "korean" };
  const digitUnit = KOREAN_DIGIT_UNITS.get(char);
  return digitUnit === undefined ? null : { kind: "korean-digit-unit", multiplier: digitUnit };
}

// ---------------------------------------------------------------- numerals

const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent);
const integer = (digits: string): Exact => ({ digits: BigInt(digits), scale: 0 });
const decimal = (whole: string, fraction: string): Exact => ({
  digits: BigInt(whole + fraction),
  scale: fraction.length,
});
const times = (value: Exact, multiplier: bigint): Exact => ({ digits: value.digits * multiplier, scale: value.scale });
const isWhole = (value: Exact): boolean => value.digits % pow10(value.scale) === 0n;
const wholePart = (value: Exact): bigint => value.digits / pow10(value.scale);
const exact = (value: Exact): Reading => ({ kind: "exact", value });

/** "1.500.000", "10,000", "10 000": one mark, a 1–3 digit lead, then groups of three. */
function isThousandsGrouping(groups: readonly string[], separators: readonly Separator[]): boolean {
  const [lead, ...rest] = groups;
  return (
    separators.every((s) => s === separators[0]) &&
    /^[1-9]\d{0,2}$/.test(lead ?? "") &&
    rest.every((g) => g.length === 3)
  );
}

/** What digits + marks can mean; hasUnit because "1,5 jt" is clear where "1,5" is not. */
function readNumeralValue(token: NumeralToken, hasUnit: boolean): Reading {
  const { groups, separators } = token;
  if (separators.length === 0 || isThousandsGrouping(groups, separators)) return exact(integer(groups.join("")));
  const [whole = "", fraction = ""] = groups;
  if (separators.length === 1 && separators[0] !== " ") return readLoneDecimalMark(whole, fraction, hasUnit);
  return readMixedMarks(groups, separators) ?? { kind: "ambiguous", readings: [integer(groups.join(""))] };
}

function readLoneDecimalMark(whole: string, fraction: string, hasUnit: boolean): Reading {
  const value = decimal(whole, fraction);
  // With a unit either mark is a decimal point; ",00" is just zero decimals.
  if (hasUnit || /^0+$/.test(fraction)) return exact(value);
  // "1,5" alone: 1,5 ribu? 1,5 juta? Ask.
  return { kind: "ambiguous", readings: [times(value, THOUSAND), times(value, MILLION)] };
}

/** "1.500.000,00" / "1,500,000.50": thousands in one mark, decimals in the other. Null if irregular. */
function readMixedMarks(groups: readonly string[], separators: readonly Separator[]): Reading | null {
  const decimalMark = separators.at(-1);
  const headGroups = groups.slice(0, -1);
  const headSeparators = separators.slice(0, -1);
  const fraction = groups.at(-1) ?? "";
  const regular =
    decimalMark !== " " &&
    decimalMark !== undefined &&
    !headSeparators.includes(decimalMark) &&
    isThousandsGrouping(headGroups, headSeparators);
  if (!regular) return null;
  const whole = headGroups.join("");
  // "1.500,000": a three-digit tail could be decimals or one more thousands group.
  if (fraction.length === 3) return { kind: "ambiguous", readings: [decimal(whole, fraction), integer(whole + fraction)] };
  return exact(decimal(whole, fraction));
}

// ---------------------------------------------------------------- terms

/** Splits tokens into "number unit" terms: "1 juta 500 ribu", "1억 5000만". */
function parseTerms(tokens: readonly Token[]): Term[] | null {
  const terms: Term[] = [];
  let i = 0;
  while (i < tokens.length) {
    const coefficient = parseCoefficient(tokens, i);
    if (coefficient === null) return null;
    i = coefficient.next;
    const next = tokens[i];
    const unit = next?.kind === "scale" ? next : null;
    if (unit !== null) i += 1;
    const reading =
      coefficient.value.kind === "fixed"
        ? exact({ digits: coefficient.value.value, scale: 0 })
        : readNumeralValue(coefficient.value.token, unit !== null);
    terms.push({ reading, unit });
  }
  return terms;
}

function parseCoefficient(tokens: readonly Token[], i: number): { value: Coefficient; next: number } | null {
  const token = tokens[i];
  if (token === undefined) return null;
  // Korean drops a leading one ("만원", "억"); Indonesian and English never do ("jt" alone).
  if (token.kind === "scale") return token.ladder === "korean" ? { value: { kind: "fixed", value: 1n }, next: i } : null;
  if (token.kind === "korean-digit-unit" || tokens[i + 1]?.kind === "korean-digit-unit") {
    return parseKoreanGroup(tokens, i);
  }
  return token.kind === "numeral" ? { value: { kind: "numeral", token }, next: i + 1 } : null;
}

/** "5천", "3천5백", "천", "3천500": a number below 10,000 built from 천/백/십. */
function parseKoreanGroup(tokens: readonly Token[], start: number): { value: Coefficient; next: number } | null {
  let i = start;
  let total = 0n;
  let lastUnit: bigint | null = null;
  for (;;) {
    const token = tokens[i];
    const after = tokens[i + 1];
    let digit: bigint | null;
    let unit: bigint;
    if (token?.kind === "korean-digit-unit") {
      [digit, unit] = [1n, token.multiplier];
      i += 1;
    } else if (token?.kind === "numeral" && after?.kind === "korean-digit-unit") {
      [digit, unit] = [singleDigit(token), after.multiplier];
      i += 2;
    } else {
      break;
    }
    if (digit === null || (lastUnit !== null && unit >= lastUnit)) return null;
    total += digit * unit;
    lastUnit = unit;
  }
  const trailing = tokens[i];
  if (trailing?.kind === "numeral") {
    const ones = plainInteger(trailing);
    if (ones === null || lastUnit === null || ones >= lastUnit) return null;
    total += ones;
    i += 1;
  }
  return { value: { kind: "fixed", value: total }, next: i };
}

function plainInteger(token: NumeralToken): bigint | null {
  const [digits] = token.groups;
  return token.separators.length === 0 && digits !== undefined ? BigInt(digits) : null;
}

function singleDigit(token: NumeralToken): bigint | null {
  const value = plainInteger(token);
  return value !== null && value >= 1n && value <= 9n ? value : null;
}

// ---------------------------------------------------------------- evaluation

function evaluate(tokens: readonly Token[], rupiahMarked: boolean): AmountParse {
  const terms = parseTerms(tokens);
  if (terms === null) return unclear("unparseable");
  const [only] = terms;
  if (only !== undefined && terms.length === 1) return evaluateSingleTerm(only, rupiahMarked);
  return evaluateCompound(terms);
}

function evaluateSingleTerm(term: Term, rupiahMarked: boolean): AmountParse {
  const multiplier = term.unit?.multiplier ?? 1n;
  if (term.reading.kind === "ambiguous") {
    const scaled = term.reading.readings.map((r) => times(r, multiplier)).filter(isWhole);
    return unclear("ambiguous-separator", scaled.map(wholePart));
  }
  const total = times(term.reading.value, multiplier);
  if (!isWhole(total)) {
    const floor = wholePart(total);
    return unclear("fraction-of-rupiah", [floor, floor + 1n]);
  }
  return finalize(wholePart(total), term.unit === null && !rupiahMarked);
}

/** "1 juta 500 ribu": units strictly decreasing, each part smaller than the unit before it. */
function evaluateCompound(terms: readonly Term[]): AmountParse {
  let total = 0n;
  let previousUnit: ScaleToken | null = null;
  for (const [index, term] of terms.entries()) {
    // "1,5 juta 500 ribu" mixes styles; we will not pick one.
    if (term.reading.kind !== "exact" || !isWhole(term.reading.value)) return unclear("ambiguous-separator");
    const coefficient = wholePart(term.reading.value);
    if (term.unit === null) {
      // Only the last part may lack a unit, and then its unit is the question.
      const isLast = index === terms.length - 1;
      return isLast && previousUnit !== null
        ? unclear("maybe-missing-unit", trailingNumberReadings(total, coefficient, previousUnit))
        : unclear("unparseable");
    }
    const value = coefficient * term.unit.multiplier;
    if (previousUnit !== null && (term.unit.multiplier >= previousUnit.multiplier || value >= previousUnit.multiplier)) {
      return unclear("unparseable");
    }
    total += value;
    previousUnit = term.unit;
  }
  return finalize(total, false);
}

/** "1 juta 500" may be 1.000.500 or 1.500.000 ("1억 5천" is usually 1억 5천만). */
function trailingNumberReadings(base: bigint, trailing: bigint, previousUnit: ScaleToken): bigint[] {
  const lowerUnits = LADDERS[previousUnit.ladder].filter((m) => m < previousUnit.multiplier);
  return [1n, ...lowerUnits]
    .filter((m) => trailing * m < previousUnit.multiplier)
    .map((m) => base + trailing * m);
}

function finalize(rupiah: bigint, mayLackUnit: boolean): AmountParse {
  if (rupiah === 0n) return { kind: "invalid", reason: "zero" };
  if (rupiah > MAX_AMOUNT_RUPIAH) return { kind: "invalid", reason: "too-large" };
  // Nobody pledges Rp 10 to a campaign: "10" most likely means 10 ribu or 10 juta.
  if (mayLackUnit && rupiah < THOUSAND) {
    return unclear("maybe-missing-unit", [rupiah, rupiah * THOUSAND, rupiah * MILLION]);
  }
  return { kind: "amount", rupiah };
}

/** Candidates are choices to show, so keep only possible amounts, once each, smallest first. */
function unclear(reason: UnclearReason, readings: readonly bigint[] = []): AmountParse {
  const candidates = [...new Set(readings.filter((r) => r > 0n && r <= MAX_AMOUNT_RUPIAH))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return { kind: "unclear", reason, candidates };
}

function isUnparseable(result: AmountParse): boolean {
  return result.kind === "unclear" && result.reason === "unparseable";
}
