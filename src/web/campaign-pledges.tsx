import { $Enums } from "../generated/prisma/client.js";
import type { Campaign, PledgeKind, PledgeStatus } from "../generated/prisma/client.js";
import type { DbClient } from "../db/database.js";
import type { ViewCtx } from "../core/views/campaign-view.js";
import { pledgeWhat } from "../core/views/pledge-view.js";
import { Field, PledgesTableHead } from "./dashboard-layout.js";
import { loadPledgesPage, PLEDGE_SORTS, type PledgeSort, type PledgeTableQuery } from "./dashboard-queries.js";
import { positiveInt } from "./form-fields.js";

const STATUSES = Object.values($Enums.PledgeStatus);
const KINDS = Object.values($Enums.PledgeKind);

function oneOf<T extends string>(choices: readonly T[], asked: string | undefined): T | undefined {
  return choices.find((choice) => choice === asked);
}

/** The table's filters, order and cursor from the page's query; anything unknown is ignored. */
export function readPledgeTableQuery(campaignId: number, query: (name: string) => string | undefined): PledgeTableQuery {
  return {
    campaignId,
    status: oneOf<PledgeStatus>(STATUSES, query("status")),
    kind: oneOf<PledgeKind>(KINDS, query("kind")),
    organizationId: positiveInt(query("company")),
    sort: oneOf<PledgeSort>(PLEDGE_SORTS, query("sort")) ?? "newest",
    after: query("after"),
  };
}

/** The companies that pledged to a campaign, for the company filter (from the per-company counters). */
async function pledgingCompanies(db: DbClient, campaignId: number) {
  const rows = await db.campaignPartnerTotal.findMany({ where: { campaignId }, select: { organization: { select: { id: true, name: true } } } });
  return rows.map((row) => row.organization).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A campaign's pledges, 50 a page: filters by status, kind and company, four orders, and a
 * "next" link carrying the cursor. The filter form is a GET form, so it works without
 * JavaScript and a filtered page can be bookmarked.
 */
export async function PledgesTable(props: { ctx: ViewCtx; db: DbClient; campaign: Campaign; query: PledgeTableQuery }) {
  const { ctx, campaign, query } = props;
  const [page, companies] = await Promise.all([loadPledgesPage(props.db, query), pledgingCompanies(props.db, campaign.id)]);
  const kept = {
    ...(query.status && { status: query.status }),
    ...(query.kind && { kind: query.kind }),
    ...(query.organizationId && { company: String(query.organizationId) }),
    sort: query.sort,
  };
  const nextQuery = new URLSearchParams({ ...kept, ...(page.next && { after: page.next }) });
  return (
    <section id="pledges">
      <h2>{ctx.t("web-pledges-heading")}</h2>
      <form method="get" action={`/dashboard/campaigns/${campaign.code}#pledges`} class="filters">
        <Field id="status" label={ctx.t("web-col-status")}>
          <select id="status" name="status">
            <option value="">{ctx.t("web-filter-all")}</option>
            {STATUSES.map((status) => <option value={status} selected={status === query.status}>{ctx.t(`status-${status}`)}</option>)}
          </select>
        </Field>
        <Field id="kind" label={ctx.t("web-col-kind")}>
          <select id="kind" name="kind">
            <option value="">{ctx.t("web-filter-all")}</option>
            {KINDS.map((kind) => <option value={kind} selected={kind === query.kind}>{ctx.t(`web-kind-${kind}`)}</option>)}
          </select>
        </Field>
        <Field id="company" label={ctx.t("web-col-company")}>
          <select id="company" name="company">
            <option value="">{ctx.t("web-filter-all")}</option>
            {companies.map((company) => <option value={String(company.id)} selected={company.id === query.organizationId}>{company.name}</option>)}
          </select>
        </Field>
        <Field id="sort" label={ctx.t("web-sort")}>
          <select id="sort" name="sort">
            {PLEDGE_SORTS.map((sort) => <option value={sort} selected={sort === query.sort}>{ctx.t(`web-sort-${sort}`)}</option>)}
          </select>
        </Field>
        <p><button type="submit">{ctx.t("web-filter-apply")}</button></p>
      </form>
      {page.rows.length === 0 ? (
        <p>{ctx.t("web-none")}</p>
      ) : (
        <div class="table-scroll" tabindex={0}>
          <table>
            <PledgesTableHead ctx={ctx} more={["web-col-date", "web-col-note"]} />
            <tbody>
              {page.rows.map((pledge) => (
                <tr>
                  <td>{`#${pledge.id}`}</td>
                  <td><a href={`/dashboard/companies/${pledge.organizationId}`}>{pledge.organization.name}</a></td>
                  <td>{pledgeWhat(ctx, pledge)}</td>
                  <td>{ctx.t(`status-${pledge.status}`)}</td>
                  <td>{ctx.format.dateTime(pledge.createdAt)}</td>
                  <td>{pledge.note ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.next && <p><a href={`/dashboard/campaigns/${campaign.code}?${nextQuery}#pledges`} rel="next">{ctx.t("web-next-page")}</a></p>}
    </section>
  );
}
