import { createHash } from "node:crypto";
import type { StatementLine } from "./statement.js";

/**
 * The keys statement lines are stored under, so a statement that overlaps one already uploaded
 * adds only its new lines: the account, the date, the amount and the description, each written
 * the same way whatever the download (case, spacing and Unicode forms evened out), hashed to a
 * fixed 64 hex characters for a unique index.
 *
 * Two lines alike in all four (the same payer sending the same amount twice in a day) are two
 * payments, not one: each line also carries how many alike lines come before it in its file.
 * Statements cover whole days, so an overlapping file holds the same alike lines in the same
 * order and gives them the same keys.
 */
export function lineKeys(account: string, lines: readonly StatementLine[]): string[] {
  const seen = new Map<string, number>();
  const normalisedAccount = account.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return lines.map((line) => {
    const identity = [normalisedAccount, line.date, line.amount.toString(), normalisedDescription(line.description)].join("\n");
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return createHash("sha256").update(`${identity}\n${occurrence}`).digest("hex");
  });
}

function normalisedDescription(description: string): string {
  return description.normalize("NFKC").toUpperCase().replace(/\s+/g, " ").trim();
}
