import { FluentBundle, FluentResource } from "@fluent/bundle";
import { readFileSync } from "node:fs";

export const LOCALES = ["id", "ko", "en"] as const;
export type LocaleCode = (typeof LOCALES)[number];
export type TranslationArgs = Record<string, string | number>;
export type Translate = (key: string, args?: TranslationArgs) => string;

const LOCALES_DIR = new URL("../../../locales/", import.meta.url);

/** Loads locales/{id,ko,en}.ftl once; every user-facing string comes from there. */
export class Translator {
  private readonly bundles = new Map<LocaleCode, FluentBundle>();

  constructor(private readonly fallback: LocaleCode = "id") {
    for (const locale of LOCALES) {
      // useIsolating would wrap every variable in invisible bidi marks, which chat apps show as junk.
      const bundle = new FluentBundle(locale, { useIsolating: false });
      const errors = bundle.addResource(new FluentResource(readFileSync(new URL(`${locale}.ftl`, LOCALES_DIR), "utf8")));
      if (errors.length > 0) throw new Error(`locales/${locale}.ftl: ${errors.map(String).join("; ")}`);
      this.bundles.set(locale, bundle);
    }
  }

  /** A message in `locale`, falling back to the default locale when a translation is missing. */
  translate(locale: LocaleCode, key: string, args?: TranslationArgs): string {
    // A pledge's number is a name people type back (`/paid 12345`), not a quantity: never "12.345".
    if (typeof args?.id === "number") args = { ...args, id: String(args.id) };
    for (const candidate of [locale, this.fallback]) {
      const bundle = this.bundles.get(candidate)!;
      const message = bundle.getMessage(key);
      // A missing argument renders as "{$name}" rather than failing the whole answer.
      if (message?.value) return bundle.formatPattern(message.value, args, []);
    }
    return key;
  }

  for(locale: LocaleCode): Translate {
    return (key, args) => this.translate(locale, key, args);
  }
}

/** Maps a platform's language code (`ko-KR`, `en_US`, `in`) to one of ours. */
export function localeFromHint(hint: string | undefined): LocaleCode | undefined {
  const base = hint?.toLowerCase().split(/[-_]/)[0];
  if (base === "in") return "id"; // Java's and some phones' old code for Indonesian
  return LOCALES.find((locale) => locale === base);
}
