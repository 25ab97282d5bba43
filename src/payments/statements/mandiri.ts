import { senFromDotDecimal, statementDay } from "./amounts-and-dates.js";
import { statementOf, StatementProblem, type ReadLine, type StatementFormat } from "./statement.js";
import { columnsByHeading, factsAbove, headingKey, type TableFormat, type TableRow } from "./text-table.js";

/**
 * Bank Mandiri's exports: the cash-management CSV (`Account No,Date,Val. Date,Transaction Code,
 * Description,Description,Reference No.,Debit,Credit`, dates `DD/MM/YY`, amounts
 * `"5,000,000.00"` and `.00` for none) and the Excel export (`Tgl., Tgl. Val., Rincian Transaksi,
 * No. Referensi, Debit, Kredit, Saldo`, under a few lines naming the account). Both put debits
 * and credits in columns of their own; columns are found by their headings, in any order.
 */

interface Layout {
  readonly format: Extract<StatementFormat, "mandiri-csv" | "mandiri-xlsx">;
  /** Each line's account, where the table has a column for it. */
  readonly account?: string;
  readonly date: string;
  /** Every column with this heading belongs to the description, joined in order. */
  readonly description: string;
  readonly reference: string;
  readonly debit: string;
  readonly credit: string;
}

const CASH_MANAGEMENT_CSV: Layout = { format: "mandiri-csv", account: "ACCOUNT NO", date: "DATE", description: "DESCRIPTION", reference: "REFERENCE NO", debit: "DEBIT", credit: "CREDIT" };
const EXCEL_EXPORT: Layout = { format: "mandiri-xlsx", date: "TGL", description: "RINCIAN TRANSAKSI", reference: "NO REFERENSI", debit: "DEBIT", credit: "KREDIT" };

export const mandiriCsv = tableFormat(CASH_MANAGEMENT_CSV);
export const mandiriXlsx = tableFormat(EXCEL_EXPORT);

function tableFormat(layout: Layout): TableFormat {
  const required = [layout.account, layout.date, layout.description, layout.debit, layout.credit].filter((heading) => heading !== undefined);
  return {
    format: layout.format,
    headerRow(rows) {
      return rows.slice(0, 40).findIndex(({ cells }) => {
        const headings = new Set(cells.map(headingKey));
        return required.every((heading) => headings.has(heading));
      });
    },
    read(rows, headerRow) {
      const facts = factsAbove(rows, headerRow);
      const columns = columnsByHeading(rows[headerRow]!.cells);
      const column = (heading: string | undefined) => (heading === undefined ? undefined : columns.get(heading)?.[0]);
      const descriptionColumns = columns.get(layout.description)!;
      const accounts = new Set<string>();
      const lines: ReadLine[] = [];
      for (const row of rows.slice(headerRow + 1)) {
        const cell = (index: number | undefined) => (index === undefined ? "" : (row.cells[index] ?? "").trim());
        const dateText = cell(column(layout.date));
        // Balances and totals below the table start with words; a line of the table starts with its date.
        if (!/^\d/.test(dateText)) continue;
        const date = statementDay(dateText);
        if (date === undefined) throw new StatementProblem("malformed", `date "${dateText}"`, row.line);
        const { sen, direction } = debitOrCredit(cell(column(layout.debit)), cell(column(layout.credit)), row);
        const account = cell(column(layout.account));
        if (account !== "") accounts.add(account);
        const reference = cell(column(layout.reference));
        lines.push({ row: row.line, date, sen, direction, pending: false, description: descriptionColumns.map(cell).join(" "), ...(reference ? { reference } : {}) });
      }
      if (accounts.size > 1) throw new StatementProblem("several-accounts", [...accounts].join(", "));
      return statementOf(layout.format, [...accounts][0] ?? facts.account ?? "", facts.period, lines);
    },
  };
}

function debitOrCredit(debitText: string, creditText: string, row: TableRow): { sen: bigint; direction: "credit" | "debit" } {
  const debit = debitText === "" ? 0n : senFromDotDecimal(debitText);
  const credit = creditText === "" ? 0n : senFromDotDecimal(creditText);
  if (debit === undefined) throw new StatementProblem("malformed", `debit "${debitText}"`, row.line);
  if (credit === undefined) throw new StatementProblem("malformed", `credit "${creditText}"`, row.line);
  if ((debit > 0n) === (credit > 0n)) throw new StatementProblem("malformed", `debit "${debitText}" and credit "${creditText}": one of them, not ${debit > 0n ? "both" : "neither"}`, row.line);
  return debit > 0n ? { sen: debit, direction: "debit" } : { sen: credit, direction: "credit" };
}
