import { createHash } from "node:crypto";
import { Hono } from "hono";
import { createNotifier } from "../core/notifier.js";
import { campaignTitle } from "../core/views/campaign-view.js";
import { pledgeWhat } from "../core/views/pledge-view.js";
import { decideJoinRequest } from "../core/use-cases/decide-join-request.js";
import { preregisterPhone, removePreregisteredPhone } from "../core/use-cases/preregister-phone.js";
import { UserError } from "../core/user-error.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { CsrfField, DashboardPage, Field, PledgesTableHead, TableHead } from "./dashboard-layout.js";
import { formText } from "./form-fields.js";
import { maskPhone, maskPhoneNumbers } from "./masking.js";
import { runStaffAction } from "./staff-action.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

const COMPANIES_SHOWN = 500;
const PLEDGES_SHOWN = 50;

/** What a removal form names a number by: its hash, so no full number is in the page. */
function phoneRef(phone: string): string {
  return createHash("sha256").update(phone).digest("hex").slice(0, 32);
}

/**
 * `/dashboard/companies`: each company with its pledge totals, and a company's page with its
 * contacts (phone numbers masked but the last 4 digits), pledges and totals per campaign, the
 * numbers staff pre-registered (add, remove) and the join requests waiting (approve, decline),
 * through the same use cases as /prephone, /approve and /decline.
 */
