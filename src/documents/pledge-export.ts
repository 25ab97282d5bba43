import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** One pledge as an export shows it; texts (kind, status) already in the reader's language. */
export interface PledgeExportRow {
  pledgeId: number;
  campaign: string;
  company: string;
  /** How the company's contact for this pledge is reached: `whatsapp`, `telegram`, `console`. */
  contactChannel: string;
  kind: string;
  amount: bigint;
  /** Goods: "Laptop × 10 @ Rp 5.000.000"; empty for cash. */
  items: string;
  status: string;
  /** ISO 8601 in UTC, as the database wrote it: other programs read it, and it sorts as text. */
  createdAt: string;
  updatedAt: string;
  /** Empty until staff confirm the pledge. */
  receiptNumber: string;
  hasProof: boolean;
}

/** One company's totals in one campaign, the export's second sheet. */
export interface CompanyTotalRow {
  campaign: string;
  company: string;
  livePledges: number;
  pledged: bigint;
  confirmed: bigint;
}

/** Column headings and sheet names in the reader's language, and how "yes"/"no" read. */
export interface PledgeExportLabels {
  pledgeColumns: readonly string[];
  totalColumns: readonly string[];
  pledgesSheet: string;
  totalsSheet: string;
  yes: string;
  no: string;
}

/**
 * A row's cells in column order, the amount as `amount` gives it. Nothing where a text is empty:
 * a spreadsheet shows an empty cell, and exceljs makes no cell at all.
 */
function pledgeCells<Amount>(row: PledgeExportRow, labels: PledgeExportLabels, amount: (rupiah: bigint) => Amount) {
  return [
    row.pledgeId,
    row.campaign,
    row.company,
    row.contactChannel,
    row.kind,
    amount(row.amount),
    row.items || undefined,
    row.status,
    row.createdAt,
    row.updatedAt,
    row.receiptNumber || undefined,
    row.hasProof ? labels.yes : labels.no,
  ];
}

/**
 * Writes the pledges as CSV (RFC 4180 quoting by csv-stringify, UTF-8 with a BOM so spreadsheet
 * apps read Hangul right), a page of rows at a time with the destination's backpressure: the rows
 * are never all in memory. Amounts are plain integers and times ISO 8601, for other programs.
 */
export async function writePledgesCsv(pages: AsyncIterable<readonly PledgeExportRow[]>, labels: PledgeExportLabels, out: Writable): Promise<void> {
  async function* text() {
    yield stringify([], { header: true, columns: [...labels.pledgeColumns], bom: true });
    for await (const page of pages) {
      yield stringify(page.map((row) => pledgeCells(row, labels, String)));
    }
  }
  await pipeline(Readable.from(text()), out);
}

/**
 * Writes the pledges and, once they are all written, the per-company totals as an XLSX workbook
 * with exceljs' streaming writer: each row is committed to the zip stream as it comes, so 100,000
 * pledges never sit in memory. `totals` is asked for after the last pledge row.
 */
export async function writePledgesXlsx(
  pages: AsyncIterable<readonly PledgeExportRow[]>,
  totals: () => readonly CompanyTotalRow[],
  labels: PledgeExportLabels,
  out: Writable,
): Promise<void> {
  // No styles: they halve exceljs' speed, and without them a date cell would read as a serial
  // number, so times are ISO 8601 text here as in the CSV (they still sort).
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const pledges = workbook.addWorksheet(labels.pledgesSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  pledges.columns = labels.pledgeColumns.map((header, index) => ({ header, width: [8, 10, 30, 12, 10, 16, 36, 16, 20, 20, 18, 8][index] }));
  pledges.getRow(1).commit();
  for await (const page of pages) {
    for (const row of page) {
      // Rupiah stay exact as numbers up to 2^53, far beyond any pledge.
      pledges.addRow(pledgeCells(row, labels, Number)).commit();
    }
  }
  pledges.commit();

  const sums = workbook.addWorksheet(labels.totalsSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sums.columns = labels.totalColumns.map((header, index) => ({ header, width: [10, 30, 10, 18, 18][index] }));
  sums.getRow(1).commit();
  for (const total of totals()) sums.addRow([total.campaign, total.company, total.livePledges, Number(total.pledged), Number(total.confirmed)]).commit();
  sums.commit();
  await workbook.commit();
}
