import { formatFor } from "../i18n/format.js";
import { LOCALES, type LocaleCode, type Translator } from "../i18n/translator.js";
import type { ViewCtx } from "./campaign-view.js";

/**
 * A proactive message written once per language, so each recipient gets their own: the outbox
 * picks it at send time. Without an incoming message, the views' context is built here.
 */
export function inEveryLocale<T>(translator: Translator, now: Date, write: (ctx: ViewCtx) => T): { id: T } & Partial<Record<LocaleCode, T>> {
  const written = {} as { id: T } & Partial<Record<LocaleCode, T>>;
  for (const locale of LOCALES) written[locale] = write({ t: translator.for(locale), locale, format: formatFor(locale), now });
  return written;
}
