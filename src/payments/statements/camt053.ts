import { SaxesParser } from "saxes";
import { senFromDotDecimal, statementDay } from "./amounts-and-dates.js";
import { statementOf, StatementProblem, type ReadLine, type Statement } from "./statement.js";

/**
 * ISO 20022 CAMT.053 (bank-to-customer statement, any version .02 to .13), read with saxes, a
 * strict streaming XML parser (the one exceljs and jsdom use). The npm `camt-parser` was tried
 * first and set aside: it keeps an account only as an IBAN (Indonesian accounts are `Othr/Id`),
 * drops the payer's name (`Dbtr`) and the free-text remittance (`Ustrd`, where `KP-<id>` is
 * written), and reads `Sts` only as the .08+ `<Sts><Cd>`; matching needs all four. The handful
 * of paths that matter are read here instead, element by element, with no tree in memory.
 * A file with a DOCTYPE is refused: CAMT has none, and entity tricks live there.
 */

const MAX_DEPTH = 64;

interface Entry {
  amount?: string;
  currency?: string;
  creditDebit?: string;
  status?: string;
  bookingDate?: string;
  valueDate?: string;
  /** By their place in REFERENCES. */
  references: (string | undefined)[];
  texts: string[];
}

export function readCamt053(text: string): Statement {
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  let characters = "";
  let isCamt053 = false;
  const accounts = new Set<string>();
  const days: string[] = [];
  const lines: ReadLine[] = [];
  let entry: Entry | undefined;

  parser.on("doctype", () => {
    throw new StatementProblem("malformed", "a DOCTYPE, which CAMT files never carry");
  });
  parser.on("opentag", (tag) => {
    if (path.length === 0) isCamt053 = tag.local === "Document" && tag.uri.includes("camt.053");
    if (!isCamt053) throw new StatementProblem("malformed", `<${tag.name}> where a camt.053 <Document> begins`);
    path.push(tag.local);
    if (path.length > MAX_DEPTH) throw new StatementProblem("malformed", `elements nested more than ${MAX_DEPTH} deep`);
    characters = "";
    if (tag.local === "Ntry" && path.at(-2) === "Stmt") entry = { references: [], texts: [] };
    if (entry && tag.local === "Amt" && path.at(-2) === "Ntry") entry.currency = tag.attributes["Ccy"]?.value;
  });
  parser.on("text", (chunk) => {
    characters += chunk;
  });
  parser.on("closetag", () => {
    const value = characters.trim();
    characters = "";
    const within = (...names: string[]) => names.every((name, index) => path.at(index - names.length) === name);
    if (within("Stmt", "Acct", "Id", "IBAN") || within("Stmt", "Acct", "Id", "Othr", "Id")) accounts.add(value);
    else if (within("Stmt", "FrToDt", "FrDtTm") || within("Stmt", "FrToDt", "ToDtTm")) days.push(value);
    else if (entry) readEntryElement(entry, value, within);
    if (path.at(-1) === "Ntry" && entry) {
      lines.push(lineOf(entry));
      entry = undefined;
    }
    path.pop();
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof StatementProblem) throw error;
    throw new StatementProblem("malformed", error instanceof Error ? error.message : String(error));
  }
  if (!isCamt053) throw new StatementProblem("malformed", "no camt.053 document");
  if (accounts.size > 1) throw new StatementProblem("several-accounts", [...accounts].join(", "));
  const periodDays = days.map((day) => statementDay(day.slice(0, 10))).filter((day) => day !== undefined).sort();
  const period = periodDays.length > 0 ? { from: periodDays[0]!, to: periodDays.at(-1)! } : undefined;
  return statementOf("camt053", [...accounts][0] ?? "", period, lines);
}

type Within = (...names: string[]) => boolean;

/** What matching reads: who paid and what they wrote (the payer's end-to-end reference among it). */
const TEXTS: readonly (readonly string[])[] = [
  ["RltdPties", "Dbtr", "Nm"],
  ["RltdPties", "Dbtr", "Pty", "Nm"],
  ["TxDtls", "Refs", "EndToEndId"],
  ["RmtInf", "Ustrd"],
  ["CdtrRefInf", "Ref"],
  ["Strd", "AddtlRmtInf"],
  ["TxDtls", "AddtlTxInf"],
  ["Ntry", "AddtlNtryInf"],
];
/** The bank's own reference for the entry, in this order of preference. */
const REFERENCES: readonly (readonly string[])[] = [
  ["Ntry", "AcctSvcrRef"],
  ["TxDtls", "Refs", "AcctSvcrRef"],
  ["Ntry", "NtryRef"],
];

function readEntryElement(entry: Entry, value: string, within: Within): void {
  if (value === "" || value.toUpperCase() === "NOTPROVIDED") return;
  if (within("Ntry", "Amt")) entry.amount = value;
  else if (within("Ntry", "CdtDbtInd")) entry.creditDebit = value;
  else if (within("Ntry", "Sts") || within("Ntry", "Sts", "Cd")) entry.status = value; // .02–.04 write the code bare; .08 on in <Cd>
  else if (within("Ntry", "BookgDt", "Dt") || within("Ntry", "BookgDt", "DtTm")) entry.bookingDate = value;
  else if (within("Ntry", "ValDt", "Dt") || within("Ntry", "ValDt", "DtTm")) entry.valueDate = value;
  else if (REFERENCES.some((names) => within(...names))) entry.references[REFERENCES.findIndex((names) => within(...names))] ??= value;
  else if (TEXTS.some((names) => within(...names))) entry.texts.push(value);
}

function lineOf(entry: Entry): ReadLine {
  if (entry.currency !== undefined && entry.currency !== "IDR") throw new StatementProblem("not-rupiah", `an entry in ${entry.currency}`);
  const sen = entry.amount === undefined ? undefined : senFromDotDecimal(entry.amount);
  if (sen === undefined) throw new StatementProblem("malformed", `entry amount "${entry.amount ?? ""}"`);
  if (entry.creditDebit !== "CRDT" && entry.creditDebit !== "DBIT") throw new StatementProblem("malformed", `CdtDbtInd "${entry.creditDebit ?? ""}"`);
  if (!["BOOK", "PDNG", "INFO"].includes(entry.status ?? "")) throw new StatementProblem("malformed", `entry status "${entry.status ?? ""}"`);
  const dateText = entry.bookingDate ?? entry.valueDate ?? "";
  const date = statementDay(dateText.slice(0, 10));
  if (date === undefined) throw new StatementProblem("malformed", `entry date "${dateText}"`);
  const reference = entry.references.find((each) => each !== undefined);
  return {
    date,
    sen,
    // CdtDbtInd is the entry's own direction, a reversal's included.
    direction: entry.creditDebit === "CRDT" ? "credit" : "debit",
    // Only booked entries are money on the account; INFO ones are notices.
    pending: entry.status !== "BOOK",
    description: entry.texts.join(" "),
    ...(reference ? { reference } : {}),
  };
}
