import { reply, type Ctx } from "../context.js";
import type { OutgoingMessage } from "../messages.js";
import { MAX_AMOUNT_RUPIAH, parseAmount } from "./parse-amount.js";

export type AmountReading = { ok: true; amount: bigint } | { ok: false; problem: OutgoingMessage };

/**
 * Reads an amount someone typed, or explains in their language why it can't be taken. Unclear
 * input gets a question with the plausible readings as choices, never a guess.
 */
export function readAmount(ctx: Ctx, input: string): AmountReading {
  const parsed = parseAmount(input);
  if (parsed.kind === "amount") return { ok: true, amount: parsed.rupiah };
  if (parsed.kind === "invalid") {
    return { ok: false, problem: reply(ctx.t(`amount-${parsed.reason}`, { max: ctx.format.rupiah(MAX_AMOUNT_RUPIAH) })) };
  }
  const choices = parsed.candidates.map((candidate) => [{ label: ctx.format.rupiah(candidate), value: `Rp ${candidate}` }]);
  // "500만원": the figure in won, offered back as rupiah (never converted at a rate).
  const key = parsed.reason === "foreign-currency" && choices.length > 0 ? "amount-won-as-rupiah" : `amount-${parsed.reason}`;
  return {
    ok: false,
    problem: reply(ctx.t(key, { input: input.slice(0, 40), rupiah: choices[0]?.[0]?.label ?? "" }), choices.length > 0 ? choices : undefined),
  };
}
