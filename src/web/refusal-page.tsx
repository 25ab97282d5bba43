import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { Page } from "./layout.js";
import { viewContext } from "./view-context.js";
import type { WebDeps } from "./web-deps.js";

/** A refusal as a page in the person's language: what happened and what to do. */
export function refusalPage(c: Context, deps: WebDeps, status: ContentfulStatusCode, key: string) {
  const ctx = viewContext(c, deps);
  return c.html(
    <Page ctx={ctx} title={ctx.t(key)}>
      <h1>{ctx.t(key)}</h1>
      <p>{ctx.t("web-how-to-sign-in")}</p>
    </Page>,
    status,
  );
}
