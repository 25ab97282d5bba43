import type { Choice } from "../messages.js";
import type { Ctx } from "../context.js";

/** Values shared by flows' buttons, so each flow reads the same answers the same way. */
export const YES = "yes";
export const NO = "no";
export const SKIP = "skip";

const YES_WORDS = new Set([YES, "y", "ya", "iya", "ok", "oke", "confirm", "konfirmasi", "benar", "네", "예", "확인"]);
const NO_WORDS = new Set([NO, "n", "tidak", "nggak", "gak", "bukan", "아니요", "아니오"]);
const SKIP_WORDS = new Set([SKIP, "-", "lewati", "tidak ada", "none", "no", "tidak", "건너뛰기", "없음"]);

export function isYes(input: string): boolean {
  return YES_WORDS.has(input.trim().toLowerCase());
}

export function isNo(input: string): boolean {
  return NO_WORDS.has(input.trim().toLowerCase());
}

export function isSkip(input: string): boolean {
  return SKIP_WORDS.has(input.trim().toLowerCase());
}

/**
 * A choice whose label is the locale message `key`: typed in any of the three languages, its
 * name picks it (see offered-choices.ts).
 */
export function choice(ctx: Pick<Ctx, "t">, key: string, value: string, args?: Record<string, string | number>): Choice {
  return args ? { label: ctx.t(key, args), value, key, args } : { label: ctx.t(key), value, key };
}

export function yesNoChoices(ctx: Ctx, yesKey = "choice-yes", noKey = "choice-no"): Choice[][] {
  return [[choice(ctx, yesKey, YES), choice(ctx, noKey, NO)]];
}

export function confirmChoices(ctx: Ctx): Choice[][] {
  return yesNoChoices(ctx, "choice-confirm", "choice-cancel");
}

export function skipChoice(ctx: Ctx): Choice[][] {
  return [[choice(ctx, "choice-skip", SKIP)]];
}
