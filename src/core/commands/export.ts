import type { Command } from "../command.js";
import type { Ctx } from "../context.js";
import { jakartaDayStart, readCalendarDate } from "../i18n/format.js";
import type { OutgoingMessage } from "../messages.js";
import { UserError } from "../user-error.js";
import { findCampaignByCode } from "../use-cases/campaign-code.js";
import { pledgeExportBytes, type ExportFilter } from "../use-cases/export-pledges.js";

const DAY_MS = 86_400_000;

/** `[CODE] [FROM TO]`: a campaign or all, and an optional range of Jakarta days, both ends included. */
async function readExportFilter(ctx: Ctx, args: string): Promise<{ filter: ExportFilter; code?: string; range?: [Date, Date] }> {
  const words = args.trim().split(/\s+/).filter(Boolean);
  if (words.length > 3) throw new UserError("usage-export");
  const [code] = words.length % 2 === 1 ? words : [];
  const dates = words.length >= 2 ? words.slice(-2).map((word) => readCalendarDate(word, ctx.now)) : [];
  if (dates.some((date) => date === undefined)) throw new UserError("usage-export");
  const [from, to] = dates as Date[];
  if (from && to && from.getTime() > to.getTime()) throw new UserError("error-export-range");
  const campaign = code ? await findCampaignByCode(ctx.db, code) : undefined;
  return {
    filter: {
      ...(campaign && { campaignId: campaign.id }),
      ...(from && to && { from: jakartaDayStart(from), to: jakartaDayStart(new Date(to.getTime() + DAY_MS)) }),
    },
    ...(campaign && { code: campaign.code }),
    ...(from && to && { range: [from, to] as [Date, Date] }),
  };
}

/**
 * `/export [CODE] [FROM TO]` (staff): the pledges as CSV and XLSX (with a sheet of per-company
 * totals), streamed from the database a page at a time. Audited: who took which data, when.
 */
export const exportCommand: Command = {
  name: "export",
  aliases: ["ekspor", "내보내기"],
  access: "staff",
  async run(ctx, args) {
    const { filter, code, range } = await readExportFilter(ctx, args);
    const name = ["pledges", code ?? "all", ...(range ?? []).map((day) => day.toISOString().slice(0, 10))].join("-");
    const [csv, xlsx] = [await pledgeExportBytes(ctx.db, filter, ctx, "csv"), await pledgeExportBytes(ctx.db, filter, ctx, "xlsx")];
    await ctx.db.auditLog.create({
      data: { actor: ctx.identity, action: "pledges.export", entity: "Campaign", entityId: code ?? "*", after: { range: range?.map((day) => day.toISOString().slice(0, 10)) ?? null } },
    });
    const scope = code ?? ctx.t("export-all-campaigns");
    const period = range ? ctx.t("export-period", { from: ctx.format.date(range[0]), to: ctx.format.date(range[1]) }) : ctx.t("export-all-time");
    const messages: OutgoingMessage[] = [
      { text: ctx.t("export-caption-csv", { scope, period }), attachment: { kind: "document", mimeType: "text/csv", fileName: `${name}.csv`, bytes: csv } },
      {
        text: ctx.t("export-caption-xlsx", { scope, period }),
        attachment: { kind: "document", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName: `${name}.xlsx`, bytes: xlsx },
      },
    ];
    return messages;
  },
};
