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
  createdAt: Date;
  updatedAt: Date;
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
 * Writes the pledges as CSV (RFC 4180 quoting by csv-stringify, UTF-8 with a BOM so spreadsheet
 * apps read Hangul right), a page of rows at a time with the destination's backpressure: the
 * rows are never all in memory. Amounts are plain integers and times ISO 8601, for other programs.
 */
export async function writePledgesCsv(pages: AsyncIterable<readonly PledgeExportRow[]>, labels: PledgeExportLabels, out: Writable): Promise<void> {
  const columns = [...labels.pledgeColumns];
  async function* csvPages() {
    let first = true;
    for await (const rows of pages) {
      const records = rows.map((row) => [
        row.pledgeId,
        row.campaign,
        row.company,
        row.contactChannel,
        row.kind,
        row.amount.toString(),
        row.items,
        row.status,
        row.createdAt.toISOString(),
        row.updatedAt.toISOString(),
        row.receiptNumber,
        row.hasProof ? labels.yes : labels.no,
      ]);
      // One stringify per page: the same quoting as a stream of records, without a stream step per record.
      yield stringify(records, { header: first, columns, bom: first });
      first = false;
    }
    if (first) yield stringify([], { header: true, columns, bom: true });
  }
  await pipeline(Readable.from(csvPages()), out);
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
  for await (const rows of pages) {
    for (const row of rows) {
      pledges
        .addRow([
          row.pledgeId,
          row.campaign,
          row.company,
          row.contactChannel,
          row.kind,
          // Rupiah stay exact as numbers up to 2^53, far beyond any pledge.
          Number(row.amount),
          // A cash pledge's items and an unconfirmed one's receipt are empty cells, not empty texts.
          row.items || null,
          row.status,
          row.createdAt.toISOString(),
          row.updatedAt.toISOString(),
          row.receiptNumber || null,
          row.hasProof ? labels.yes : labels.no,
        ])
        .commit();
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
