import type { MiddlewareHandler } from "hono";

/** Scripts and styles from this server only (no inline ones), so injected markup cannot run. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

const PAGE_POLICY = [...CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"].join("; ");
const FRAMEABLE_POLICY = [...CONTENT_SECURITY_POLICY, "frame-ancestors *"].join("; ");

/** The only page other sites may put in a frame: the small progress widget. */
export function isFrameable(path: string): boolean {
  return /^\/c\/[A-Za-z0-9]{2,12}\/embed$/.test(path);
}

/**
 * Sets the security headers on every response, refusals included: CSP, no framing except the
 * embed widget (clickjacking a dashboard button is then impossible), no MIME sniffing, and no
 * URL in the Referer to other sites (a sign-in link must never leak through one). They are set
 * before the handler runs, so Hono builds each response with them: set afterwards, they would
 * turn @hono/node-server's light response into a full web Response with a stream for its body,
 * which cost the public page more than half its throughput.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    const frameable = isFrameable(c.req.path);
    c.header("Content-Security-Policy", frameable ? FRAMEABLE_POLICY : PAGE_POLICY);
    if (!frameable) c.header("X-Frame-Options", "DENY");
    c.header("X-Content-Type-Options", "nosniff");
    // Full URLs only to this site itself: no other site sees a sign-in link. ("no-referrer" would
    // also make Chromium send `Origin: null` with our own forms, which the Origin check refuses.)
    c.header("Referrer-Policy", "same-origin");
    await next();
  };
}
