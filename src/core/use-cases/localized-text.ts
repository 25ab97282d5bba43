import * as z from "zod";
import type { LocaleCode } from "../i18n/translator.js";

/** Campaign titles and stories: Indonesian always, Korean and English when staff wrote them. */
export const localizedTextSchema = z.object({
  id: z.string().min(1),
  ko: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function pickLocalized(value: unknown, locale: LocaleCode): string {
  const text = localizedTextSchema.safeParse(value);
  if (!text.success) return "";
  return text.data[locale] ?? text.data.id;
}
