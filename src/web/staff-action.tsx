import type { Context } from "hono";
import { ZodError } from "zod";
import type { DbTransaction } from "../db/database.js";
import { hasStaffRights } from "../core/use-cases/staff-rights.js";
import { UserError } from "../core/user-error.js";
import type { DashboardEnv } from "./dashboard-auth.js";
import { DashboardPage } from "./dashboard-layout.js";
import { refusalPage } from "./refusal-page.js";
import { staffActor } from "./staff-actor.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

export type StaffActor = Awaited<ReturnType<typeof staffActor>>;

/** Thrown inside an action's transaction when the staff rights are gone by the time it runs. */
class NoLongerStaff extends Error {}

/**
 * Runs a dashboard action as the chat would run the same command: one transaction, the staff
 * rights read again inside it (a removal that lands between the guard and the write still
 * stops it), the staff member as the use case's actor. A use case's refusal (`UserError`) is
 * shown in the staff member's language with a way back, and nothing is stored; otherwise the
 * browser is sent on to the page `act` names (303, so a reload does not post again).
 */
export async function runStaffAction(
  c: Context<DashboardEnv>,
  deps: WebDeps,
  options: { back: string; act: (tx: DbTransaction, actor: StaffActor) => Promise<string> },
): Promise<Response> {
  const identity = c.get("session").identity;
  try {
    const location = await deps.db.$transaction(async (tx) => {
      if (!(await hasStaffRights(tx, deps.config.staff, identity))) throw new NoLongerStaff();
      return options.act(tx, await staffActor(tx, identity));
    });
    return c.redirect(location, 303);
  } catch (error) {
    if (error instanceof NoLongerStaff) return refusalPage(c, deps, 403, "web-not-staff");
    const refusal = error instanceof UserError ? error : error instanceof ZodError ? new UserError("web-bad-input") : undefined;
    if (!refusal) throw error;
    const ctx = viewContext(c, deps);
    return c.html(
      <DashboardPage ctx={ctx} session={c.get("session")} title={ctx.t("web-action-refused")}>
        <p class="error" role="alert">{ctx.t(refusal.key, refusal.args)}</p>
        <p><a href={options.back}>{ctx.t("web-back")}</a></p>
      </DashboardPage>,
      error instanceof ZodError ? 400 : 409,
    );
  }
}
