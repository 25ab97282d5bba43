import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import type { Campaign, CampaignGoal, WebSession } from "../generated/prisma/client.js";
import { campaignTitle, goalName, type ViewCtx } from "../core/views/campaign-view.js";
import { loadCampaignTotals, NO_TOTALS } from "../core/use-cases/campaign-totals.js";
import { campaignCodeSchema } from "../core/use-cases/campaign-code.js";
import { EDITABLE_CAMPAIGN_FIELDS } from "../core/use-cases/edit-campaign.js";
import { pickLocalized } from "../core/views/localized-text.js";
import { MAX_UPDATE_LENGTH } from "../core/use-cases/post-campaign-update.js";
import { campaignActions } from "./campaign-actions.js";
import { PledgesTable, readPledgeTableQuery } from "./campaign-pledges.js";
import { CampaignProgress } from "./campaign-progress.js";
import { CampaignUpdates } from "./campaign-updates.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { CsrfField, DashboardPage, Field, TableHead } from "./dashboard-layout.js";
import { maskPhoneNumbers } from "./masking.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

const UPDATES_SHOWN = 20;

/** Inputs for one text in Indonesian, Korean and English (Indonesian required). */
export function LocalizedInputs(props: { ctx: ViewCtx; name: string; label: string; max: number; multiline?: boolean }) {
  const { ctx, name } = props;
  return (
    <fieldset>
      <legend>{props.label}</legend>
      {(["id", "ko", "en"] as const).map((locale) => (
        <Field id={`${name}-${locale}`} label={ctx.t(`lang-name-${locale}`)}>
          {props.multiline ? (
            <textarea id={`${name}-${locale}`} name={`${name}.${locale}`} maxlength={props.max} required={locale === "id"} rows={3}></textarea>
          ) : (
            <input id={`${name}-${locale}`} name={`${name}.${locale}`} maxlength={props.max} required={locale === "id"} />
          )}
        </Field>
      ))}
    </fieldset>
  );
}

/** The hidden key that makes a form's action happen once, however often it is posted. */
export function OnceField() {
  return <input type="hidden" name="_once" value={randomUUID()} />;
}

function NewCampaignForm(props: { ctx: ViewCtx; session: WebSession }) {
  const { ctx } = props;
  return (
    <form method="post" action="/dashboard/campaigns" class="stacked">
      <CsrfField session={props.session} />
      <Field id="code" label={ctx.t("web-campaign-code")}>
        <input id="code" name="code" required maxlength={12} pattern="[A-Za-z0-9]{2,12}" autocomplete="off" />
      </Field>
      <LocalizedInputs ctx={ctx} name="title" label={ctx.t("web-campaign-title")} max={120} />
      <LocalizedInputs ctx={ctx} name="story" label={ctx.t("web-campaign-story")} max={800} multiline />
      <Field id="target" label={ctx.t("web-campaign-target")}>
        <input id="target" name="target" required maxlength={40} placeholder="250jt" />
      </Field>
      <Field id="startsOn" label={ctx.t("web-campaign-starts")}>
        <input id="startsOn" name="startsOn" type="date" required />
      </Field>
      <Field id="endsOn" label={ctx.t("web-campaign-ends")}>
        <input id="endsOn" name="endsOn" type="date" required />
      </Field>
      <Field id="goals" label={ctx.t("web-campaign-goals")}>
        <input id="goals" name="goals" maxlength={400} placeholder="students=1000, schools=28" />
      </Field>
      <Field id="regions" label={ctx.t("web-campaign-regions")}>
        <input id="regions" name="regions" maxlength={800} />
      </Field>
      <Field id="bankName" label={ctx.t("web-campaign-bank")}>
        <input id="bankName" name="bankName" maxlength={80} />
      </Field>
      <Field id="bankAccount" label={ctx.t("web-campaign-account")}>
        <input id="bankAccount" name="bankAccount" maxlength={40} />
      </Field>
      <Field id="bankHolder" label={ctx.t("web-campaign-holder")}>
        <input id="bankHolder" name="bankHolder" maxlength={120} />
      </Field>
      <Field id="status" label={ctx.t("web-col-status")}>
        <select id="status" name="status">
          <option value="active">{ctx.t("web-campaign-status-active")}</option>
          <option value="draft">{ctx.t("web-campaign-status-draft")}</option>
        </select>
      </Field>
      <p><button type="submit" class="primary">{ctx.t("web-campaign-create")}</button></p>
    </form>
  );
}

