import { Hono } from "hono";
import type { Campaign, WebSession } from "../generated/prisma/client.js";
import { readJakartaTime } from "../core/jakarta-time.js";
import { audienceLabel } from "../core/views/broadcast-view.js";
import { MAX_TEXT_LENGTH } from "../core/messages.js";
import { cancelBroadcast } from "../core/use-cases/cancel-broadcast.js";
import { CAMPAIGN_AUDIENCES, createBroadcast, STAFF_AUDIENCES, type StaffAudience } from "../core/use-cases/create-broadcast.js";
import { listBroadcasts } from "../core/use-cases/list-broadcasts.js";
import { pickLocalized } from "../core/views/localized-text.js";
import { previewBroadcast } from "../core/use-cases/preview-broadcast.js";
import { UserError } from "../core/user-error.js";
import { campaignTitle, type ViewCtx } from "../core/views/campaign-view.js";
import type { DbClient } from "../db/database.js";
import { SKIP_REASONS } from "../outbox/deliver-one.js";
import { alreadyDone, onceKey } from "./campaign-actions.js";
import { LocalizedInputs, OnceField } from "./campaign-pages.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { CsrfField, DashboardPage, Field, TableHead } from "./dashboard-layout.js";
import { formText, formTexts, positiveInt } from "./form-fields.js";
import { maskPhoneNumbers } from "./masking.js";
import { runStaffAction } from "./staff-action.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

const WHEN = ["now", "urgent", "later"] as const;

/** The composer's audience and campaign as asked; a campaign audience without a campaign is not complete. */
async function readAudience(db: DbClient, audienceAsked: string | undefined, codeAsked: string | undefined) {
  const audience = STAFF_AUDIENCES.find((candidate) => candidate === audienceAsked);
  if (!audience) return undefined;
  const campaign = codeAsked && CAMPAIGN_AUDIENCES.includes(audience) ? await db.campaign.findUnique({ where: { code: codeAsked.toUpperCase().slice(0, 12) } }) : null;
  if (CAMPAIGN_AUDIENCES.includes(audience) && !campaign) return undefined;
  return { audience, campaign };
}

/** How many people the audience reaches now, per channel: the outbox port's count, as /broadcast previews it. */
async function RecipientPreview(props: { ctx: ViewCtx; deps: WebDeps; audience?: StaffAudience; campaign?: Campaign | null }) {
  const { ctx } = props;
  if (!props.audience) return <p id="preview" aria-live="polite">{ctx.t("web-broadcast-pick-audience")}</p>;
  const { perChannel, total } = await previewBroadcast(props.deps.db, props.deps.outbox, { audience: props.audience, campaignId: props.campaign?.id ?? null });
  return (
    <div id="preview" aria-live="polite">
      <p>{ctx.t("web-broadcast-recipients", { audience: audienceLabel(ctx, props.audience, props.campaign?.code), total: ctx.format.number(total) })}</p>
      <ul>
        {Object.entries(perChannel).map(([channel, count]) => <li>{`${channel}: ${ctx.format.number(count)}`}</li>)}
      </ul>
    </div>
  );
}

function Composer(props: { ctx: ViewCtx; deps: WebDeps; session: WebSession; campaigns: Campaign[]; audience?: StaffAudience; campaign?: Campaign | null }) {
  const { ctx } = props;
  // Changing the audience or campaign redraws the preview in place; without JavaScript the
  // "Preview" button does the same with a page load.
  const live = { "hx-get": "/dashboard/broadcasts/preview", "hx-trigger": "change", "hx-target": "#preview", "hx-swap": "outerHTML", "hx-include": "#audience, #campaign" };
  return (
    <form method="post" action="/dashboard/broadcasts" class="stacked">
      <CsrfField session={props.session} />
      <OnceField />
      <Field id="audience" label={ctx.t("web-broadcast-audience")}>
        <select id="audience" name="audience" required {...live}>
          <option value="">–</option>
          {STAFF_AUDIENCES.map((audience) => <option value={audience} selected={audience === props.audience}>{ctx.t(`broadcast-audience-${audience}`)}</option>)}
        </select>
      </Field>
      <Field id="campaign" label={ctx.t("web-broadcast-campaign")}>
        <select id="campaign" name="campaign" {...live}>
          <option value="">–</option>
          {props.campaigns.map((campaign) => (
            <option value={campaign.code} selected={campaign.id === props.campaign?.id}>{`${campaign.code} · ${campaignTitle(ctx, campaign)}`}</option>
          ))}
        </select>
      </Field>
      <RecipientPreview ctx={ctx} deps={props.deps} audience={props.audience} campaign={props.campaign} />
      <p><button type="submit" formmethod="get" formaction="/dashboard/broadcasts/new" formnovalidate>{ctx.t("web-broadcast-preview")}</button></p>
      <LocalizedInputs ctx={ctx} name="text" label={ctx.t("web-broadcast-text")} max={MAX_TEXT_LENGTH} multiline />
      <fieldset>
        <legend>{ctx.t("broadcast-ask-when")}</legend>
        {WHEN.map((when) => (
          <p>
            <input type="radio" id={`when-${when}`} name="when" value={when} checked={when === "now"} />
            <label for={`when-${when}`}>{ctx.t(`broadcast-choice-${when}`)}</label>
          </p>
        ))}
        <Field id="sendAt" label={ctx.t("web-broadcast-time")}>
          <input id="sendAt" name="sendAt" type="datetime-local" />
        </Field>
      </fieldset>
      <p><button type="submit" class="primary">{ctx.t("web-broadcast-send")}</button></p>
    </form>
  );
}

