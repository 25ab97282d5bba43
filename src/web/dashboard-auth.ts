import { timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import type { WebSession } from "../generated/prisma/client.js";
import { isStaff } from "../core/use-cases/staff-rights.js";
import { refusalPage } from "./refusal-page.js";
import { findSession } from "./sessions.js";
import type { WebDeps } from "./web-deps.js";

/** The session cookie; sent only to /dashboard. */
export const SESSION_COOKIE = "kp_session";

/** What the dashboard's handlers find on the context: the staff member's session. */
export type DashboardEnv = { Variables: { session: WebSession } };

/**
 * Whether a POST comes from a page of this site. Browsers send Origin with every form POST; one
 * without it, or from elsewhere, is refused.
 */
export function fromOwnOrigin(c: Context, deps: WebDeps): boolean {
  const origin = c.req.header("origin");
  if (!origin) return false;
  return origin === new URL(c.req.url).origin || (deps.config.publicUrl !== undefined && origin === new URL(deps.config.publicUrl).origin);
}

function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== "string" || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** The largest dashboard form: a broadcast's three texts with room to spare. */
const MAX_FORM_BYTES = 64 * 1024;

/**
 * Guards every dashboard URL: a live session (else 401 saying how to sign in), staff rights
 * read from the database on this request, in the session's own query (else 403, so a removal takes effect at once), and for
 * a POST the own Origin and the session's CSRF token (else 403).
 */
export function requireStaffSession(deps: WebDeps): MiddlewareHandler<DashboardEnv> {
  // A body over the limit is refused before it is read into memory (413), whoever sends it.
  const limitBody = bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => refusalPage(c, deps, 413, "web-form-too-large") });
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(deps.db, token, deps.clock()) : undefined;
    if (!session) return refusalPage(c, deps, 401, "web-signed-out");
    if (!isStaff(deps.config.staff, session.identity, session.granted)) return refusalPage(c, deps, 403, "web-not-staff");
    if (c.req.method !== "GET" && c.req.method !== "HEAD") {
      if (!fromOwnOrigin(c, deps)) return refusalPage(c, deps, 403, "web-bad-origin");
      let form: Record<string, unknown> = {};
      const tooLarge = await limitBody(c, async () => {
        form = await c.req.parseBody();
      });
      if (tooLarge) return tooLarge;
      if (!sameSecret(form["_csrf"], session.csrfToken)) return refusalPage(c, deps, 403, "web-bad-csrf");
    }
    c.set("session", session);
    await next();
  };
}
