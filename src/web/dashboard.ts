import { Hono } from "hono";
import { deleteCookie } from "hono/cookie";
import { auditPages } from "./audit-pages.js";
import { broadcastPages } from "./broadcast-pages.js";
import { campaignPages } from "./campaign-pages.js";
import { companyPages } from "./company-pages.js";
import { requireStaffSession, SESSION_COOKIE, type DashboardEnv } from "./dashboard-auth.js";
import { dashboardExports } from "./dashboard-exports.js";
import { dashboardOverview } from "./dashboard-overview.js";
import { pendingQueue } from "./pending-queue.js";
import { schedulePages } from "./schedule-pages.js";
import { endSession } from "./sessions.js";
import type { WebDeps } from "./web-deps.js";

/** Everything under /dashboard, behind the staff guard (session, rights, Origin, CSRF). */
export function dashboard(deps: WebDeps): Hono<DashboardEnv> {
  const app = new Hono<DashboardEnv>();
  app.use("*", requireStaffSession(deps));
  app.route("/", dashboardOverview(deps));
  app.route("/pending", pendingQueue(deps));
  app.route("/campaigns", campaignPages(deps));
  app.route("/companies", companyPages(deps));
  app.route("/broadcasts", broadcastPages(deps));
  app.route("/schedules", schedulePages(deps));
  app.route("/audit", auditPages(deps));
  app.route("/exports", dashboardExports(deps));
  app.post("/sign-out", async (c) => {
    await endSession(deps.db, c.get("session"));
    deleteCookie(c, SESSION_COOKIE, { path: "/dashboard" });
    return c.redirect("/c", 303);
  });
  return app;
}
