import { Hono } from "hono";
import { createNotifier } from "../core/notifier.js";
import { changePledgeStatus } from "../core/use-cases/change-pledge-status.js";
import { pledgeWhat } from "../core/views/pledge-view.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { CsrfField, DashboardPage, PledgesTableHead } from "./dashboard-layout.js";
import { loadPendingPledges } from "./dashboard-queries.js";
import { formText } from "./form-fields.js";
import { runStaffAction } from "./staff-action.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";
import { storedFileResponse } from "./stored-file-response.js";

const SHOWN = 100;

/**
 * `/dashboard/pending`: each pledge waiting for staff, with confirm and reject-with-reason
 * buttons. A button runs `changePledgeStatus`, the use case behind /confirm and /reject, with the
 * staff member as actor: the same audit entry and the same message to the partner.
 */
export function pendingQueue(deps: WebDeps): Hono<DashboardEnv> {
  const pages = new Hono<DashboardEnv>();

  pages.get("/", async (c) => {
    const ctx = viewContext(c, deps);
    const session = c.get("session");
    const pledges = await loadPendingPledges(deps.db, SHOWN);
    const done = c.req.query("done");
    const doneId = Number(c.req.query("id"));
    return c.html(
      <DashboardPage ctx={ctx} session={session} title={ctx.t("web-pending-title")}>
        {(done === "confirm" || done === "reject") && Number.isInteger(doneId) && (
          <p class="notice" role="status">{ctx.t(`pledge-${done}-done`, { id: doneId, status: ctx.t(done === "confirm" ? "status-confirmed" : "status-rejected") })}</p>
        )}
        {pledges.length === 0 ? (
          <p>{ctx.t("pending-none")}</p>
        ) : (
          <div class="table-scroll" tabindex={0}>
            <table>
              <PledgesTableHead ctx={ctx} more={["web-col-actions"]} />
              <tbody>
                {pledges.map((pledge) => (
                  <tr id={`pledge-${pledge.id}`}>
                    <td>{`#${pledge.id} ${pledge.campaign.code}`}</td>
                    <td>{pledge.organization.name}</td>
                    <td>{pledgeWhat(ctx, pledge)}</td>
                    <td>
                      {ctx.t(`status-${pledge.status}`)}
                      {pledge.proofFileId !== null && (
                        <a href={`/dashboard/pending/${pledge.id}/proof`} class="proof" aria-label={ctx.t("proof-caption", { id: pledge.id, company: pledge.organization.name, code: pledge.campaign.code, what: pledgeWhat(ctx, pledge) })}>
                          {ctx.t("pending-has-proof")}
                          <img src={`/dashboard/pending/${pledge.id}/proof?thumbnail=1`} alt="" width="80" loading="lazy" />
                        </a>
                      )}
                    </td>
                    <td>
                      <form method="post" action={`/dashboard/pending/${pledge.id}/confirm`} class="inline">
                        <CsrfField session={session} />
                        <button type="submit" class="primary" aria-label={ctx.t("web-confirm-pledge", { id: pledge.id })}>{ctx.t("web-confirm")}</button>
                      </form>
                      <form method="post" action={`/dashboard/pending/${pledge.id}/reject`} class="inline">
                        <CsrfField session={session} />
                        <label for={`reason-${pledge.id}`}>{ctx.t("web-reject-reason")}</label>
                        <input id={`reason-${pledge.id}`} name="reason" required maxlength={500} />
                        <button type="submit" aria-label={ctx.t("web-reject-pledge", { id: pledge.id })}>{ctx.t("web-reject")}</button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </DashboardPage>,
    );
  });

  /**
   * The transfer slip sent with /paid (staff only, like every dashboard page): the file as
   * stored, or its thumbnail (`?thumbnail=1`; a PDF has none and is served whole, as a download),
   * sandboxed, never sniffed into anything else, and kept from shared caches.
   */
  pages.get("/:id{[0-9]{1,9}}/proof", async (c) => {
    const pledge = await deps.db.pledge.findUnique({ where: { id: Number(c.req.param("id")) }, select: { proofFile: true } });
    const file = pledge?.proofFile;
    if (!file) return c.notFound();
    return storedFileResponse(c, file, { thumbnail: c.req.query("thumbnail") !== undefined, cache: "private" });
  });

  pages.post("/:id{[0-9]{1,9}}/:decision{confirm|reject}", async (c) => {
    // The route's pattern admits these two words only.
    const decision = c.req.param("decision") as "confirm" | "reject";
    const pledgeId = Number(c.req.param("id"));
    const form = await c.req.parseBody();
    return runStaffAction(c, deps, {
      back: "/dashboard/pending",
      async act(tx, actor) {
        const reason = formText(form, "reason", 500) || undefined;
        // The change, its audit and the partner's message in one transaction, as in chat.
        const notify = createNotifier({ db: tx, outbox: deps.outbox, translator: deps.translator, staff: deps.config.staff, now: deps.clock() });
        await changePledgeStatus(tx, { pledgeId, action: decision, actor, reason }, notify);
        return `/dashboard/pending?done=${decision}&id=${pledgeId}`;
      },
    });
  });

  return pages;
}
