/**
 * Whether a company's or a person's name is written in a bank line's description, the way banks
 * write it: upper case, punctuation gone, legal forms (PT, CV, Tbk…) anywhere or nowhere, digits
 * run into letters (`807400.00ANDI`), and the end cut off at a fixed width (`HANJIN LOGISTICS IN`).
 */

/** Legal forms and their abbreviations: "PT Maju Jaya Tbk" and "MAJU JAYA" are one payer. */
const LEGAL_FORMS = new Set(["PT", "CV", "TBK", "UD", "PD", "FA", "PERSERO", "PERUM", "LTD", "CO", "INC", "CORP", "LLC"]);

/** A cut-off name still names its payer when this many of its characters were written. */
const MIN_TRUNCATED_CHARACTERS = 10;

/**
 * A name or description as comparable words: accents dropped, upper case, runs of letters and
 * runs of digits (dots removed first, so "P.T." reads as "PT"), legal forms left out.
 */
export function nameWords(text: string): string[] {
  const plain = text.normalize("NFKD").replace(/\p{M}/gu, "").normalize("NFC").toUpperCase().replaceAll(".", "");
  return (plain.match(/\p{L}+|\p{N}+/gu) ?? []).filter((word) => !LEGAL_FORMS.has(word));
}

/**
 * Whether the name's words stand in the description's words one after another, starting at a
 * word. The description may end inside the name (a bank cut it off), if at least ten of the
 * name's characters made it; the name's first word is always whole.
 */
export function nameFoundAt(name: readonly string[], description: readonly string[], start: number): boolean {
  let characters = 0;
  for (let offset = 0; offset < name.length; offset++) {
    const written = description[start + offset];
    const wanted = name[offset]!;
    if (written === wanted) {
      characters += wanted.length + (offset > 0 ? 1 : 0);
      continue;
    }
    // Past the description's end, or inside its last word: cut off there, after enough of the name.
    if (offset === 0) return false;
    if (written === undefined) return characters >= MIN_TRUNCATED_CHARACTERS;
    const cutInside = start + offset === description.length - 1 && wanted.startsWith(written);
    return cutInside && characters + 1 + written.length >= MIN_TRUNCATED_CHARACTERS;
  }
  return name.length > 0;
}

export function nameFound(name: readonly string[], description: readonly string[]): boolean {
  if (name.length === 0) return false;
  for (let start = description.indexOf(name[0]!); start !== -1; start = description.indexOf(name[0]!, start + 1)) {
    if (nameFoundAt(name, description, start)) return true;
  }
  return false;
}
