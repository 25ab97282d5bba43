import type { Child } from "hono/jsx";
import type { WebSession } from "../generated/prisma/client.js";
import type { ViewCtx } from "../core/views/campaign-view.js";
import { Page } from "./layout.js";

/** The hidden field every dashboard form carries; the guard compares it with the session's. */
export function CsrfField(props: { session: WebSession }) {
  return <input type="hidden" name="_csrf" value={props.session.csrfToken} />;
}

/** A dashboard page: the navigation, who is signed in, and the sign-out button. */
export function DashboardPage(props: { ctx: ViewCtx; session: WebSession; title: string; children: Child }) {
  const { ctx, session } = props;
  return (
    <Page ctx={ctx} title={`${props.title} · ${ctx.t("web-dashboard-title")}`}>
      <nav class="dashboard" aria-label={ctx.t("web-dashboard-title")}>
        <a href="/dashboard">{ctx.t("web-nav-overview")}</a> · <a href="/dashboard/pending">{ctx.t("web-nav-pending")}</a>
        <form method="post" action="/dashboard/sign-out" class="inline">
          <CsrfField session={session} />
          <span>{ctx.t("web-signed-in-as", { identity: session.identity })}</span>
          <button type="submit">{ctx.t("web-sign-out")}</button>
        </form>
      </nav>
      <h1>{props.title}</h1>
      {props.children}
    </Page>
  );
}

/**
 * The head of a table of pledges: what every such table shows (number, company, what, status),
 * then the columns of this one, as locale message keys.
 */
export function PledgesTableHead(props: { ctx: ViewCtx; more: readonly string[] }) {
  const columns = ["web-col-pledge", "web-col-company", "web-col-what", "web-col-status", ...props.more];
  return (
    <thead>
      <tr>
        {columns.map((key) => (
          <th scope="col">{props.ctx.t(key)}</th>
        ))}
      </tr>
    </thead>
  );
}