/** What staff may do to a campaign: edit a field, close or reopen it, post an update. */
function CampaignStaffForms(props: { ctx: ViewCtx; session: WebSession; campaign: Campaign; goals: CampaignGoal[] }) {
  const { ctx, session, campaign } = props;
  const base = `/dashboard/campaigns/${campaign.code}`;
  return (
    <section>
      <h2>{ctx.t("web-campaign-manage")}</h2>
      <form method="post" action={`${base}/edit`} class="stacked">
        <CsrfField session={session} />
        <Field id="edit-field" label={ctx.t("web-campaign-edit-field")}>
          <select id="edit-field" name="field">
            {EDITABLE_CAMPAIGN_FIELDS.map((field) => <option value={field}>{ctx.t(`web-campaign-field-${field}`)}</option>)}
          </select>
        </Field>
        <Field id="edit-value" label={ctx.t("web-campaign-edit-value")}>
          <input id="edit-value" name="value" required maxlength={800} />
        </Field>
        <p><button type="submit">{ctx.t("web-campaign-edit")}</button></p>
      </form>
      {campaign.status === "closed" ? (
        <form method="post" action={`${base}/reopen`} class="stacked">
          <CsrfField session={session} />
          <Field id="reopen-ends" label={ctx.t("web-campaign-new-end")}>
            <input id="reopen-ends" name="endsOn" type="date" />
          </Field>
          <p><button type="submit">{ctx.t("web-campaign-reopen")}</button></p>
        </form>
      ) : (
        <form method="post" action={`${base}/close`} class="inline">
          <CsrfField session={session} />
          <button type="submit">{ctx.t("web-campaign-close")}</button>
        </form>
      )}
      <form method="post" action={`${base}/updates`} class="stacked">
        <h3>{ctx.t("web-update-post")}</h3>
        <CsrfField session={session} />
        <OnceField />
        <LocalizedInputs ctx={ctx} name="text" label={ctx.t("web-update-text")} max={MAX_UPDATE_LENGTH} multiline />
        {props.goals.map((goal) => (
          <Field id={`reached-${goal.key}`} label={ctx.t("web-update-reached", { goal: goalName(ctx, goal.key) })}>
            <input id={`reached-${goal.key}`} name={`reached.${goal.key}`} type="number" min="0" max="100000000" value={String(goal.reached)} />
          </Field>
        ))}
        <p><button type="submit" class="primary">{ctx.t("web-update-send")}</button></p>
      </form>
    </section>
  );
}

/**
 * `/dashboard/campaigns`: every campaign, a new campaign's form, and each campaign's page with
 * its goals and beneficiaries, updates, pledges table and the staff's actions on it.
 */
export function campaignPages(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();

  pages.get("/", async (c) => {
    const ctx = viewContext(c, deps);
    const campaigns = await deps.db.campaign.findMany({ orderBy: [{ status: "asc" }, { endsOn: "desc" }] });
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-nav-campaigns")}>
        <p><a href="/dashboard/campaigns/new">{ctx.t("web-campaign-new")}</a></p>
        <div class="table-scroll" tabindex={0}>
          <table>
            <TableHead ctx={ctx} columns={["web-campaign-code", "web-campaign-title", "web-col-status", "web-campaign-ends"]} />
            <tbody>
              {campaigns.map((campaign) => (
                <tr>
                  <td><a href={`/dashboard/campaigns/${campaign.code}`}>{campaign.code}</a></td>
                  <td>{campaignTitle(ctx, campaign)}</td>
                  <td>{ctx.t(`web-campaign-status-${campaign.status}`)}</td>
                  <td>{ctx.format.date(campaign.endsOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </DashboardPage>,
    );
  });

  pages.get("/new", (c) => {
    const ctx = viewContext(c, deps);
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-campaign-new")}>
        <NewCampaignForm ctx={ctx} session={c.get("session")} />
      </DashboardPage>,
    );
  });

  pages.get("/:code", async (c) => {
    const code = campaignCodeSchema.safeParse(c.req.param("code"));
    const campaign = code.success ? await deps.db.campaign.findUnique({ where: { code: code.data } }) : null;
    if (!campaign) return c.notFound();
    const ctx = viewContext(c, deps);
    const session = c.get("session");
    const [totals, goals, updates] = await Promise.all([
      loadCampaignTotals(deps.db, [campaign.id]),
      deps.db.campaignGoal.findMany({ where: { campaignId: campaign.id }, orderBy: { key: "asc" } }),
      deps.db.campaignUpdate.findMany({ where: { campaignId: campaign.id }, orderBy: { createdAt: "desc" }, take: UPDATES_SHOWN }),
    ]);
    return c.html(
      <DashboardPage ctx={ctx} session={session} title={`${campaign.code} · ${campaignTitle(ctx, campaign)}`}>
        <p>
          {ctx.t(`web-campaign-status-${campaign.status}`)} · {ctx.format.date(campaign.startsOn)} – {ctx.format.date(campaign.endsOn)} ·{" "}
          <a href={`/c/${campaign.code}`}>{ctx.t("web-public-page")}</a>
        </p>
        <CampaignProgress ctx={ctx} campaign={campaign} totals={totals.get(campaign.id) ?? NO_TOTALS} />
        <section>
          <h2>{ctx.t("web-beneficiaries-heading")}</h2>
          {goals.length === 0 ? (
            <p>{ctx.t("web-none")}</p>
          ) : (
            <table>
              <TableHead ctx={ctx} columns={["web-goal", "web-goal-reached", "web-goal-target"]} />
              <tbody>
                {goals.map((goal) => (
                  <tr>
                    <td>{goalName(ctx, goal.key)}</td>
                    <td>{ctx.format.number(goal.reached)}</td>
                    <td>{ctx.format.number(goal.target)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <CampaignUpdates ctx={ctx} updates={updates} forStaff />
        <CampaignStaffForms ctx={ctx} session={session} campaign={campaign} goals={goals} />
        <PledgesTable ctx={ctx} db={deps.db} campaign={campaign} query={readPledgeTableQuery(campaign.id, (name) => c.req.query(name))} />
      </DashboardPage>,
    );
  });

  pages.route("/", campaignActions(deps));
  return pages;
}
