import { Hono } from "hono";
import { $Enums } from "../generated/prisma/client.js";
import { addSchedule } from "../core/use-cases/add-schedule.js";
import { changeSchedule, type ScheduleChange } from "../core/use-cases/change-schedule.js";
import { campaignCodeSchema } from "../core/use-cases/campaign-code.js";
import { UserError } from "../core/user-error.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { CsrfField, DashboardPage, Field, TableHead } from "./dashboard-layout.js";
import { onceKey } from "./campaign-actions.js";
import { OnceField } from "./campaign-pages.js";
import { formText } from "./form-fields.js";
import { runStaffAction } from "./staff-action.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

const KINDS = Object.values($Enums.ScheduleKind);

/**
 * `/dashboard/schedules`: the recurring jobs with their next run (Jakarta time), pause, resume
 * and remove, and a form to add one: the use cases behind /schedule.
 */
export function schedulePages(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();

  pages.get("/", async (c) => {
    const ctx = viewContext(c, deps);
    const session = c.get("session");
    const [schedules, campaigns] = await Promise.all([
      deps.db.schedule.findMany({ orderBy: { id: "asc" }, include: { campaign: { select: { code: true } } } }),
      deps.db.campaign.findMany({ where: { status: { not: "closed" } }, orderBy: { code: "asc" }, select: { code: true } }),
    ]);
    const nextRuns = await Promise.all(schedules.map((schedule) => (schedule.enabled ? deps.cron.nextRun(schedule.cron) : undefined)));
    const done = /^(paused|resumed|removed|added)$/.exec(c.req.query("done") ?? "")?.[0];
    const doneId = Number(c.req.query("id"));
    return c.html(
      <DashboardPage ctx={ctx} session={session} title={ctx.t("web-nav-schedules")}>
        {done && Number.isInteger(doneId) && <p class="notice" role="status">{ctx.t(`schedule-${done}`, { id: doneId, cron: "" })}</p>}
        {schedules.length === 0 ? <p>{ctx.t("web-none")}</p> : (
          <div class="table-scroll" tabindex={0}>
            <table>
              <TableHead ctx={ctx} columns={["web-schedule-job", "web-schedule-campaign", "web-schedule-cron", "web-schedule-next", "web-col-actions"]} />
              <tbody>
                {schedules.map((schedule, index) => {
                  const next = nextRuns[index];
                  const changes: ScheduleChange[] = [schedule.enabled ? "pause" : "resume", "remove"];
                  return (
                    <tr id={`schedule-${schedule.id}`}>
                      <td>{`#${schedule.id} ${ctx.t(`schedule-kind-${schedule.kind}`)}`}</td>
                      <td>{schedule.campaign?.code ?? ctx.t("schedule-all-campaigns")}</td>
                      <td><code>{schedule.cron}</code></td>
                      <td>{next ? ctx.format.dateTime(next) : ctx.t("web-schedule-paused")}</td>
                      <td>
                        {changes.map((change) => (
                          <form method="post" action={`/dashboard/schedules/${schedule.id}/${change}`} class="inline">
                            <CsrfField session={session} />
                            <button type="submit" aria-label={ctx.t(`web-schedule-${change}-label`, { id: schedule.id })}>{ctx.t(`web-schedule-${change}`)}</button>
                          </form>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <h2>{ctx.t("web-schedule-add")}</h2>
        <form method="post" action="/dashboard/schedules" class="stacked">
          <CsrfField session={session} />
          <OnceField />
          <Field id="kind" label={ctx.t("web-schedule-job")}>
            <select id="kind" name="kind">
              {KINDS.map((kind) => <option value={kind}>{ctx.t(`schedule-kind-${kind}`)}</option>)}
            </select>
          </Field>
          <Field id="campaign" label={ctx.t("web-schedule-campaign")}>
            <select id="campaign" name="campaign">
              <option value="">{ctx.t("schedule-all-campaigns")}</option>
              {campaigns.map((campaign) => <option value={campaign.code}>{campaign.code}</option>)}
            </select>
          </Field>
          <Field id="cron" label={ctx.t("web-schedule-cron-hint")}>
            <input id="cron" name="cron" required maxlength={100} placeholder="0 9 * * 1" autocomplete="off" />
          </Field>
          <Field id="days" label={ctx.t("web-schedule-days")}>
            <input id="days" name="days" type="number" min="1" max="999" />
          </Field>
          <p><button type="submit" class="primary">{ctx.t("web-add")}</button></p>
        </form>
      </DashboardPage>,
    );
  });

  pages.post("/", async (c) => {
    const form = await c.req.parseBody();
    return runStaffAction(c, deps, {
      back: "/dashboard/schedules",
      async act(tx, actor) {
        // The use case reads `/schedule add`'s words; each part is checked here first, so no
        // field can pass for another.
        const kind = formText(form, "kind", 20);
        if (!KINDS.some((known) => known === kind)) throw new UserError("schedule-bad-kind", { kind: kind.slice(0, 20) || "?" });
        const code = formText(form, "campaign", 12);
        if (code && !campaignCodeSchema.safeParse(code).success) throw new UserError("error-unknown-campaign", { code });
        const cron = formText(form, "cron", 100).replace(/\s+/g, " ");
        if (!/^[\d*][\d*,/\-A-Za-z ]*$/.test(cron)) throw new UserError("schedule-bad-cron", { cron: cron.slice(0, 60) || "?" });
        const days = formText(form, "days", 3);
        if (days && !/^\d{1,3}$/.test(days)) throw new UserError("schedule-usage");
        // A form posted twice (a double click, a resend) adds one schedule: the second post's key
        // waits on the first's row, then finds it.
        const added = await tx.$executeRaw`INSERT INTO "ProcessedMessage" ("key") VALUES (${onceKey(form, "schedule")}) ON CONFLICT DO NOTHING`;
        if (added === 0) return "/dashboard/schedules";
        const schedule = await addSchedule(tx, deps.cron, { args: [kind, code, cron, days && `days=${days}`].filter(Boolean).join(" "), actor: actor.identity });
        return `/dashboard/schedules?done=added&id=${schedule.id}`;
      },
    });
  });

  pages.post("/:id{[0-9]{1,9}}/:change{pause|resume|remove}", (c) =>
    runStaffAction(c, deps, {
      back: "/dashboard/schedules",
      async act(tx, actor) {
        // The route's pattern admits these three words only.
        const change = c.req.param("change") as ScheduleChange;
        const id = Number(c.req.param("id"));
        await changeSchedule(tx, { id, change, actor: actor.identity });
        return `/dashboard/schedules?done=${change}d&id=${id}`;
      },
    }),
  );

  return pages;
}
