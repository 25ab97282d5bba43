import { dayMonthYear } from "./amounts-and-dates.js";
import { StatementProblem, type Statement, type StatementFormat } from "./statement.js";

/**
 * The text of a statement file, and the rows of a CSV one. Banks' exports are UTF-8 or, from
 * older Windows tools, Windows-1252; a byte sequence that is not UTF-8 is read as the latter.
 */
export function statementText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** One row of a statement's table (a CSV record, a spreadsheet row): its cells as text, and the file line it starts on. */
export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * A CSV file's rows, cells trimmed and without the leading apostrophe KlikBCA writes so that
 * Excel keeps `'02/01` and `'0000` as text. The separator is whichever of comma and semicolon
 * the first lines use more. Quoted cells may hold separators, doubled quotes and line breaks; a
 * quote inside an unquoted cell is just a character. Rows of any length are kept as they are:
 * header lines, tables and trailers differ in every bank's export.
 *
 * Written here rather than taken from csv-parse: with rows of differing lengths, which every
 * statement has, csv-parse builds an error object (stack trace included) for each row it then
 * forgives, and spent 1.2 s of 1.4 on a 10,000-line KlikBCA file doing so. This is one pass.
 */
export function csvRows(text: string): TableRow[] {
  const head = text.slice(0, 4096);
  const delimiter = count(head, ";") > count(head, ",") ? SEMICOLON : COMMA;
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let line = 1;
  let rowLine = 1;
  let at = 0;
  while (at <= text.length) {
    let value: string;
    if (text.charCodeAt(skipSpaces(text, at)) === QUOTE) {
      // A quoted cell: up to the quote not doubled; what follows it up to the separator is kept too.
      let end = skipSpaces(text, at) + 1;
      const parts: string[] = [];
      for (;;) {
        const quote = text.indexOf('"', end);
        const stop = quote === -1 ? text.length : quote;
        parts.push(text.slice(end, stop));
        line += newlinesIn(text, end, stop);
        if (quote === -1) {
          end = text.length;
          break;
        }
        if (text.charCodeAt(quote + 1) !== QUOTE) {
          end = quote + 1;
          break;
        }
        parts.push('"');
        end = quote + 2;
      }
      const rest = fieldEnd(text, end, delimiter);
      value = parts.join("") + text.slice(end, rest);
      at = rest;
    } else {
      const end = fieldEnd(text, at, delimiter);
      value = text.slice(at, end);
      at = end;
    }
    cells.push(cell(value.trim()));
    const stop = text.charCodeAt(at);
    if (stop === delimiter) {
      at++;
      continue;
    }
    // The end of a row: a line break (\r\n, \n or \r) or the end of the text.
    if (cells.length > 1 || cells[0] !== "") rows.push({ cells, line: rowLine });
    cells = [];
    at += stop === CR && text.charCodeAt(at + 1) === LF ? 2 : 1;
    rowLine = ++line;
  }
  return rows;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const LF = 0x0a;
const CR = 0x0d;

/** Where an unquoted cell ends: at the separator, a line break, or the end of the text. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let at = from;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === delimiter || code === LF || code === CR) break;
  }
  return at;
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  return at;
}

function newlinesIn(text: string, from: number, to: number): number {
  let lines = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

function cell(text: string): string {
  return text.startsWith("'") ? text.slice(1).trim() : text;
}

function count(text: string, character: string): number {
  let found = 0;
  for (const each of text) if (each === character) found++;
  return found;
}

/** Upper case, without punctuation, single spaces: how a heading is compared ("Tgl." = "TGL"). */
export function headingKey(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]+/g, " ").trim();
}

/** The index of the first row (of the first 40) whose cells start with these headings, compared as `headingKey`; -1 if none. */
export function findHeaderRow(rows: readonly TableRow[], headings: readonly string[]): number {
  const wanted = headings.map(headingKey);
  return rows.slice(0, 40).findIndex(({ cells }) => wanted.every((heading, column) => headingKey(cells[column] ?? "") === heading));
}

export interface HeaderFacts {
  readonly account?: string;
  readonly period?: { readonly from: string; readonly to: string };
  /** Whether the currency line names rupiah ("IDR", "Rp"); undefined without one. */
  readonly rupiah?: boolean;
}

/**
 * Account number, period and currency from the lines above a statement's table ("No. rekening : 123",
 * "Account No.,=,'123", "Periode : 01/08/2026 - 31/08/2026"). Each line is read to 200
 * characters: a header line is short, and a long one must not cost the patterns time.
 */
export function headerFacts(lines: readonly string[]): HeaderFacts {
  const facts: { account?: string; period?: { from: string; to: string }; rupiah?: boolean } = {};
  for (const whole of lines) {
    const line = whole.slice(0, 200);
    const account = /(?:no\.?\s?rek(?:ening)?|nomor\s?rekening|account\s?(?:no|number)\.?)[\s:=,']*([0-9][0-9 .-]{3,30}[0-9])/i.exec(line);
    if (account && facts.account === undefined) facts.account = account[1]!.replace(/[ .-]/g, "");
    const period = /(?:periode|period)[\s:=,]*(\d{1,2}\/\d{1,2}\/\d{4}) ?(?:-|s\.?d\.?|to|sampai) ?(\d{1,2}\/\d{1,2}\/\d{4})/i.exec(line);
    const from = period && dayMonthYear(period[1]!);
    const to = period && dayMonthYear(period[2]!);
    if (from && to && from <= to && facts.period === undefined) facts.period = { from, to };
    const currency = /(?:currency|mata\s?uang)[\s:=,]*([a-z]{2,3})\b/i.exec(line);
    if (currency && facts.rupiah === undefined) facts.rupiah = ["IDR", "RP"].includes(currency[1]!.toUpperCase());
  }
  return facts;
}

/** What reading a statement needs besides its bytes. */
export interface ReadContext {
  /** Today in Jakarta (YYYY-MM-DD): the year of a KlikBCA `'DD/MM` date when the file names no period. */
  readonly today: string;
}

/** A bank's export as a table (CSV or spreadsheet): how to find its heading row, and how to read the rows below. */
export interface TableFormat {
  readonly format: StatementFormat;
  /** The index of the table's heading row, or -1 when the rows are not this format's. */
  headerRow(rows: readonly TableRow[]): number;
  read(rows: readonly TableRow[], headerRow: number, context: ReadContext): Statement;
}

/** The facts written above a table; a currency other than rupiah is refused. */
export function factsAbove(rows: readonly TableRow[], headerRow: number): HeaderFacts {
  const facts = headerFacts(rows.slice(0, headerRow).map(({ cells }) => cells.join(" ")));
  if (facts.rupiah === false) throw new StatementProblem("not-rupiah", "the statement's currency is not rupiah");
  return facts;
}

/** Each heading's columns (a heading may repeat: Mandiri writes "Description" twice), keyed by `headingKey`. */
export function columnsByHeading(cells: readonly string[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const key = headingKey(cell);
    columns.set(key, [...(columns.get(key) ?? []), index]);
  });
  return columns;
}
