import { Hono, type Context } from "hono";
import type { WatchedTable } from "../db/change-feed.js";
import { createReadCache } from "../db/read-cache.js";
import { campaignTitle, deadlineText, goalLines, type ViewCtx } from "../core/views/campaign-view.js";
import { percentOf } from "../core/i18n/format.js";
import { jakartaToday } from "../core/jakarta-time.js";
import { pickLocalized } from "../core/views/localized-text.js";
import { CampaignProgress } from "./campaign-progress.js";
import { CampaignUpdates } from "./campaign-updates.js";
import { Page } from "./layout.js";
import { ProgressCard } from "./progress-card.js";
import { campaignCodeSchema } from "../core/use-cases/campaign-code.js";
import { loadCampaignTotals, NO_TOTALS } from "../core/use-cases/campaign-totals.js";
import { findPublicCampaign, loadPublicCampaign, loadPublicCampaigns } from "./public-campaign.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";
import { storedFileResponse } from "./stored-file-response.js";

/** Everything a public page shows comes from these tables (pledges only through the counters). */
const PUBLIC_TABLES: readonly WatchedTable[] = ["Campaign", "CampaignGoal", "CampaignUpdate", "CampaignPartnerTotal", "Organization"];
const HTML = "text/html; charset=UTF-8";

/**
 * The pages anyone may open, with no sign-in: `/c` (the campaigns), `/c/CODE` (one campaign, with
 * its sharing card), `/c/CODE/card.svg` (the card's image) and `/c/CODE/embed` (a widget other
 * sites may frame).
 */
