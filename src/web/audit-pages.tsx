import { Hono } from "hono";
import type { Prisma } from "../generated/prisma/client.js";
import { readCalendarDate, TIME_ZONE } from "../core/jakarta-time.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { DashboardPage, Field, TableHead } from "./dashboard-layout.js";
import { positiveInt } from "./form-fields.js";
import { maskPhoneNumbers } from "./masking.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

const PAGE_SIZE = 50;
const DAY_MS = 86_400_000;
/** Jakarta is UTC+7 all year: a Jakarta day starts at 17:00 UTC the day before. */
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/** The audit log's filters from the page's query: exact actor and action, Jakarta days from and to. */
function readAuditFilters(query: (name: string) => string | undefined, now: Date) {
  const text = (name: string, max: number) => (query(name) ?? "").trim().slice(0, max);
  const from = readCalendarDate(text("from", 10), now);
  const to = readCalendarDate(text("to", 10), now);
  return { actor: text("actor", 100), action: text("action", 60), from, to, before: positiveInt(query("before")) };
}

/**
 * `/dashboard/audit`: who did what, newest first, filtered by actor, action and date, 50 a page
 * by id (keyset on the (actor, id) and (action, id) indexes, never OFFSET). Phone numbers in
 * identities and values are masked but their last 4 digits.
 */
export function auditPages(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();
  pages.get("/", async (c) => {
    const ctx = viewContext(c, deps);
    const filters = readAuditFilters((name) => c.req.query(name), ctx.now);
    const where: Prisma.AuditLogWhereInput = {
      ...(filters.actor && { actor: filters.actor }),
      ...(filters.action && { action: filters.action }),
      ...((filters.from || filters.to) && {
        createdAt: {
          ...(filters.from && { gte: new Date(filters.from.getTime() - JAKARTA_OFFSET_MS) }),
          ...(filters.to && { lt: new Date(filters.to.getTime() + DAY_MS - JAKARTA_OFFSET_MS) }),
        },
      }),
      ...(filters.before && { id: { lt: filters.before } }),
    };
    const rows = await deps.db.auditLog.findMany({ where, orderBy: { id: "desc" }, take: PAGE_SIZE + 1 });
    const page = rows.slice(0, PAGE_SIZE);
    const kept = Object.fromEntries(
      Object.entries({ actor: filters.actor, action: filters.action, from: c.req.query("from") ?? "", to: c.req.query("to") ?? "" }).filter(([, value]) => value),
    );
    const next = rows.length > PAGE_SIZE ? new URLSearchParams({ ...kept, before: String(page[page.length - 1]!.id) }) : undefined;
    const shown = (value: Prisma.JsonValue | null) => (value === null ? "" : maskPhoneNumbers(JSON.stringify(value)));
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-nav-audit")}>
        <form method="get" action="/dashboard/audit" class="filters">
          <Field id="actor" label={ctx.t("web-audit-actor")}>
            <input id="actor" name="actor" value={filters.actor} maxlength={100} placeholder="telegram:12345" />
          </Field>
          <Field id="action" label={ctx.t("web-audit-action")}>
            <input id="action" name="action" value={filters.action} maxlength={60} placeholder="pledge.confirm" />
          </Field>
          <Field id="from" label={ctx.t("web-audit-from")}>
            <input id="from" name="from" type="date" value={filters.from?.toISOString().slice(0, 10) ?? ""} />
          </Field>
          <Field id="to" label={ctx.t("web-audit-to")}>
            <input id="to" name="to" type="date" value={filters.to?.toISOString().slice(0, 10) ?? ""} />
          </Field>
          <p><button type="submit">{ctx.t("web-filter-apply")}</button></p>
        </form>
        <p class="muted">{ctx.t("web-audit-time-zone", { zone: TIME_ZONE })}</p>
        {page.length === 0 ? <p>{ctx.t("web-none")}</p> : (
          <div class="table-scroll" tabindex={0}>
            <table>
              <TableHead ctx={ctx} columns={["web-col-date", "web-audit-actor", "web-audit-action", "web-audit-record", "web-audit-before", "web-audit-after"]} />
              <tbody>
                {page.map((entry) => (
                  <tr id={`audit-${entry.id}`}>
                    <td>{ctx.format.dateTime(entry.createdAt)}</td>
                    <td>{maskPhoneNumbers(entry.actor)}</td>
                    <td>{entry.action}</td>
                    <td>{maskPhoneNumbers(`${entry.entity} ${entry.entityId}`)}</td>
                    <td><code>{shown(entry.before)}</code></td>
                    <td><code>{shown(entry.after)}</code></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {next && <p><a href={`/dashboard/audit?${next}`} rel="next">{ctx.t("web-next-page")}</a></p>}
      </DashboardPage>,
    );
  });
  return pages;
}
