import { randomInt } from "node:crypto";

/**
 * The unique code added to a cash pledge's transfer amount ("kode unik", Rp 1–999), so its
 * transfer can be told from every other open pledge's on the same account.
 *
 * A free code is drawn at random, not the lowest free one:
 * - a code just freed (its pledge confirmed) is unlikely to be handed out again soon, so a late
 *   statement line of that pledge rarely carries the exact amount of a new one;
 * - pledges made at the same moment rarely draw the same code, so the uniqueness check in their
 *   transactions seldom sends one back to draw again;
 * - the code tells a partner nothing about how many pledges are open.
 * The price is an average Rp 500 more per transfer instead of a few rupiah; the code is part of
 * the gift, counted once the pledge is confirmed.
 */

export const MIN_UNIQUE_CODE = 1;
export const MAX_UNIQUE_CODE = 999;

/**
 * A code none of `taken` (the codes of the open pledges paid to the same account) holds, or
 * undefined when all 999 are taken. `pick(n)` chooses among n free codes; tests pass their own.
 */
export function pickUniqueCode(taken: Iterable<number>, pick: (count: number) => number = randomInt): number | undefined {
  const used = new Set(taken);
  const free: number[] = [];
  for (let code = MIN_UNIQUE_CODE; code <= MAX_UNIQUE_CODE; code++) if (!used.has(code)) free.push(code);
  if (free.length === 0) return undefined;
  const chosen = pick(free.length);
  if (!Number.isInteger(chosen) || chosen < 0 || chosen >= free.length) throw new RangeError(`pick(${free.length}) gave ${chosen}`);
  return free[chosen];
}
