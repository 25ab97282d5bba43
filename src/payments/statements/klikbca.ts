import { calendarDate, dayMonthYear, senFromDotDecimal } from "./amounts-and-dates.js";
import { statementOf, StatementProblem, type ReadLine, type Statement } from "./statement.js";
import { factsAbove, findHeaderRow, type TableRow, type TableFormat, type HeaderFacts, type ReadContext } from "./text-table.js";

/**
 * BCA's internet banking exports. KlikBCA for individuals writes a few header lines (account,
 * name, period, currency), then `Date,Description,Branch,Amount,,Balance` (or the Indonesian
 * `Tanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo`), dates as `'DD/MM` without the year, the
 * amount plain (`807400.00`) with `CR`/`DB` in the unnamed column, `PEND` in the date column of a
 * transfer not yet booked, and a trailer of balances. KlikBCA Bisnis quotes every cell, writes
 * `DD/MM/YYYY` and puts the marker after the amount: `"287,490.00 DB"`.
 */

const PERSONAL_HEADINGS = [
  ["Date", "Description", "Branch", "Amount"],
  ["Tanggal Transaksi", "Keterangan", "Cabang", "Jumlah"],
];
const BISNIS_HEADINGS = ["Tanggal Transaksi", "Keterangan", "Cabang", "Jumlah"];

/** A data row starts with a date (`02/01`, `02/01/2026`) or `PEND`; anything else is header or trailer. */
const DATA_ROW = /^(?:PEND$|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$)/i;

/** The personal export's heading row has an unnamed fifth column (the CR/DB marker) and a sixth, the balance. */
const hasMarkerColumn = ({ cells }: TableRow) => cells.length >= 6 && cells[4] === "";

export const klikBcaPersonal: TableFormat = {
  format: "klikbca-personal",
  headerRow(rows) {
    for (const headings of PERSONAL_HEADINGS) {
      const index = findHeaderRow(rows, headings);
      if (index !== -1 && hasMarkerColumn(rows[index]!)) return index;
    }
    return -1;
  },
  read(rows, headerRow, context) {
    const facts = factsAbove(rows, headerRow);
    const lines: ReadLine[] = [];
    for (const { cells, line: row } of rows.slice(headerRow + 1)) {
      if (!DATA_ROW.test(cells[0] ?? "")) continue;
      // A description with a comma arrives unquoted: the last four cells are always branch, amount, marker, balance.
      if (cells.length < 6) throw new StatementProblem("malformed", `${cells.length} cells where a KlikBCA row has 6`, row);
      const sen = senFromDotDecimal(cells.at(-3)!);
      if (sen === undefined) throw new StatementProblem("malformed", `amount "${cells.at(-3)}"`, row);
      const direction = marker(cells.at(-2)!, row);
      const pending = cells[0]!.toUpperCase() === "PEND";
      const date = pending ? pendingDate(facts, context) : personalDate(cells[0]!, facts, context, row);
      lines.push({ row, date, sen, direction, pending, description: cells.slice(1, -4).join(",") });
    }
    return statementOf("klikbca-personal", facts.account ?? "", facts.period, lines);
  },
};

export const klikBcaBisnis: TableFormat = {
  format: "klikbca-bisnis",
  headerRow(rows) {
    const index = findHeaderRow(rows, BISNIS_HEADINGS);
    return index === -1 || hasMarkerColumn(rows[index]!) ? -1 : index;
  },
  read(rows, headerRow, context) {
    const facts = factsAbove(rows, headerRow);
    const lines: ReadLine[] = [];
    for (const { cells, line: row } of rows.slice(headerRow + 1)) {
      if (!DATA_ROW.test(cells[0] ?? "")) continue;
      const { sen, direction } = amountWithMarker(cells[3] ?? "", row);
      const pending = cells[0]!.toUpperCase() === "PEND";
      const date = pending ? pendingDate(facts, context) : dayMonthYear(cells[0]!);
      if (date === undefined) throw new StatementProblem("malformed", `date "${cells[0]}"`, row);
      lines.push({ row, date, sen, direction, pending, description: cells[1] ?? "" });
    }
    return statementOf("klikbca-bisnis", facts.account ?? "", facts.period, lines);
  },
};

/** `"287,490.00 DB"`: comma thousands, dot decimals, the marker after. */
function amountWithMarker(text: string, row: number): { sen: bigint; direction: "credit" | "debit" } {
  const parts = /^(.*?)\s*(CR|DB)$/i.exec(text);
  const sen = parts ? senFromDotDecimal(parts[1]!) : undefined;
  if (!parts || sen === undefined) throw new StatementProblem("malformed", `amount "${text}"`, row);
  return { sen, direction: marker(parts[2]!, row) };
}

function marker(text: string, row: number): "credit" | "debit" {
  const upper = text.toUpperCase();
  if (upper === "CR") return "credit";
  if (upper === "DB") return "debit";
  throw new StatementProblem("malformed", `"${text}" where CR or DB belongs`, row);
}

/** A pending row has no date yet; it is dated the statement's last day (it is skipped, never stored). */
function pendingDate(facts: HeaderFacts, context: ReadContext): string {
  return facts.period?.to ?? context.today;
}

/**
 * `'DD/MM` takes its year from the statement's period (the year in which that day falls inside
 * it, so a period from December to January dates both right); without a period, the latest such
 * day not after today, as a statement only ever shows the past. `DD/MM/YYYY` is taken as written.
 */
function personalDate(text: string, facts: HeaderFacts, context: ReadContext, row: number): string {
  const [day, month, year] = text.split("/").map(Number) as [number, number, number | undefined];
  const date = year !== undefined ? dayMonthYear(text) : yearFor(day, month, facts, context);
  if (date === undefined) throw new StatementProblem("malformed", `date "${text}"${facts.period ? ` in the period ${facts.period.from} – ${facts.period.to}` : ""}`, row);
  return date;
}

function yearFor(day: number, month: number, facts: HeaderFacts, context: ReadContext): string | undefined {
  const { period } = facts;
  if (period) {
    for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++) {
      const date = calendarDate(year, month, day);
      if (date !== undefined && date >= period.from && date <= period.to) return date;
    }
    return undefined;
  }
  // 29/02 looks back to the last leap year; any other day to this year or the last.
  const thisYear = Number(context.today.slice(0, 4));
  for (let year = thisYear; year > thisYear - 8; year--) {
    const date = calendarDate(year, month, day);
    if (date !== undefined && date <= context.today) return date;
  }
  return undefined;
}
