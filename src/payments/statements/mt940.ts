import { Parser } from "mt940js";
import { senFromCommaDecimal, utcDay } from "./amounts-and-dates.js";
import { statementOf, StatementProblem, type ReadLine, type Statement } from "./statement.js";

/**
 * SWIFT MT940, the statement banks' corporate channels send, read by `mt940js` (Apache-2.0),
 * which groups the tags into statements and checks each: the mandatory tags are there, and the
 * opening balance plus the lines equals the closing one. It gives amounts as floats, so each
 * line's amount is read again here, exactly, from the `:61:` text it parsed.
 */

/** `:61:` after the date(s): the mark (C, D, RC, RD), an optional funds code, the amount. */
const STATEMENT_LINE = /^\d{6}(?:\d{4})?(R?[CD])[A-Z]?(\d[0-9,]{0,17})/;

export function readMt940(text: string): Statement {
  let parsed;
  try {
    parsed = new Parser({ no86Structure: true }).parse(text.replace(/\r\n?/g, "\n"), true);
  } catch (error) {
    throw new StatementProblem("malformed", error instanceof Error ? error.message : String(error));
  }
  if (parsed.length === 0) throw new StatementProblem("malformed", "no statement in the file");
  const accounts = new Set(parsed.map((statement) => statement.accountIdentification.trim()));
  if (accounts.size > 1) throw new StatementProblem("several-accounts", [...accounts].join(", "));
  if (parsed.some((statement) => statement.currency !== "IDR")) throw new StatementProblem("not-rupiah", `currency ${parsed.map((statement) => statement.currency).join(", ")}`);

  const lines: ReadLine[] = [];
  for (const statement of parsed) {
    const lineTags = statement.tags.filter((tag) => Number(tag.id) === 61);
    statement.transactions.forEach((transaction, index) => {
      const raw = lineTags[index]?.data ?? "";
      const match = STATEMENT_LINE.exec(raw);
      const sen = match ? senFromCommaDecimal(match[2]!) : undefined;
      const date = utcDay(transaction.date);
      if (!match || sen === undefined || date === undefined) throw new StatementProblem("malformed", `:61:${raw.split("\n")[0]}`);
      // A reversal of a credit takes the money back out; a reversal of a debit brings it in.
      const direction = match[1] === "C" || match[1] === "RD" ? "credit" : "debit";
      const reference = [transaction.bankReference, transaction.reference].find((each) => each && each.trim().toUpperCase() !== "NONREF");
      lines.push({ date, sen, direction, pending: false, description: transaction.details, ...(reference ? { reference } : {}) });
    });
  }
  // An opening balance is often dated the day before (the last statement's close): the period is the days of the lines and the close.
  const days = [...lines.map((line) => line.date), ...parsed.map((statement) => utcDay(statement.closingBalanceDate))].filter((day) => day !== undefined).sort();
  const period = days.length > 0 ? { from: days[0]!, to: days.at(-1)! } : undefined;
  return statementOf("mt940", [...accounts][0]!, period, lines);
}