export function companyPages(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();

  pages.get("/", async (c) => {
    const ctx = viewContext(c, deps);
    const [companies, totals, waiting] = await Promise.all([
      deps.db.organization.findMany({ orderBy: { name: "asc" }, take: COMPANIES_SHOWN }),
      deps.db.campaignPartnerTotal.groupBy({ by: ["organizationId"], _sum: { pledged: true, confirmed: true } }),
      deps.db.joinRequest.groupBy({ by: ["organizationId"], where: { status: "pending" }, _count: { _all: true } }),
    ]);
    const totalsOf = new Map(totals.map((row) => [row.organizationId, row._sum]));
    const waitingOf = new Map(waiting.map((row) => [row.organizationId, row._count._all]));
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-nav-companies")}>
        <div class="table-scroll" tabindex={0}>
          <table>
            <TableHead ctx={ctx} columns={["web-col-company", "web-pledged", "web-confirmed", "web-join-waiting"]} />
            <tbody>
              {companies.map((company) => (
                <tr>
                  <td><a href={`/dashboard/companies/${company.id}`}>{company.name}</a></td>
                  <td>{ctx.format.rupiah(totalsOf.get(company.id)?.pledged ?? 0n)}</td>
                  <td>{ctx.format.rupiah(totalsOf.get(company.id)?.confirmed ?? 0n)}</td>
                  <td>{waitingOf.get(company.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </DashboardPage>,
    );
  });

  pages.get("/:id{[0-9]{1,9}}", async (c) => {
    const company = await deps.db.organization.findUnique({ where: { id: Number(c.req.param("id")) } });
    if (!company) return c.notFound();
    const ctx = viewContext(c, deps);
    const session = c.get("session");
    const [members, totals, pledges, phones, requests] = await Promise.all([
      deps.db.member.findMany({ where: { organizationId: company.id }, orderBy: { id: "asc" } }),
      deps.db.campaignPartnerTotal.findMany({ where: { organizationId: company.id }, include: { campaign: true }, orderBy: { campaignId: "asc" } }),
      deps.db.pledge.findMany({ where: { organizationId: company.id }, orderBy: { createdAt: "desc" }, take: PLEDGES_SHOWN, include: { campaign: { select: { code: true } } } }),
      deps.db.preregisteredPhone.findMany({ where: { organizationId: company.id }, orderBy: { createdAt: "asc" } }),
      deps.db.joinRequest.findMany({ where: { organizationId: company.id, status: "pending" }, include: { member: true }, orderBy: { id: "asc" } }),
    ]);
    const base = `/dashboard/companies/${company.id}`;
    return c.html(
      <DashboardPage ctx={ctx} session={session} title={company.name}>
        <p>{[company.city, company.sector, company.anonymous ? ctx.t("web-company-anonymous") : undefined].filter(Boolean).join(" · ")}</p>
        <section>
          <h2>{ctx.t("web-company-contacts")}</h2>
          {members.length === 0 ? <p>{ctx.t("web-none")}</p> : (
            <ul>
              {members.map((member) => (
                <li>{`#${member.id} · ${member.contactName ?? member.displayName ?? "-"} · ${member.channel}:${member.channel === "whatsapp" ? maskPhone(member.userId) : maskPhoneNumbers(member.userId)}`}</li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h2>{ctx.t("web-company-totals")}</h2>
          {totals.length === 0 ? <p>{ctx.t("web-none")}</p> : (
            <table>
              <TableHead ctx={ctx} columns={["web-campaign-title", "web-pledged", "web-confirmed"]} />
              <tbody>
                {totals.map((row) => (
                  <tr>
                    <td><a href={`/dashboard/campaigns/${row.campaign.code}?company=${company.id}`}>{`${row.campaign.code} · ${campaignTitle(ctx, row.campaign)}`}</a></td>
                    <td>{ctx.format.rupiah(row.pledged)}</td>
                    <td>{ctx.format.rupiah(row.confirmed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section>
          <h2>{ctx.t("web-pledges-heading")}</h2>
          {pledges.length === 0 ? <p>{ctx.t("web-none")}</p> : (
            <div class="table-scroll" tabindex={0}>
              <table>
                <PledgesTableHead ctx={ctx} more={["web-col-date"]} />
                <tbody>
                  {pledges.map((pledge) => (
                    <tr>
                      <td>{`#${pledge.id} ${pledge.campaign.code}`}</td>
                      <td>{company.name}</td>
                      <td>{pledgeWhat(ctx, pledge)}</td>
                      <td>{ctx.t(`status-${pledge.status}`)}</td>
                      <td>{ctx.format.dateTime(pledge.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section>
          <h2>{ctx.t("web-company-phones")}</h2>
          <ul>
            {phones.map((phone) => (
              <li>
                {maskPhone(phone.phone)} · {phone.linkedAt ? ctx.t("web-phone-linked") : ctx.t("web-phone-waiting")}
                {!phone.linkedAt && (
                  <form method="post" action={`${base}/phones/remove`} class="inline">
                    <CsrfField session={session} />
                    <input type="hidden" name="phone" value={phoneRef(phone.phone)} />
                    <button type="submit" aria-label={ctx.t("web-phone-remove-label", { phone: maskPhone(phone.phone) })}>{ctx.t("web-remove")}</button>
                  </form>
                )}
              </li>
            ))}
          </ul>
          <form method="post" action={`${base}/phones`} class="inline">
            <CsrfField session={session} />
            <label for="phone">{ctx.t("web-phone-add")}</label>
            <input id="phone" name="phone" type="tel" required maxlength={40} autocomplete="off" />
            <button type="submit">{ctx.t("web-add")}</button>
          </form>
        </section>
        <section>
          <h2>{ctx.t("web-join-requests")}</h2>
          {requests.length === 0 ? <p>{ctx.t("web-none")}</p> : (
            <ul>
              {requests.map((request) => (
                <li id={`join-${request.id}`}>
                  {`#${request.id} · ${request.contactName} · ${request.member.channel}:${maskPhoneNumbers(request.member.userId)} `}
                  {(["approve", "decline"] as const).map((decision) => (
                    <form method="post" action={`/dashboard/companies/join-requests/${request.id}/${decision}`} class="inline">
                      <CsrfField session={session} />
                      <button type="submit" class={decision === "approve" ? "primary" : undefined}>{ctx.t(`web-join-${decision}`)}</button>
                    </form>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </section>
      </DashboardPage>,
    );
  });

  pages.post("/:id{[0-9]{1,9}}/phones", async (c) => {
    const form = await c.req.parseBody();
    const base = `/dashboard/companies/${c.req.param("id")}`;
    return runStaffAction(c, deps, {
      back: base,
      async act(tx, actor) {
        const company = await tx.organization.findUnique({ where: { id: Number(c.req.param("id")) } });
        if (!company) throw new UserError("error-unknown-company", { company: c.req.param("id") });
        await preregisterPhone(tx, { companyName: company.name, phone: formText(form, "phone", 40), actor: actor.identity });
        return base;
      },
    });
  });

  pages.post("/:id{[0-9]{1,9}}/phones/remove", async (c) => {
    const form = await c.req.parseBody();
    const organizationId = Number(c.req.param("id"));
    const base = `/dashboard/companies/${organizationId}`;
    return runStaffAction(c, deps, {
      back: base,
      async act(tx, actor) {
        const ref = formText(form, "phone", 64);
        const phones = await tx.preregisteredPhone.findMany({ where: { organizationId } });
        const phone = phones.find((candidate) => phoneRef(candidate.phone) === ref);
        if (!phone) throw new UserError("web-phone-not-found");
        await removePreregisteredPhone(tx, { phone: phone.phone, organizationId, actor: actor.identity });
        return base;
      },
    });
  });

  pages.post("/join-requests/:id{[0-9]{1,9}}/:decision{approve|decline}", (c) =>
    runStaffAction(c, deps, {
      back: "/dashboard/companies",
      async act(tx, actor) {
        const now = deps.clock();
        const notify = createNotifier({ db: tx, outbox: deps.outbox, translator: deps.translator, staff: deps.config.staff, now });
        const decided = await decideJoinRequest(
          tx,
          { requestId: Number(c.req.param("id")), approve: c.req.param("decision") === "approve", decider: { identity: actor.identity, organizationId: null, isStaff: true }, now },
          notify,
        );
        return `/dashboard/companies/${decided.organizationId}`;
      },
    }),
  );

  return pages;
}
