import { formatFor } from "../i18n/format.js";
import { LOCALES, type LocaleCode, type Translator } from "../i18n/translator.js";
import type { ViewCtx } from "./campaign-view.js";

/**
 * A proactive message written once per language, so each recipient gets their own: the outbox
 * picks it at send time. Without an incoming message, the views' context is built here.
 */
/** The views' context for one language, where no incoming message gives one (a receipt, a notice). */
export function viewIn(translator: Translator, locale: LocaleCode, now: Date): ViewCtx {
  return { t: translator.for(locale), locale, format: formatFor(locale), now };
}

export function inEveryLocale<T>(translator: Translator, now: Date, write: (ctx: ViewCtx) => T): { id: T } & Partial<Record<LocaleCode, T>> {
  const written = {} as { id: T } & Partial<Record<LocaleCode, T>>;
  for (const locale of LOCALES) written[locale] = write(viewIn(translator, locale, now));
  return written;
}
