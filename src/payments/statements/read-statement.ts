import { readCamt053 } from "./camt053.js";
import { klikBcaBisnis, klikBcaPersonal } from "./klikbca.js";
import { mandiriCsv, mandiriXlsx } from "./mandiri.js";
import { readMt940 } from "./mt940.js";
import { MAX_STATEMENT_BYTES, MAX_STATEMENT_LINES, STATEMENT_FORMATS, StatementProblem, type StatementFormat, type StatementRead, type StatementRefusal } from "./statement.js";
import { csvRows, statementText, type ReadContext, type TableFormat, type TableRow } from "./text-table.js";
import { xlsxRows } from "./xlsx-rows.js";

/**
 * A bank statement file, whatever its name says: the format is told by the content (a zip is a
 * spreadsheet, XML in the camt.053 namespace is CAMT, `:20:` and `:25:` tags are MT940, and a
 * CSV by its table's headings). Anything else is refused with the list of what is accepted; a
 * recognised file with a line that does not read is refused whole, naming the line.
 */
export async function readStatement(bytes: Uint8Array, context: ReadContext): Promise<StatementRead> {
  if (bytes.byteLength === 0) return refuse({ code: "empty" });
  if (bytes.byteLength > MAX_STATEMENT_BYTES) return refuse({ code: "too-large", detail: `${bytes.byteLength} bytes; at most ${MAX_STATEMENT_BYTES}` });
  let format: StatementFormat | undefined;
  try {
    if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      format = "mandiri-xlsx";
      const rows = await xlsxRows(bytes, MAX_STATEMENT_LINES + 100);
      return readTable(rows, [mandiriXlsx], context);
    }
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return refuse({ code: "old-excel" });
    if (bytes.includes(0)) return refuse({ code: "unrecognised" });
    const text = statementText(bytes);
    // Two text lines an entry at most (MT940's :61: and :86:), and room for headers.
    if (lineCount(text) > 2 * MAX_STATEMENT_LINES + 1_000) return refuse({ code: "too-many-lines", detail: `at most ${MAX_STATEMENT_LINES} lines` });
    const head = text.slice(0, 4096);
    if (/^\s*</.test(head)) {
      if (!head.includes("camt.053")) return refuse({ code: "unrecognised" });
      format = "camt053";
      return { ok: true, statement: readCamt053(text) };
    }
    if (/(?:^|\n)\s*:20:/.test(head) && /(?:^|\n)\s*:25:/.test(head)) {
      format = "mt940";
      return { ok: true, statement: readMt940(text) };
    }
    return readTable(csvRows(text), [klikBcaPersonal, klikBcaBisnis, mandiriCsv], context);
  } catch (error) {
    if (!(error instanceof StatementProblem)) throw error;
    return refuse({ code: error.code, detail: error.detail, ...(error.line === undefined ? {} : { line: error.line }), ...(format ? { format } : {}) });
  }
}

function readTable(rows: readonly TableRow[], formats: readonly TableFormat[], context: ReadContext): StatementRead {
  for (const format of formats) {
    const headerRow = format.headerRow(rows);
    if (headerRow === -1) continue;
    try {
      return { ok: true, statement: format.read(rows, headerRow, context) };
    } catch (error) {
      if (!(error instanceof StatementProblem)) throw error;
      return refuse({ code: error.code, detail: error.detail, format: format.format, ...(error.line === undefined ? {} : { line: error.line }) });
    }
  }
  return refuse({ code: "unrecognised" });
}

function refuse(refusal: Omit<StatementRefusal, "accepted">): StatementRead {
  return { ok: false, refusal: { ...refusal, accepted: STATEMENT_FORMATS } };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}
