import { amountInWords } from "../../documents/amount-in-words.js";
import type { Paper } from "../../documents/paper-pdf.js";
import type { Campaign, Organization, Pledge } from "../../generated/prisma/client.js";
import { campaignTitle, type ViewCtx } from "./campaign-view.js";

/** What a receipt says, in the company's language: every line the issue asks for, nothing more. */
export function receiptPaper(
  ctx: ViewCtx,
  pledge: Pledge & { campaign: Campaign; organization: Organization },
  receipt: { number: string; confirmedBy: string },
): Paper {
  const goods = pledge.kind === "goods";
  return {
    title: ctx.t("receipt-title"),
    issuer: ctx.t("paper-issuer"),
    reference: receipt.number,
    intro: ctx.t("receipt-intro", { company: pledge.organization.name }),
    fields: [
      { label: ctx.t("receipt-number"), value: receipt.number },
      { label: ctx.t("receipt-date"), value: ctx.format.dateTime(ctx.now) },
      { label: ctx.t("receipt-company"), value: pledge.organization.name },
      { label: ctx.t("receipt-campaign"), value: `${pledge.campaign.code} · ${campaignTitle(ctx, pledge.campaign)}` },
      { label: ctx.t("receipt-pledge"), value: `#${pledge.id} · ${ctx.t(goods ? "receipt-kind-goods" : "receipt-kind-cash")}` },
      { label: ctx.t(goods ? "receipt-value" : "receipt-amount"), value: ctx.format.rupiah(pledge.amount) },
      { label: ctx.t("receipt-in-words"), value: ctx.t("receipt-amount-words", { words: amountInWords(pledge.amount, ctx.locale) }) },
    ],
    ...(goods && {
      table: {
        heading: ctx.t("receipt-items"),
        columns: [ctx.t("receipt-item"), ctx.t("receipt-quantity"), ctx.t("receipt-unit-value"), ctx.t("receipt-line-total")],
        rows: [[pledge.itemDescription ?? "", ctx.format.number(pledge.itemQuantity ?? 0), ctx.format.rupiah(pledge.itemUnitValue ?? 0n), ctx.format.rupiah(pledge.amount)]],
      },
    }),
    signature: ctx.t("receipt-confirmed-by", { name: receipt.confirmedBy }),
    footer: ctx.t("receipt-footer"),
    issuedAt: ctx.now,
  };
}
