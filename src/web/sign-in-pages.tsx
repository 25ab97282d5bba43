import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import { hasStaffRights } from "../core/use-cases/staff-rights.js";
import { fromOwnOrigin, SESSION_COOKIE } from "./dashboard-auth.js";
import { Page } from "./layout.js";
import { refusalPage } from "./refusal-page.js";
import { redeemSignInToken, signInTokenUsable, startSession } from "./sessions.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

/**
 * `/sign-in/TOKEN`, the link `/dashboard` sends in chat. Opening it shows one button; pressing it
 * (a POST) uses the token up and starts the session. Chat apps fetch links to draw previews, and a
 * GET that used the token would let such a preview burn it.
 */
export function signInPages(deps: WebDeps): Hono {
  const pages = new Hono();

  pages.get("/:token", async (c) => {
    if (!(await signInTokenUsable(deps.db, c.req.param("token"), deps.clock()))) return refusalPage(c, deps, 403, "web-link-used-or-expired");
    const ctx = viewContext(c, deps);
    return c.html(
      <Page ctx={ctx} title={ctx.t("web-sign-in-title")}>
        <h1>{ctx.t("web-sign-in-title")}</h1>
        <form method="post">
          <button type="submit" class="primary">{ctx.t("web-sign-in-button")}</button>
        </form>
      </Page>,
    );
  });

  pages.post("/:token", async (c) => {
    if (!fromOwnOrigin(c, deps)) return refusalPage(c, deps, 403, "web-bad-origin");
    const now = deps.clock();
    const identity = await redeemSignInToken(deps.db, c.req.param("token"), now);
    if (!identity) return refusalPage(c, deps, 403, "web-link-used-or-expired");
    if (!(await hasStaffRights(deps.db, deps.config.staff, identity))) return refusalPage(c, deps, 403, "web-not-staff");
    const token = await startSession(deps.db, identity, now);
    setCookie(c, SESSION_COOKIE, token, { path: "/dashboard", httpOnly: true, sameSite: "Lax", secure: deps.config.publicUrl?.startsWith("https://") ?? false });
    return c.redirect("/dashboard", 303);
  });

  return pages;
}
