import type { DbClient } from "../../db/database.js";
import type { Campaign, Member, Organization, Pledge } from "../../generated/prisma/client.js";
import { jakartaToday } from "../jakarta-time.js";
import type { LocaleCode } from "../i18n/translator.js";
import type { ViewCtx } from "../views/campaign-view.js";
import { storeFile } from "./stored-files.js";

/** `KP-2026-000123`: the year and a number with no gaps within it. */
export function receiptNumber(year: number, sequence: number): string {
  return `KP-${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * Gives a confirmed pledge its receipt: the next number of the year (Jakarta) from a locked
 * counter row, so a rolled-back confirmation gives its number back and none is skipped; the PDF in
 * the company's language (the language of the person who pledged); the file stored with the
 * pledge's number on it. Runs in the confirming transaction.
 */
export async function issueReceipt(
  tx: DbClient,
  pledge: Pledge & { campaign: Campaign; organization: Organization; member: Member },
  options: { confirmedBy: string; viewIn: (locale: LocaleCode) => ViewCtx },
): Promise<{ number: string; fileId: number }> {
  const ctx = options.viewIn(pledge.member.locale ?? "id");
  const year = jakartaToday(ctx.now).getUTCFullYear();
  const [counter] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "Counter" (name, value) VALUES (${`receipt-${year}`}, 1)
    ON CONFLICT (name) DO UPDATE SET value = "Counter".value + 1 RETURNING value`;
  if (!counter) throw new Error("The receipt counter returned no row");
  const number = receiptNumber(year, counter.value);
  // pdfkit, the fonts and the number words load with the first receipt, not with the bot.
  const [{ renderPaperPdf }, { receiptPaper }] = await Promise.all([import("../../documents/paper-pdf.js"), import("../views/receipt-paper.js")]);
  const pdf = await renderPaperPdf(receiptPaper(ctx, pledge, { number, confirmedBy: options.confirmedBy }));
  const file = await storeFile(tx, { bytes: pdf, mimeType: "application/pdf", fileName: `${number}.pdf` });
  await tx.pledge.update({ where: { id: pledge.id }, data: { receiptNumber: number } });
  return { number, fileId: file.id };
}
