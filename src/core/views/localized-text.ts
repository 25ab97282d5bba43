import type { LocaleCode } from "../i18n/translator.js";
import { localizedTextSchema } from "../use-cases/localized-text.js";

/** A stored title or story in the reader's language, else Indonesian; empty for anything malformed. */
export function pickLocalized(value: unknown, locale: LocaleCode): string {
  const text = localizedTextSchema.safeParse(value);
  if (!text.success) return "";
  return text.data[locale] ?? text.data.id;
}
