import type { Campaign, Pledge } from "../../generated/prisma/client.js";
import type { ViewCtx } from "./campaign-view.js";

/** What was pledged: the amount, or the goods with their quantity and value. */
export function pledgeWhat(ctx: Pick<ViewCtx, "t" | "format">, pledge: Pick<Pledge, "kind" | "amount" | "itemQuantity" | "itemDescription" | "itemUnitValue">): string {
  if (pledge.kind === "goods") {
    return ctx.t("pledge-goods-summary", {
      quantity: ctx.format.number(pledge.itemQuantity ?? 0),
      item: pledge.itemDescription ?? "",
      unitValue: ctx.format.rupiah(pledge.itemUnitValue ?? 0n),
      total: ctx.format.rupiah(pledge.amount),
    });
  }
  return ctx.format.rupiah(pledge.amount);
}

/** One line per pledge in /mypledges and /pending: `#12 BTS · Rp 10.000.000 · transfer reported`. */
export function pledgeLine(ctx: Pick<ViewCtx, "t" | "format">, pledge: Pledge & { campaign: Campaign }, company?: string): string {
  const parts = [`#${pledge.id}`, pledge.campaign.code, pledgeWhat(ctx, pledge), ctx.t(`status-${pledge.status}`)];
  if (company) parts.splice(2, 0, company);
  if (pledge.statusReason) parts.push(pledge.statusReason);
  return parts.join(" · ");
}
