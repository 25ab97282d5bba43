import type { Campaign, Pledge } from "../../generated/prisma/client.js";
import type { Ctx } from "../context.js";
import { pickLocalized } from "./localized-text.js";

/** What a partner writes on the transfer so staff can match it to the pledge. */
export function transferReference(pledgeId: number): string {
  return `KP-${pledgeId}`;
}

/**
 * Where and how to pay, right after a pledge is stored: the campaign's own account, else the one
 * in configuration (TRANSFER_*); for goods, the drop-off or pick-up instructions in the same way.
 * Without any, the partner is told staff will send them.
 */
export function transferInstructions(ctx: Ctx, campaign: Campaign, pledge: Pledge): string {
  const fallback = ctx.deps.config.transfer ?? {};
  const reference = transferReference(pledge.id);
  if (pledge.kind === "goods") {
    const instructions = pickLocalized(campaign.goodsInstructions, ctx.locale) || fallback.goodsInstructions;
    return instructions ? ctx.t("goods-instructions", { instructions, reference }) : ctx.t("goods-instructions-missing", { reference });
  }
  const bank = campaign.bankName ?? fallback.bankName;
  const account = campaign.bankAccount ?? fallback.bankAccount;
  const holder = campaign.bankHolder ?? fallback.bankHolder;
  if (!bank || !account || !holder) return ctx.t("transfer-instructions-missing", { id: pledge.id, reference });
  return ctx.t("transfer-instructions", { amount: ctx.format.rupiah(pledge.amount), bank, account, holder, reference, id: pledge.id });
}
