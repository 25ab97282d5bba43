import { Hono } from "hono";
import { campaignTitle, deadlineText } from "../core/views/campaign-view.js";
import { CampaignProgress } from "./campaign-progress.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { DashboardPage } from "./dashboard-layout.js";
import { createOverviewLoader } from "./dashboard-queries.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

/** `/dashboard`: active campaigns with progress, what waits for staff, the last week, running broadcasts. */
export function dashboardOverview(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();
  const loadOverview = createOverviewLoader(deps.db);
  pages.get("/", async (c) => {
    const ctx = viewContext(c, deps);
    const overview = await loadOverview(ctx.now);
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-nav-overview")}>
        <p>
          <a href="/dashboard/pending">{ctx.t("web-pending-count", { count: overview.pendingCount })}</a>
        </p>
        <p>{ctx.t("web-last-week", { count: overview.lastWeek.count, amount: ctx.format.rupiah(overview.lastWeek.amount) })}</p>
        <h2>{ctx.t("web-active-campaigns")}</h2>
        <ul class="cards">
          {overview.campaigns.map(({ campaign, totals }) => (
            <li>
              <h3>
                <a href={`/dashboard/campaigns/${campaign.code}`}>{`${campaign.code} · ${campaignTitle(ctx, campaign)}`}</a>
              </h3>
              <CampaignProgress ctx={ctx} campaign={campaign} totals={totals} />
              <p>{deadlineText(ctx, campaign)}</p>
            </li>
          ))}
        </ul>
        <h2>{ctx.t("web-broadcasts-running")}</h2>
        {overview.broadcastsRunning.length === 0 ? (
          <p>{ctx.t("web-none")}</p>
        ) : (
          <ul>
            {overview.broadcastsRunning.map(({ broadcast, sent, queued, failed }) => (
              <li>{ctx.t("web-broadcast-line", { number: broadcast.number ?? 0, kind: ctx.t(`broadcast-kind-${broadcast.kind}`), sent, queued, failed })}</li>
            ))}
          </ul>
        )}
      </DashboardPage>,
    );
  });
  return pages;
}
