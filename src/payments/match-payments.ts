import { nameFound, nameFoundAt, nameWords } from "./payer-names.js";

/**
 * Proposes which open pledge each credit line of a bank statement pays. Staff decide; this only
 * proposes, each proposal with its reasons, in three strengths:
 * - strong: the line's amount is the transfer amount (unique code included) of exactly one open
 *   pledge, or the line names the pledge (`KP-<id>`) and carries its amount;
 * - likely: the pledge's amount with the company's or contact's name in the description (or the
 *   pledge's reference with another amount);
 * - possible: two to four lines from one payer (their name in each) that add up to the pledge,
 *   or one line with the amount of exactly one open pledge and nothing else to go on.
 *
 * A line pays at most one pledge and a pledge gets at most one proposal: stronger evidence is
 * placed first, and within a strength earlier lines first. Everything is looked up in maps, so
 * 10,000 lines against 50,000 pledges stay linear; only the sums search, and that within bounds.
 */

export interface OpenPledge {
  readonly id: number;
  /** What the partner was asked to transfer: the amount plus its unique code (the amount itself without one). */
  readonly transferAmount: bigint;
  readonly amount: bigint;
  readonly companyName: string;
  readonly contactName?: string;
  /** The account number the pledge is paid to, where known: a line on another account cannot pay it. */
  readonly accountId?: string;
}

/** What matching reads of a statement's credit line. */
export interface PaymentLine {
  readonly amount: bigint;
  readonly description: string;
}

export type MatchStrength = "strong" | "likely" | "possible";

export type MatchReason =
  /** The line's amount is this pledge's transfer amount, code included, and no other open pledge's. */
  | { readonly code: "unique-amount"; readonly amount: bigint }
  /** The description names the pledge (`KP-123`). */
  | { readonly code: "reference"; readonly reference: string }
  /** The line's amount is the pledge's, with its unique code or without. */
  | { readonly code: "amount"; readonly amount: bigint; readonly includesCode: boolean }
  /** The line names the pledge but carries another amount. */
  | { readonly code: "amount-differs"; readonly expected: bigint; readonly found: bigint }
  /** The company's or the contact's name is in the description (of every line, for a sum). */
  | { readonly code: "name"; readonly who: "company" | "contact"; readonly name: string }
  /** These lines together make the pledge's amount. */
  | { readonly code: "sum"; readonly lineCount: number; readonly total: bigint };

export interface MatchProposal {
  readonly pledgeId: number;
  /** Indexes into the lines given; more than one only for a sum. */
  readonly lines: readonly number[];
  readonly strength: MatchStrength;
  readonly reasons: readonly MatchReason[];
}

export interface MatchResult {
  readonly proposals: readonly MatchProposal[];
  /** Indexes of the lines no proposal uses: money without a pledge, or evidence too thin or conflicting. */
  readonly unmatched: readonly number[];
}

/** A sum is looked for among this many lines of one payer at most, the earliest… */
const MAX_SUM_CANDIDATES = 12;
/** …and of two to this many lines: C(12,2) + C(12,3) + C(12,4) = 781 sums a pledge at most. */
const MAX_SUM_PARTS = 4;

/** `KP-123`, `KP 123`, `kp123`: not inside a word, and not a receipt number (`KP-2026-000123`). */
const REFERENCE = /(?<![\p{L}\p{N}])KP[\s._/-]?0*(\d{1,9})(?![\d-])/giu;

export function matchPayments(input: { account?: string; lines: readonly PaymentLine[]; pledges: readonly OpenPledge[] }): MatchResult {
  const account = input.account === undefined ? "" : accountKey(input.account);
  const pledges = input.pledges.filter((pledge) => account === "" || pledge.accountId === undefined || accountKey(pledge.accountId) === account);
  const matcher = new Matcher(input.lines, pledges);
  matcher.proposeStrong();
  matcher.proposeLikely();
  matcher.proposeSums();
  matcher.proposeLoneAmounts();
  return matcher.result();
}

