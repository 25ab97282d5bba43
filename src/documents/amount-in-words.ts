import { toCardinal as indonesianWords } from "n2words/id-ID";
import { toCardinal as koreanWords } from "n2words/ko-KR";
import { toCardinal as englishWords } from "n2words/en-US";

type Locale = "id" | "ko" | "en";

const CARDINALS: Record<Locale, (value: bigint) => string> = {
  id: indonesianWords,
  ko: koreanWords,
  en: englishWords,
};

/**
 * A whole number of rupiah in words, as a receipt writes it beside the figures: Indonesian
 * *terbilang* ("satu juta lima ratus ribu"), the Korean reading ("백오십만") and English
 * ("one million five hundred thousand"). The currency's name is the locale files' business.
 */
export function amountInWords(amount: bigint, locale: Locale): string {
  if (amount < 0n) throw new RangeError("An amount in words is never negative");
  return CARDINALS[locale](amount);
}
