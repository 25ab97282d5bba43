import { inflateRawSync } from "node:zlib";
import { utcDay } from "./amounts-and-dates.js";
import { StatementProblem } from "./statement.js";
import type { TableRow } from "./text-table.js";

/**
 * The first worksheet of an .xlsx file as rows of text, for the table readers. An .xlsx is a zip
 * of XML, and a 10 MB zip can inflate to gigabytes, so before exceljs opens it every entry is
 * inflated once here with a cap: it must come out no larger than the zip says, and all of them
 * within 64 MB. Only then does exceljs read it, knowing what it will meet.
 */

const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 1_000;

export async function xlsxRows(bytes: Uint8Array, maxRows: number): Promise<TableRow[]> {
  checkZipBounds(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  // exceljs loads with the first spreadsheet, not with the bot.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' types predate Node's generic Buffer; it reads any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new StatementProblem("malformed", `not a spreadsheet exceljs can open (${error instanceof Error ? error.message : String(error)})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  if (sheet.rowCount > maxRows) throw new StatementProblem("too-many-lines", `${sheet.rowCount} rows; at most ${maxRows}`);
  const rows: TableRow[] = [];
  sheet.eachRow((row, line) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : []; // exceljs counts columns from 1
    const cells = Array.from(values, cellText);
    if (cells.some((cell) => cell !== "")) rows.push({ cells, line });
  });
  return rows;
}

/** A cell as the table readers read text: numbers with two decimals (what the sheet shows), dates as days. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  // Excel keeps every number as a double; two decimals is its exact reading for rupiah and sen.
  if (typeof value === "number") return Number.isFinite(value) ? value.toFixed(2) : "";
  if (value instanceof Date) return utcDay(value) ?? "";
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((part: { text?: unknown }) => String(part.text ?? "")).join("").trim();
    if ("result" in value) return cellText(value.result); // a formula: its last computed value
    if ("text" in value) return cellText(value.text); // a hyperlink
  }
  return String(value).trim();
}

/** Reads the zip's central directory and inflates every entry within its declared size; refuses the file otherwise. */
function checkZipBounds(zip: Buffer): void {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end === -1 || end + 22 > zip.length) throw new StatementProblem("malformed", "not a complete zip file");
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (entries > MAX_ENTRIES) throw new StatementProblem("too-large", `${entries} files inside the spreadsheet`);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new StatementProblem("malformed", "a damaged zip directory");
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const localHeader = zip.readUInt32LE(at + 42);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    total += size;
    if (total > MAX_INFLATED_BYTES) throw new StatementProblem("too-large", `the spreadsheet inflates past ${MAX_INFLATED_BYTES / 1024 / 1024} MB`);
    if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== 0x04034b50) throw new StatementProblem("malformed", "a damaged zip entry");
    const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(start, start + compressedSize);
    if (method === 0 && data.length === size) continue;
    if (method !== 8) throw new StatementProblem("malformed", `a zip entry compressed with method ${method}`);
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new StatementProblem("too-large", "a zip entry inflates past the size its directory gives");
      throw new StatementProblem("malformed", "a damaged zip entry");
    }
    if (inflated.length !== size) throw new StatementProblem("malformed", "a zip entry's size differs from its directory's");
  }
}
