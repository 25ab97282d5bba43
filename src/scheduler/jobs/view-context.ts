import { formatFor } from "../../core/i18n/format.js";
import { LOCALES, type LocaleCode, type Translator } from "../../core/i18n/translator.js";
import type { ViewCtx } from "../../core/views/campaign-view.js";
import type { BroadcastTexts } from "../../outbox/enqueue-broadcast.js";

/**
 * A scheduled message written once per language: each recipient then gets their own. The
 * scheduler has no incoming message, so it builds the views' context itself.
 */
export function textsInEveryLocale(translator: Translator, now: Date, write: (ctx: ViewCtx) => string): BroadcastTexts {
  const texts = {} as BroadcastTexts;
  for (const locale of LOCALES) texts[locale] = write(viewContext(translator, locale, now));
  return texts;
}

function viewContext(translator: Translator, locale: LocaleCode, now: Date): ViewCtx {
  return { t: translator.for(locale), locale, format: formatFor(locale), now };
}
