import { Hono } from "hono";
import { PassThrough, Readable } from "node:stream";
import { createClientGoneLog } from "../channels/http-server.js";
import { campaignTitle } from "../core/views/campaign-view.js";
import { UserError } from "../core/user-error.js";
import { auditExport, EXPORT_MIME_TYPES, exportFileName, readExportRequest, writePledgeExport, type ExportFormat } from "../core/use-cases/export-pledges.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { CsrfField, DashboardPage } from "./dashboard-layout.js";
import { formText } from "./form-fields.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

const FORMATS: readonly ExportFormat[] = ["csv", "xlsx"];

/**
 * `/dashboard/exports`: a form (campaign, date range) and its CSV and XLSX downloads, the same use
 * case and audit as `/export` in chat. A download is audited, so it is a POST with the CSRF token
 * like every other action: a GET would be sent from another site with the session cookie. The
 * file streams to the browser as the pledges are read a page at a time, so an export of 100,000
 * pledges never sits in memory.
 */
export function dashboardExports(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();
  const clientGone = createClientGoneLog(deps.logger, "export download");
  pages.get("/", async (c) => {
    const ctx = viewContext(c, deps);
    const campaigns = await deps.db.campaign.findMany({ where: { status: { not: "draft" } }, orderBy: { code: "asc" } });
    // Filled in from a link, such as the one /export gives when the file is too big for a chat.
    const asked = (name: string) => c.req.query(name)?.trim() ?? "";
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-exports-title")}>
        {/* A download is a real navigation: htmx must not fetch the file into the page. */}
        <form method="post" action="/dashboard/exports/download" hx-boost="false">
          <CsrfField session={c.get("session")} />
          <p>
            <label for="campaign">{ctx.t("web-exports-campaign")}</label>{" "}
            <select id="campaign" name="campaign">
              <option value="">{ctx.t("export-all-campaigns")}</option>
              {campaigns.map((campaign) => (
                <option value={campaign.code} selected={campaign.code === asked("campaign").toUpperCase()}>{`${campaign.code} · ${campaignTitle(ctx, campaign)}`}</option>
              ))}
            </select>
          </p>
          <p>
            <label for="from">{ctx.t("web-exports-from")}</label> <input id="from" name="from" type="date" value={asked("from")} />{" "}
            <label for="to">{ctx.t("web-exports-to")}</label> <input id="to" name="to" type="date" value={asked("to")} />
          </p>
          <p>
            <button type="submit" name="format" value="csv">{ctx.t("web-exports-csv")}</button>{" "}
            <button type="submit" name="format" value="xlsx">{ctx.t("web-exports-xlsx")}</button>
          </p>
        </form>
      </DashboardPage>,
    );
  });

  pages.post("/download", async (c) => {
    const ctx = viewContext(c, deps);
    // The guard has read the form already (the CSRF token is in it); this is the same parse.
    const form = await c.req.parseBody();
    // An empty date field means "all dates"; one date alone is refused like a bad one.
    const asked = (name: string) => formText(form, name, 20) || undefined;
    let format, request;
    try {
      format = FORMATS.find((candidate) => candidate === asked("format"));
      if (!format) throw new UserError("web-exports-bad-input");
      request = await readExportRequest(deps.db, { code: asked("campaign"), from: asked("from"), to: asked("to") }, ctx.now);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return c.html(
        <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-exports-title")}>
          <p role="alert">{ctx.t(error.key, error.args)}</p>
          <p><a href="/dashboard/exports">{ctx.t("web-back")}</a></p>
        </DashboardPage>,
        400,
      );
    }
    await auditExport(deps.db, c.get("session").identity, request, format);
    const body = new PassThrough();
    writePledgeExport(deps.db, request.filter, ctx, format, body).catch((error: unknown) => {
      // Destroyed already: the browser cancelled the download, or its connection died.
      if (body.destroyed) return clientGone();
      deps.logger.error({ err: error }, "export failed while streaming");
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        "content-type": EXPORT_MIME_TYPES[format],
        "content-disposition": `attachment; filename="${exportFileName(request, format)}"`,
        "cache-control": "no-store",
      },
    });
  });
  return pages;
}