function accountKey(account: string): string {
  return account.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

interface PayerName {
  readonly words: readonly string[];
  readonly who: "company" | "contact";
  readonly name: string;
}

class Matcher {
  private readonly proposals: MatchProposal[] = [];
  private readonly usedLines = new Set<number>();
  private readonly usedPledges = new Set<number>();
  /** Lines whose strong evidence points at two pledges: no proposal is better than a wrong one. */
  private readonly conflicting = new Set<number>();
  private readonly byId = new Map<number, OpenPledge>();
  private readonly byTransferAmount = new Map<bigint, OpenPledge[]>();
  /** Under both its amount and its transfer amount. */
  private readonly byEitherAmount = new Map<bigint, OpenPledge[]>();
  private readonly wordsOf = new Map<string, readonly string[]>();
  private readonly descriptionWords: (readonly string[] | undefined)[] = [];

  constructor(
    private readonly lines: readonly PaymentLine[],
    pledges: readonly OpenPledge[],
  ) {
    for (const pledge of pledges) {
      this.byId.set(pledge.id, pledge);
      push(this.byTransferAmount, pledge.transferAmount, pledge);
      push(this.byEitherAmount, pledge.transferAmount, pledge);
      if (pledge.amount !== pledge.transferAmount) push(this.byEitherAmount, pledge.amount, pledge);
    }
  }

  proposeStrong(): void {
    this.lines.forEach((line, index) => {
      const referenced = this.referencedPledge(line);
      const byReference = referenced && carries(line, referenced.pledge) ? referenced : undefined;
      const sameTransfer = this.byTransferAmount.get(line.amount) ?? [];
      const byUniqueAmount = sameTransfer.length === 1 && sameTransfer[0]!.transferAmount !== sameTransfer[0]!.amount ? sameTransfer[0] : undefined;
      // The line names one pledge and carries another's unique amount: a typo in one or the other.
      if (referenced && byUniqueAmount && referenced.pledge !== byUniqueAmount) {
        this.conflicting.add(index);
        return;
      }
      const pledge = byReference?.pledge ?? byUniqueAmount;
      if (!pledge || this.usedPledges.has(pledge.id)) return;
      const reasons: MatchReason[] = [];
      if (byUniqueAmount) reasons.push({ code: "unique-amount", amount: line.amount });
      if (byReference) reasons.push({ code: "reference", reference: byReference.reference }, amountReason(line, pledge));
      this.propose(pledge, [index], "strong", reasons);
    });
  }

  proposeLikely(): void {
    this.forEachOpenLine((line, index) => {
      const referenced = this.referencedPledge(line);
      if (referenced) {
        if (!this.usedPledges.has(referenced.pledge.id) && !carries(line, referenced.pledge)) {
          const expected = referenced.pledge.transferAmount;
          this.propose(referenced.pledge, [index], "likely", [{ code: "reference", reference: referenced.reference }, { code: "amount-differs", expected, found: line.amount }]);
        }
        return;
      }
      const named = this.openWithAmount(line.amount).flatMap((pledge) => {
        const name = this.payerNames(pledge).find((each) => nameFound(each.words, this.wordsOfLine(index)));
        return name ? [{ pledge, name }] : [];
      });
      if (named.length !== 1) return; // one company, two pledges of the same amount: not for the bot to choose
      const { pledge, name } = named[0]!;
      this.propose(pledge, [index], "likely", [amountReason(line, pledge), { code: "name", who: name.who, name: name.name }]);
    });
  }

  /** Lines of one payer adding up to a pledge: the payer is whoever's name is in each line. */
  proposeSums(): void {
    // Each distinct name once, however many pledges its company has: a line is read against names, not pledges.
    const namesByFirstWord = new Map<string, Map<string, { name: PayerName; pledges: OpenPledge[] }>>();
    for (const pledge of this.byId.values()) {
      if (this.usedPledges.has(pledge.id)) continue;
      for (const name of this.payerNames(pledge)) {
        const sameFirstWord = namesByFirstWord.get(name.words[0]!) ?? new Map<string, { name: PayerName; pledges: OpenPledge[] }>();
        namesByFirstWord.set(name.words[0]!, sameFirstWord);
        const key = `${name.who}\n${name.words.join(" ")}`;
        const entry = sameFirstWord.get(key) ?? { name, pledges: [] };
        sameFirstWord.set(key, entry);
        entry.pledges.push(pledge);
      }
    }
    const linesByPledge = new Map<OpenPledge, { lines: number[]; name: PayerName }>();
    this.forEachOpenLine((_, index) => {
      const words = this.wordsOfLine(index);
      const paid = new Set<OpenPledge>();
      words.forEach((word, start) => {
        for (const { name, pledges } of namesByFirstWord.get(word)?.values() ?? []) {
          if (!nameFoundAt(name.words, words, start)) continue;
          for (const pledge of pledges) {
            if (paid.has(pledge)) continue;
            paid.add(pledge);
            const found = linesByPledge.get(pledge) ?? { lines: [], name };
            if (found.lines.length < MAX_SUM_CANDIDATES) found.lines.push(index);
            linesByPledge.set(pledge, found);
          }
        }
      });
    });
    const byPledgeId = [...linesByPledge].sort(([first], [second]) => first.id - second.id);
    for (const [pledge, { lines, name }] of byPledgeId) {
      const open = lines.filter((index) => !this.usedLines.has(index));
      if (open.length < 2) continue;
      const parts = [pledge.transferAmount, pledge.amount].map((target) => linesSummingTo(target, open, this.lines)).find((found) => found !== undefined);
      if (!parts) continue;
      const total = parts.reduce((sum, index) => sum + this.lines[index]!.amount, 0n);
      this.propose(pledge, parts, "possible", [{ code: "sum", lineCount: parts.length, total }, { code: "name", who: name.who, name: name.name }]);
    }
  }

  /** A line with the amount of exactly one open pledge (proposed or not), and nothing else to go on. */
  proposeLoneAmounts(): void {
    this.forEachOpenLine((line, index) => {
      const candidates = this.byEitherAmount.get(line.amount) ?? [];
      const [only] = candidates;
      if (candidates.length === 1 && !this.usedPledges.has(only!.id)) this.propose(only!, [index], "possible", [amountReason(line, only!)]);
    });
  }

  result(): MatchResult {
    return { proposals: this.proposals, unmatched: this.lines.flatMap((_, index) => (this.usedLines.has(index) ? [] : [index])) };
  }

  private propose(pledge: OpenPledge, lines: number[], strength: MatchStrength, reasons: MatchReason[]): void {
    this.proposals.push({ pledgeId: pledge.id, lines, strength, reasons });
    this.usedPledges.add(pledge.id);
    for (const index of lines) this.usedLines.add(index);
  }

  private forEachOpenLine(visit: (line: PaymentLine, index: number) => void): void {
    this.lines.forEach((line, index) => {
      if (!this.usedLines.has(index) && !this.conflicting.has(index)) visit(line, index);
    });
  }

  private openWithAmount(amount: bigint): OpenPledge[] {
    return (this.byEitherAmount.get(amount) ?? []).filter((pledge) => !this.usedPledges.has(pledge.id));
  }

  /** The one open pledge the description names; none when it names none or several. */
  private referencedPledge(line: PaymentLine): { pledge: OpenPledge; reference: string } | undefined {
    const named = new Map<number, string>();
    for (const match of line.description.matchAll(REFERENCE)) {
      const pledge = this.byId.get(Number(match[1]));
      if (pledge) named.set(pledge.id, match[0]);
    }
    if (named.size !== 1) return undefined;
    const [id, reference] = [...named][0]!;
    return { pledge: this.byId.get(id)!, reference };
  }

  private payerNames(pledge: OpenPledge): PayerName[] {
    const names: PayerName[] = [{ words: this.words(pledge.companyName), who: "company", name: pledge.companyName }];
    if (pledge.contactName) names.push({ words: this.words(pledge.contactName), who: "contact", name: pledge.contactName });
    return names.filter((name) => name.words.length > 0);
  }

  /** A company's name comes with each of its pledges: its words are worked out once. */
  private words(name: string): readonly string[] {
    let words = this.wordsOf.get(name);
    if (!words) this.wordsOf.set(name, (words = nameWords(name)));
    return words;
  }

  private wordsOfLine(index: number): readonly string[] {
    return (this.descriptionWords[index] ??= nameWords(this.lines[index]!.description));
  }
}

function carries(line: PaymentLine, pledge: OpenPledge): boolean {
  return line.amount === pledge.transferAmount || line.amount === pledge.amount;
}

function amountReason(line: PaymentLine, pledge: OpenPledge): MatchReason {
  return { code: "amount", amount: line.amount, includesCode: line.amount === pledge.transferAmount && pledge.transferAmount !== pledge.amount };
}

/** The earliest lines (2 to 4 of them, in statement order) that add up to the target exactly. */
function linesSummingTo(target: bigint, candidates: readonly number[], lines: readonly PaymentLine[]): number[] | undefined {
  const usable = candidates.filter((index) => lines[index]!.amount < target);
  const chosen: number[] = [];
  const search = (from: number, remaining: bigint): boolean => {
    if (remaining === 0n) return chosen.length >= 2;
    if (chosen.length === MAX_SUM_PARTS) return false;
    for (let at = from; at < usable.length; at++) {
      const amount = lines[usable[at]!]!.amount;
      if (amount > remaining) continue;
      chosen.push(usable[at]!);
      if (search(at + 1, remaining - amount)) return true;
      chosen.pop();
    }
    return false;
  };
  return search(0, target) ? [...chosen] : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