/**
 * `/dashboard/broadcasts`: the latest broadcasts with their progress, the composer (audience,
 * text per language, now or at a time, the recipients per channel), each broadcast's delivery
 * report with the reasons for failed and skipped sends, and cancel: the /broadcast use cases.
 */
export function broadcastPages(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();
  const openCampaigns = () => deps.db.campaign.findMany({ where: { status: { not: "closed" } }, orderBy: { code: "asc" } });

  pages.get("/", async (c) => {
    const ctx = viewContext(c, deps);
    const broadcasts = await listBroadcasts(deps.db);
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-nav-broadcasts")}>
        <p><a href="/dashboard/broadcasts/new">{ctx.t("web-broadcast-new")}</a></p>
        {broadcasts.length === 0 ? <p>{ctx.t("web-none")}</p> : (
          <div class="table-scroll" tabindex={0}>
            <table>
              <TableHead ctx={ctx} columns={["web-broadcast-number", "web-broadcast-audience", "web-col-status", "web-broadcast-progress"]} />
              <tbody>
                {broadcasts.map(({ broadcast, queued, sent, failed, skipped }) => (
                  <tr>
                    <td><a href={`/dashboard/broadcasts/${broadcast.number}`}>{`#${broadcast.number} ${ctx.t(`broadcast-kind-${broadcast.kind}`)}`}</a></td>
                    <td>{audienceLabel(ctx, broadcast.audience, broadcast.campaign?.code)}</td>
                    <td>{ctx.t(`broadcast-status-${broadcast.status}`)}</td>
                    <td>{ctx.t("web-broadcast-counts", { queued, sent, failed, skipped })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </DashboardPage>,
    );
  });

  pages.get("/new", async (c) => {
    const ctx = viewContext(c, deps);
    const [campaigns, asked] = await Promise.all([openCampaigns(), readAudience(deps.db, c.req.query("audience"), c.req.query("campaign"))]);
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-broadcast-new")}>
        <Composer ctx={ctx} deps={deps} session={c.get("session")} campaigns={campaigns} audience={asked?.audience} campaign={asked?.campaign} />
      </DashboardPage>,
    );
  });

  // The composer's live preview (htmx): only the preview block.
  pages.get("/preview", async (c) => {
    const ctx = viewContext(c, deps);
    const asked = await readAudience(deps.db, c.req.query("audience"), c.req.query("campaign"));
    return c.html(<RecipientPreview ctx={ctx} deps={deps} audience={asked?.audience} campaign={asked?.campaign} />);
  });

  pages.post("/", async (c) => {
    const form = await c.req.parseBody();
    return runStaffAction(c, deps, {
      back: "/dashboard/broadcasts/new",
      async act(tx, actor) {
        const requestKey = onceKey(form, "broadcast");
        if (await alreadyDone(tx, requestKey)) {
          const done = await tx.broadcast.findUniqueOrThrow({ where: { requestKey } });
          return `/dashboard/broadcasts/${done.number}`;
        }
        const asked = await readAudience(tx, formText(form, "audience", 40), formText(form, "campaign", 12));
        if (!asked) throw new UserError(formText(form, "audience", 40) ? "broadcast-ask-campaign" : "web-broadcast-pick-audience");
        if (actor.memberId === undefined) throw new UserError("web-broadcast-no-member");
        const now = deps.clock();
        const when = formText(form, "when", 10);
        const sendAt = when === "later" ? readJakartaTime(formText(form, "sendAt", 20), now) : now;
        if (!sendAt) throw new UserError("broadcast-bad-time");
        if (sendAt < now) throw new UserError("broadcast-time-past");
        const texts = formTexts(form, "text", MAX_TEXT_LENGTH);
        const { total } = await previewBroadcast(tx, deps.outbox, { audience: asked.audience, campaignId: asked.campaign?.id ?? null });
        if (total === 0) throw new UserError("broadcast-no-recipients");
        const broadcast = await createBroadcast(tx, deps.outbox, {
          audience: asked.audience,
          campaignId: asked.campaign?.id ?? null,
          texts,
          sendAt,
          urgent: when === "urgent",
          createdById: actor.memberId,
          requestKey,
          actor: actor.identity,
        });
        return `/dashboard/broadcasts/${broadcast.number}`;
      },
    });
  });

  pages.get("/:number{[0-9]{1,9}}", async (c) => {
    const broadcast = await deps.db.broadcast.findUnique({ where: { number: Number(c.req.param("number")) }, include: { campaign: { select: { code: true } } } });
    if (!broadcast) return c.notFound();
    const ctx = viewContext(c, deps);
    const session = c.get("session");
    const rows = await deps.db.delivery.groupBy({ by: ["status", "channel", "error"], where: { broadcastId: broadcast.id }, _count: { _all: true }, orderBy: [{ status: "asc" }, { channel: "asc" }] });
    const byStatus = new Map<string, number>();
    for (const row of rows) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row._count._all);
    const reasons = rows.filter((row) => row.status === "failed" || row.status === "skipped" || row.status === "cancelled");
    return c.html(
      <DashboardPage ctx={ctx} session={session} title={ctx.t("web-broadcast-report", { number: broadcast.number ?? 0 })}>
        <p>
          {ctx.t(`broadcast-kind-${broadcast.kind}`)} · {audienceLabel(ctx, broadcast.audience, broadcast.campaign?.code)} ·{" "}
          {ctx.t(`broadcast-status-${broadcast.status}`)} · {ctx.format.dateTime(broadcast.sendAt)}
        </p>
        <blockquote>{pickLocalized(broadcast.texts, ctx.locale)}</blockquote>
        <ul class="counts">
          {["queued", "sending", "sent", "failed", "skipped", "cancelled"].map((status) => (
            <li>{ctx.t(`web-delivery-${status}`)}: <strong>{byStatus.get(status) ?? 0}</strong></li>
          ))}
        </ul>
        <h2>{ctx.t("web-broadcast-reasons")}</h2>
        {reasons.length === 0 ? <p>{ctx.t("web-none")}</p> : (
          <div class="table-scroll" tabindex={0}>
            <table>
              <TableHead ctx={ctx} columns={["web-col-status", "web-broadcast-channel", "web-broadcast-reason", "web-broadcast-count"]} />
              <tbody>
                {reasons.map((row) => (
                  <tr>
                    <td>{ctx.t(`web-delivery-${row.status}`)}</td>
                    <td>{row.channel}</td>
                    <td>{row.error === null ? "-" : (SKIP_REASONS as readonly string[]).includes(row.error) ? ctx.t(`outbox-reason-${row.error}`) : maskPhoneNumbers(row.error)}</td>
                    <td>{row._count._all}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {broadcast.status === "active" && (
          <form method="post" action={`/dashboard/broadcasts/${broadcast.number}/cancel`} class="inline">
            <CsrfField session={session} />
            <button type="submit">{ctx.t("web-broadcast-cancel")}</button>
          </form>
        )}
      </DashboardPage>,
    );
  });

  pages.post("/:number{[0-9]{1,9}}/cancel", (c) =>
    runStaffAction(c, deps, {
      back: `/dashboard/broadcasts/${c.req.param("number")}`,
      async act(tx, actor) {
        const number = positiveInt(c.req.param("number")) ?? 0;
        await cancelBroadcast(tx, { number, actor: actor.identity, now: deps.clock() });
        return `/dashboard/broadcasts/${number}`;
      },
    }),
  );

  return pages;
}
