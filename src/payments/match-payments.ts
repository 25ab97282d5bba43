import { nameWords, PayerIndex, type Payer } from "./payer-names.js";

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
  private payerIndex: PayerIndex<OpenPledge> | undefined;
  /** The payers named in each line, read once. */
  private readonly payersOfLine: (readonly Payer<OpenPledge>[] | undefined)[] = [];

  constructor(
    private readonly lines: readonly PaymentLine[],
    pledges: readonly OpenPledge[],
  ) {
    // Only amounts some line carries are ever looked up: 50,000 pledges need no 50,000 lists.
    const lineAmounts = new Set(lines.map(({ amount }) => amount));
    for (const pledge of pledges) {
      this.byId.set(pledge.id, pledge);
      if (lineAmounts.has(pledge.transferAmount)) {
        push(this.byTransferAmount, pledge.transferAmount, pledge);
        push(this.byEitherAmount, pledge.transferAmount, pledge);
      }
      if (pledge.amount !== pledge.transferAmount && lineAmounts.has(pledge.amount)) push(this.byEitherAmount, pledge.amount, pledge);
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
      const named = new Map<OpenPledge, Payer<OpenPledge>>();
      for (const payer of this.payersIn(index)) {
        for (const pledge of payer.owners) if (!this.usedPledges.has(pledge.id) && carries(line, pledge) && !named.has(pledge)) named.set(pledge, payer);
      }
      if (named.size !== 1) return; // one company, two pledges of the same amount: not for the bot to choose
      const [pledge, payer] = [...named][0]!;
      this.propose(pledge, [index], "likely", [amountReason(line, pledge), nameReason(pledge, payer)]);
    });
  }

  /**
   * Lines of one payer adding up to a pledge: the payer is whoever's name is in each line. Payers
   * are taken in the order their first line comes, their pledges in the order they were made;
   * the sums of a payer's lines (2 to 4 of its 12 earliest) are worked out once for all its
   * pledges, and again only after one of them took some of the lines.
   */
  proposeSums(): void {
    const linesOfPayer = new Map<Payer<OpenPledge>, number[]>();
    this.forEachOpenLine((_, index) => {
      for (const payer of this.payersIn(index)) {
        const lines = linesOfPayer.get(payer) ?? [];
        if (lines.length < MAX_SUM_CANDIDATES) lines.push(index);
        linesOfPayer.set(payer, lines);
      }
    });
    for (const [payer, lines] of linesOfPayer) {
      if (lines.length < 2) continue;
      const pledges = payer.owners.filter((pledge) => !this.usedPledges.has(pledge.id)).sort((first, second) => first.id - second.id);
      let sums: Map<bigint, number[]> | undefined;
      for (const pledge of pledges) {
        const open = lines.filter((index) => !this.usedLines.has(index));
        if (open.length < 2) break;
        if (this.usedPledges.has(pledge.id)) continue;
        sums ??= sumsReaching(open, new Set(pledges.flatMap(({ transferAmount, amount }) => [transferAmount, amount])), this.lines);
        const parts = sums.get(pledge.transferAmount) ?? sums.get(pledge.amount);
        if (!parts) continue;
        const total = parts.reduce((sum, index) => sum + this.lines[index]!.amount, 0n);
        this.propose(pledge, parts, "possible", [{ code: "sum", lineCount: parts.length, total }, nameReason(pledge, payer)]);
        sums = undefined; // its lines are taken
      }
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

  /** The one open pledge the description names; none when it names none or several. */
  private referencedPledge(line: PaymentLine): { pledge: OpenPledge; reference: string } | undefined {
    if (!/kp/i.test(line.description)) return undefined;
    const named = new Map<number, string>();
    for (const match of line.description.matchAll(REFERENCE)) {
      const pledge = this.byId.get(Number(match[1]));
      if (pledge) named.set(pledge.id, match[0]);
    }
    if (named.size !== 1) return undefined;
    const [id, reference] = [...named][0]!;
    return { pledge: this.byId.get(id)!, reference };
  }

  /** The payers named in a line; the index of every pledge's company and contact is built on first need. */
  private payersIn(index: number): readonly Payer<OpenPledge>[] {
    if (!this.payerIndex) {
      const payers = (this.payerIndex = new PayerIndex<OpenPledge>());
      // Pledges proposed already (strong ones) need not be found again.
      for (const pledge of this.byId.values()) {
        if (this.usedPledges.has(pledge.id)) continue;
        payers.add(pledge.companyName, "company", pledge);
        if (pledge.contactName) payers.add(pledge.contactName, "contact", pledge);
      }
    }
    return (this.payersOfLine[index] ??= this.payerIndex.findIn(nameWords(this.lines[index]!.description)));
  }
}

function carries(line: PaymentLine, pledge: OpenPledge): boolean {
  return line.amount === pledge.transferAmount || line.amount === pledge.amount;
}

function amountReason(line: PaymentLine, pledge: OpenPledge): MatchReason {
  return { code: "amount", amount: line.amount, includesCode: line.amount === pledge.transferAmount && pledge.transferAmount !== pledge.amount };
}

function nameReason(pledge: OpenPledge, payer: Payer<OpenPledge>): MatchReason {
  return { code: "name", who: payer.who, name: payer.who === "company" ? pledge.companyName : (pledge.contactName ?? "") };
}

/** For each target some 2 to 4 of these lines add up to, the first such lines in statement order. */
function sumsReaching(open: readonly number[], targets: ReadonlySet<bigint>, lines: readonly PaymentLine[]): Map<bigint, number[]> {
  const found = new Map<bigint, number[]>();
  const chosen: number[] = [];
  const visit = (from: number, total: bigint) => {
    if (chosen.length >= 2 && targets.has(total) && !found.has(total)) found.set(total, [...chosen]);
    if (chosen.length === MAX_SUM_PARTS) return;
    for (let at = from; at < open.length; at++) {
      chosen.push(open[at]!);
      visit(at + 1, total + lines[open[at]!]!.amount);
      chosen.pop();
    }
  };
  visit(0, 0n);
  return found;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
