import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import { Hono } from "hono";
import { clientWentAway, createClientGoneLog } from "../channels/http-server.js";
import { Page } from "./layout.js";
import { dashboard } from "./dashboard.js";
import { publicPages } from "./public-pages.js";
import { signInPages } from "./sign-in-pages.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

const STYLESHEET = readFileSync(new URL("./static/site.css", import.meta.url), "utf8");
/** htmx's one file, served from its npm package: no CDN, so the CSP stays 'self'. */
const HTMX = readFileSync(createRequire(import.meta.url).resolve("htmx.org/dist/htmx.min.js"), "utf8");

/**
 * The whole web side as one Hono app, so tests call `app.request()` and `npm start` serves it.
 * It is one more adapter over the core: pages read, and actions run the core's use cases. The
 * security headers come from the server around it (`startWebServer`), onto every response.
 */
export function createWebApp(deps: WebDeps): Hono {
  const app = new Hono();
  app.get("/", (c) => c.redirect("/c"));
  app.get("/health", (c) => c.text("ok"));
  app.get("/static/site.css", (c) => c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }));
  app.get("/static/htmx.min.js", (c) => c.body(HTMX, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400" }));
  app.route("/c", publicPages(deps));
  app.route("/sign-in", signInPages(deps));
  app.route("/dashboard", dashboard(deps));
  app.notFound((c) => {
    const ctx = viewContext(c, deps);
    return c.html(
      <Page ctx={ctx} title={ctx.t("web-not-found")}>
        <h1>{ctx.t("web-not-found")}</h1>
        <p><a href="/c">{ctx.t("web-campaigns-title")}</a></p>
      </Page>,
      404,
    );
  });
  const clientGone = createClientGoneLog(deps.logger, "web");
  app.onError((error, c) => {
    // @hono/node-server hands the Node request in as `env.incoming` (app.request() has none).
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming && clientWentAway(incoming)) {
      clientGone();
      return c.body(null, 400);
    }
    deps.logger.error({ err: error, path: c.req.path }, "web request failed");
    return c.text("Internal Server Error", 500);
  });
  return app;
}
