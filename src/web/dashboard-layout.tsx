import type { Child } from "hono/jsx";
import type { WebSession } from "../generated/prisma/client.js";
import type { ViewCtx } from "../core/views/campaign-view.js";
import { Page } from "./layout.js";

/** The hidden field every dashboard form carries; the guard compares it with the session's. */
export function CsrfField(props: { session: WebSession }) {
  return <input type="hidden" name="_csrf" value={props.session.csrfToken} />;
}

/**
 * htmx's settings: no inline `<style>` (the CSP forbids it), no `eval`, and refusals (4xx) swapped
 * in like any page, so a refused action shows why instead of doing nothing.
 */
const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false,
  allowEval: false,
  allowScriptTags: false,
  historyCacheSize: 0,
  responseHandling: [
    { code: "204", swap: false },
    { code: "[2345]..", swap: true },
  ],
});

/** The dashboard's sections, in the order the navigation shows them. */
const SECTIONS = [
  ["/dashboard", "web-nav-overview"],
  ["/dashboard/pending", "web-nav-pending"],
  ["/dashboard/campaigns", "web-nav-campaigns"],
  ["/dashboard/companies", "web-nav-companies"],
  ["/dashboard/broadcasts", "web-nav-broadcasts"],
  ["/dashboard/schedules", "web-nav-schedules"],
  ["/dashboard/audit", "web-nav-audit"],
  ["/dashboard/exports", "web-exports-title"],
] as const;

/**
 * A dashboard page: the navigation, who is signed in, and the sign-out button. Links and forms
 * are boosted by htmx (the page body is swapped in place, no reload) and work the same without
 * JavaScript.
 */
export function DashboardPage(props: { ctx: ViewCtx; session: WebSession; title: string; children: Child }) {
  const { ctx, session } = props;
  const head = (
    <>
      <meta name="htmx-config" content={HTMX_CONFIG} />
      <script src="/static/htmx.min.js" defer></script>
    </>
  );
  return (
    <Page ctx={ctx} title={`${props.title} · ${ctx.t("web-dashboard-title")}`} head={head}>
      <div hx-boost="true">
        <nav class="dashboard" aria-label={ctx.t("web-dashboard-title")}>
          <ul class="sections">
            {SECTIONS.map(([href, key]) => (
              <li><a href={href}>{ctx.t(key)}</a></li>
            ))}
          </ul>
          <form method="post" action="/dashboard/sign-out" class="inline">
            <CsrfField session={session} />
            <span>{ctx.t("web-signed-in-as", { identity: session.identity })}</span>
            <button type="submit">{ctx.t("web-sign-out")}</button>
          </form>
        </nav>
        <h1>{props.title}</h1>
        {props.children}
      </div>
    </Page>
  );
}

/**
 * The head of a table of pledges: what every such table shows (number, company, what, status),
 * then the columns of this one, as locale message keys.
 */
export function PledgesTableHead(props: { ctx: ViewCtx; more: readonly string[] }) {
  return <TableHead ctx={props.ctx} columns={["web-col-pledge", "web-col-company", "web-col-what", "web-col-status", ...props.more]} />;
}

/** A table head from locale message keys. */
export function TableHead(props: { ctx: ViewCtx; columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {props.columns.map((key) => (
          <th scope="col">{props.ctx.t(key)}</th>
        ))}
      </tr>
    </thead>
  );
}

/** A labelled form field on its own line: a label, then the control. */
export function Field(props: { id: string; label: string; children: Child }) {
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
    </p>
  );
}
