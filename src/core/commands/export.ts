import type { Command } from "../command.js";
import { reply, type Ctx } from "../context.js";
import { MAX_FILE_BYTES, type OutgoingMessage } from "../messages.js";
import { UserError } from "../user-error.js";
import { auditExport, EXPORT_MIME_TYPES, exportFileName, exportFormQuery, pledgeExportBytes, readExportRequest, type ExportRequest } from "../use-cases/export-pledges.js";

/**
 * `/export [CODE] [FROM TO]` (staff): the pledges as CSV and XLSX (with a sheet of per-company
 * totals), streamed from the database a page at a time. Audited: who took which data, when.
 */
export const exportCommand: Command = {
  name: "export",
  aliases: ["ekspor", "내보내기"],
  access: "staff",
  async run(ctx, args) {
    const words = args.trim().split(/\s+/).filter(Boolean);
    if (words.length > 3) throw new UserError("usage-export");
    // CODE, FROM TO, or CODE FROM TO: an odd count starts with the campaign.
    const [code] = words.length % 2 === 1 ? words : [];
    const [from, to] = words.length >= 2 ? words.slice(-2) : [];
    const request = await readExportRequest(ctx.db, { code, from, to }, ctx.now);
    const scope = request.code ?? ctx.t("export-all-campaigns");
    const period = request.range ? ctx.t("export-period", { from: ctx.format.date(request.range[0]), to: ctx.format.date(request.range[1]) }) : ctx.t("export-all-time");
    // Both files or neither: a CSV alone would look like the whole answer.
    const maxBytes = ctx.deps.config.replyFileMaxBytes ?? MAX_FILE_BYTES;
    const messages: OutgoingMessage[] = [];
    for (const format of ["csv", "xlsx"] as const) {
      const bytes = await pledgeExportBytes(ctx.db, request.filter, ctx, format, maxBytes);
      if (!bytes) return [reply(tooBigForChat(ctx, request, { scope, period, max: maxBytes / (1024 * 1024) }))];
      messages.push({
        text: ctx.t(`export-caption-${format}`, { scope, period }),
        attachment: { kind: "document", mimeType: EXPORT_MIME_TYPES[format], fileName: exportFileName(request, format), bytes },
      });
    }
    await auditExport(ctx.db, ctx.identity, request, "csv+xlsx");
    return messages;
  },
};

/** Why nothing came, and how to get it: a narrower /export, or the same export on the dashboard when the web side is on. */
function tooBigForChat(ctx: Ctx, request: ExportRequest, args: { scope: string; period: string; max: number }): string {
  const explained = ctx.t("export-too-big", args);
  const base = ctx.deps.config.dashboardUrl;
  if (!base) return explained;
  const query = exportFormQuery(request);
  return `${explained}\n${ctx.t("export-too-big-dashboard", { url: `${base}/dashboard/exports${query && `?${query}`}` })}`;
}