export function publicPages(deps: WebDeps): Hono {
  const pages = new Hono();
  const rendered = createReadCache<{ body: string }>(deps.db.$changes, PUBLIC_TABLES);

  /**
   * Serves a page from memory until a table it shows changes (the change feed the chat's read
   * caches use), rendering it once per campaign, language and day, not once per visitor: donors
   * arrive in bursts when a link is shared. `render` answers null for "no such campaign". Nothing
   * a visitor makes up reaches the key: a code that cannot exist is refused before any lookup, a
   * miss is not kept, and the page never names the request's Host (it is the visitor's to choose).
   */
  async function cached(c: Context, page: string, contentType: string, render: (ctx: ViewCtx) => Promise<unknown>) {
    const typedCode = c.req.param("code");
    const code = typedCode === undefined ? "" : campaignCodeSchema.safeParse(typedCode).data;
    if (code === undefined) return c.notFound();
    const ctx = viewContext(c, deps);
    const key = [page, code, ctx.locale, jakartaToday(ctx.now).toISOString()].join("|");
    const found = await rendered(key, async () => {
      const element = await render(ctx);
      return element === null ? undefined : { body: String(await element?.toString()) };
    });
    if (!found) return c.notFound();
    return c.body(found.body, 200, { "Content-Type": contentType });
  }

  pages.get("/", (c) =>
    cached(c, "list", HTML, async (ctx) => {
      const campaigns = await loadPublicCampaigns(deps.db);
      return (
        <Page ctx={ctx} title={ctx.t("web-campaigns-title")}>
          <h1>{ctx.t("web-campaigns-title")}</h1>
          {campaigns.length === 0 && <p>{ctx.t("web-campaigns-empty")}</p>}
          <ul class="cards">
            {campaigns.map(({ campaign, totals }) => (
              <li>
                <h2>
                  <a href={`/c/${campaign.code}?lang=${ctx.locale}`}>{campaignTitle(ctx, campaign)}</a>
                </h2>
                <CampaignProgress ctx={ctx} campaign={campaign} totals={totals} />
                <p>{deadlineText(ctx, campaign)}</p>
              </li>
            ))}
          </ul>
        </Page>
      );
    }),
  );

  pages.get("/:code", (c) =>
    cached(c, "page", HTML, async (ctx) => {
      const page = await loadPublicCampaign(deps.db, c.req.param("code"));
      if (!page) return null;
      const { campaign, goals, totals, wall, updates } = page;
      const title = campaignTitle(ctx, campaign);
      // Share tags need absolute addresses: only the configured one, never the request's Host.
      const origin = deps.config.publicUrl;
      const card = {
        title,
        description: ctx.t("campaign-collected", { collected: ctx.format.rupiah(totals.confirmed), target: ctx.format.rupiah(campaign.target) }),
        ...(origin && { url: `${origin}/c/${campaign.code}?lang=${ctx.locale}`, image: `${origin}/c/${campaign.code}/card.svg?lang=${ctx.locale}` }),
      };
      return (
        <Page ctx={ctx} title={title} card={card}>
          <article class="campaign">
            <h1>{title}</h1>
            <p class="deadline">{ctx.t("campaign-deadline", { date: ctx.format.date(campaign.endsOn), left: deadlineText(ctx, campaign) })}</p>
            <img class="card" src={`/c/${campaign.code}/card.svg?lang=${ctx.locale}`} alt={ctx.t("web-card-alt", { title, percent: percentOf(totals.confirmed, campaign.target) })} width="600" height="315" />
            <p class="story">{pickLocalized(campaign.story, ctx.locale)}</p>
            <CampaignProgress ctx={ctx} campaign={campaign} totals={totals} />
            <p>{ctx.t("campaign-companies", { count: totals.companies })}</p>
            {campaign.status === "active" && <p class="pledge-hint">{ctx.t("web-pledge-via-bot", { code: campaign.code })}</p>}
            {goals.length > 0 && (
              <section>
                <h2>{ctx.t("web-beneficiaries-heading")}</h2>
                <ul>{goalLines(ctx, goals).map((line) => <li>{line.replace(/^•\s*/, "")}</li>)}</ul>
              </section>
            )}
            <section>
              <h2>{ctx.t("web-supporters-heading")}</h2>
              {wall.length === 0 ? (
                <p>{ctx.t("web-supporters-empty")}</p>
              ) : (
                <ol class="wall">
                  {wall.map((entry) => (
                    <li>
                      <span class="company">{entry.company ?? ctx.t("anonymous-company")}</span>{" "}
                      <span class="amount">{ctx.format.rupiah(entry.confirmed)}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <CampaignUpdates ctx={ctx} updates={updates} photoUrl={(update) => `/c/${campaign.code}/updates/${update.id}/photo`} />
          </article>
        </Page>
      );
    }),
  );

  // An update's photo went to every subscriber with it: public like the update, but only an
  // image of an update of this (public) campaign.
  pages.get("/:code/updates/:id{[0-9]{1,9}}/photo", async (c) => {
    const campaign = await findPublicCampaign(deps.db, c.req.param("code"));
    const update =
      campaign &&
      (await deps.db.campaignUpdate.findFirst({ where: { id: Number(c.req.param("id")), campaignId: campaign.id }, select: { photoFile: true } }));
    const photo = update?.photoFile;
    if (!photo?.mimeType.startsWith("image/")) return c.notFound();
    return storedFileResponse(c, photo, { thumbnail: c.req.query("thumbnail") !== undefined, cache: "public" });
  });

  pages.get("/:code/card.svg", (c) =>
    cached(c, "card", "image/svg+xml; charset=utf-8", async (ctx) => {
      const campaign = await findPublicCampaign(deps.db, c.req.param("code"));
      if (!campaign) return null;
      const totals = (await loadCampaignTotals(deps.db, [campaign.id])).get(campaign.id) ?? NO_TOTALS;
      return `<?xml version="1.0" encoding="UTF-8"?>\n${await (<ProgressCard ctx={ctx} campaign={campaign} totals={totals} />).toString()}`;
    }),
  );

  pages.get("/:code/embed", (c) =>
    cached(c, "embed", HTML, async (ctx) => {
      const campaign = await findPublicCampaign(deps.db, c.req.param("code"));
      if (!campaign) return null;
      const totals = (await loadCampaignTotals(deps.db, [campaign.id])).get(campaign.id) ?? NO_TOTALS;
      const title = campaignTitle(ctx, campaign);
      return (
        <Page ctx={ctx} title={title} embedded>
          <h1>
            <a href={`/c/${campaign.code}?lang=${ctx.locale}`} target="_blank" rel="noopener">{title}</a>
          </h1>
          <CampaignProgress ctx={ctx} campaign={campaign} totals={totals} />
        </Page>
      );
    }),
  );

  return pages;
}
