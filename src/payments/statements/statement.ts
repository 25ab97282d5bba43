/**
 * A bank statement as every format reads into it: the account, the period, and its lines in whole
 * rupiah. Only booked credits can pay a pledge; debits and pending rows stay in `lines` (so the
 * whole statement can be shown) and are counted in `skipped`.
 */

export const STATEMENT_FORMATS = ["klikbca-personal", "klikbca-bisnis", "mandiri-csv", "mandiri-xlsx", "mt940", "camt053"] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

/** A statement file is a chat attachment: 10 MB at most, as every file the bot takes. */
export const MAX_STATEMENT_BYTES = 10 * 1024 * 1024;
/** Ten times the largest statement a month of pledges produces; past it the file is refused, not cut. */
export const MAX_STATEMENT_LINES = 100_000;
/** A description longer than this is cut: no bank writes one, and matching reads it whole. */
export const MAX_DESCRIPTION_CHARACTERS = 500;

export interface StatementLine {
  /** The booking date as the bank prints it (YYYY-MM-DD, a calendar day, no time zone). */
  readonly date: string;
  /** Whole rupiah, above zero. */
  readonly amount: bigint;
  readonly direction: "credit" | "debit";
  /** Not yet booked (BCA's `PEND`, CAMT's `PDNG`): its date and even its amount may still change. */
  readonly pending: boolean;
  /** White space collapsed, cut at 500 characters. */
  readonly description: string;
  /** The bank's own reference for the line, where the format has one. */
  readonly reference?: string;
}

export interface Statement {
  readonly format: StatementFormat;
  /** The account number as the bank writes it, without the quote or spaces around it; "" if the file names none. */
  readonly account: string;
  readonly period?: { readonly from: string; readonly to: string };
  readonly lines: readonly StatementLine[];
  readonly skipped: {
    readonly debits: number;
    readonly pending: number;
    /** Credits with sen (interest, say): no transfer of a pledge carries them, and an amount is whole rupiah. */
    readonly fractional: number;
  };
}

export type StatementRefusalCode =
  | "empty"
  | "too-large"
  | "too-many-lines"
  /** None of the accepted formats: `accepted` lists them. */
  | "unrecognised"
  /** An old binary Excel file (.xls): it is to be saved as .xlsx or CSV. */
  | "old-excel"
  /** A recognised format with a line that does not read; `line` and `detail` say which and why. */
  | "malformed"
  /** Lines of more than one account: one statement per account. */
  | "several-accounts"
  /** Not a rupiah account. */
  | "not-rupiah";

export interface StatementRefusal {
  readonly code: StatementRefusalCode;
  readonly accepted: readonly StatementFormat[];
  readonly format?: StatementFormat;
  /** 1-based line (row) of the file, where one is to blame. */
  readonly line?: number;
  readonly detail?: string;
}

export type StatementRead = { ok: true; statement: Statement } | { ok: false; refusal: StatementRefusal };

/** Thrown inside a format's reader and turned into a refusal at the edge, with the format named. */
export class StatementProblem extends Error {
  constructor(
    readonly code: Exclude<StatementRefusalCode, "unrecognised" | "empty" | "old-excel">,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(detail);
    this.name = "StatementProblem";
  }
}

/** The lines that can pay a pledge: credits the bank has booked. */
export function bookedCredits(statement: Statement): StatementLine[] {
  return statement.lines.filter((line) => line.direction === "credit" && !line.pending);
}

/** What a format's reader found, before it becomes a `Statement`. */
export interface ReadLine {
  /** 1-based row of the file, for a refusal that points at it (tables have rows; MT940 and CAMT entries do not). */
  readonly row?: number;
  readonly date: string;
  /** In sen (hundredths of a rupiah), as banks write amounts. */
  readonly sen: bigint;
  readonly direction: "credit" | "debit";
  readonly pending: boolean;
  readonly description: string;
  readonly reference?: string;
}

/**
 * Puts read lines into a statement. A line with sen is counted but left out: no pledge's transfer
 * carries sen, and a line's amount is whole rupiah, never rounded.
 */
export function statementOf(format: StatementFormat, account: string, period: Statement["period"], read: readonly ReadLine[]): Statement {
  if (read.length > MAX_STATEMENT_LINES) throw new StatementProblem("too-many-lines", `${read.length} lines; at most ${MAX_STATEMENT_LINES}`);
  const lines: StatementLine[] = [];
  let debits = 0;
  let pending = 0;
  let fractional = 0;
  for (const line of read) {
    if (line.sen <= 0n) throw new StatementProblem("malformed", "an amount of zero or less", line.row);
    const whole = line.sen % 100n === 0n;
    if (line.direction === "debit") debits++;
    else if (line.pending) pending++;
    else if (!whole) fractional++;
    if (!whole) continue;
    lines.push({
      date: line.date,
      amount: line.sen / 100n,
      direction: line.direction,
      pending: line.pending,
      description: tidyDescription(line.description),
      ...(line.reference ? { reference: tidyDescription(line.reference) } : {}),
    });
  }
  return { format, account: tidyAccount(account), ...(period ? { period } : {}), lines, skipped: { debits, pending, fractional } };
}

export function tidyDescription(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_DESCRIPTION_CHARACTERS);
}

function tidyAccount(text: string): string {
  return text.replace(/^'/, "").replace(/\s+/g, "").trim();
}
