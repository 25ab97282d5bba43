import type { Context } from "hono";
import { formatFor } from "../core/i18n/format.js";
import type { ViewCtx } from "../core/views/campaign-view.js";
import { requestLocale } from "./request-locale.js";
import type { WebDeps } from "./web-deps.js";

/** The core's view context for one request, so pages reuse the chat's titles, amounts and dates. */
export function viewContext(c: Context, deps: WebDeps): ViewCtx {
  const locale = requestLocale(c, deps.config.defaultLocale);
  return { locale, t: deps.translator.for(locale), format: formatFor(locale), now: deps.clock() };
}
