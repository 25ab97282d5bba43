import { Hono } from "hono";
import { $Enums } from "../generated/prisma/client.js";
import type { PledgeStatus } from "../generated/prisma/client.js";
import { campaignTitle } from "../core/views/campaign-view.js";
import { pledgeWhat } from "../core/views/pledge-view.js";
import { loadCampaignTotals, NO_TOTALS } from "../core/use-cases/campaign-totals.js";
import { campaignCodeSchema } from "../core/use-cases/campaign-code.js";
import { CampaignProgress } from "./campaign-progress.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { DashboardPage, PledgesTableHead } from "./dashboard-layout.js";
import { loadPledgesPage } from "./dashboard-queries.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

const STATUSES = Object.values($Enums.PledgeStatus);

/** `/dashboard/campaigns/CODE`: the campaign's progress and its pledges, 50 a page, filtered by status. */
export function campaignPledges(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();
  pages.get("/:code", async (c) => {
    const code = campaignCodeSchema.safeParse(c.req.param("code"));
    const campaign = code.success ? await deps.db.campaign.findUnique({ where: { code: code.data } }) : null;
    if (!campaign) return c.notFound();
    const askedStatus = c.req.query("status");
    const status = STATUSES.find((candidate) => candidate === askedStatus) as PledgeStatus | undefined;
    const before = Number(c.req.query("before"));
    const ctx = viewContext(c, deps);
    const [page, totals] = await Promise.all([
      loadPledgesPage(deps.db, { campaignId: campaign.id, status, before: Number.isSafeInteger(before) && before > 0 ? before : undefined }),
      loadCampaignTotals(deps.db, [campaign.id]),
    ]);
    const nextQuery = new URLSearchParams({ ...(status && { status }), ...(page.next && { before: String(page.next) }) });
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={`${campaign.code} · ${campaignTitle(ctx, campaign)}`}>
        <CampaignProgress ctx={ctx} campaign={campaign} totals={totals.get(campaign.id) ?? NO_TOTALS} />
        <p><a href={`/c/${campaign.code}`}>{ctx.t("web-public-page")}</a></p>
        <h2>{ctx.t("web-pledges-heading")}</h2>
        <form method="get" class="inline">
          <label for="status">{ctx.t("web-col-status")}</label>
          <select id="status" name="status">
            <option value="">{ctx.t("web-filter-all")}</option>
            {STATUSES.map((candidate) => (
              <option value={candidate} selected={candidate === status}>{ctx.t(`status-${candidate}`)}</option>
            ))}
          </select>
          <button type="submit">{ctx.t("web-filter-apply")}</button>
        </form>
        <div class="table-scroll">
          <table>
            <PledgesTableHead ctx={ctx} more={["web-col-date", "web-col-note"]} />
            <tbody>
              {page.rows.map((pledge) => (
                <tr>
                  <td>{`#${pledge.id}`}</td>
                  <td>{pledge.organization.name}</td>
                  <td>{pledgeWhat(ctx, pledge)}</td>
                  <td>{ctx.t(`status-${pledge.status}`)}</td>
                  <td>{ctx.format.dateTime(pledge.createdAt)}</td>
                  <td>{pledge.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {page.next && <p><a href={`?${nextQuery}`} rel="next">{ctx.t("web-next-page")}</a></p>}
      </DashboardPage>,
    );
  });
  return pages;
}
