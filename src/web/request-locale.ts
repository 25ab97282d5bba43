import type { Context } from "hono";
import { acceptedLanguages, negotiateLanguages } from "@fluent/langneg";
import { LOCALES, localeFromHint, type LocaleCode } from "../core/i18n/translator.js";

/** The page's language: `?lang=` first (a shared link keeps its language), then the browser's. */
export function requestLocale(c: Context, fallback: LocaleCode): LocaleCode {
  const asked = localeFromHint(c.req.query("lang"));
  if (asked) return asked;
  const header = c.req.header("accept-language");
  if (!header) return fallback;
  const [best] = negotiateLanguages(acceptedLanguages(header), [...LOCALES], { strategy: "lookup", defaultLocale: fallback });
  return localeFromHint(best) ?? fallback;
}
