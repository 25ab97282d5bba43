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

/** A payer's name as a bank line may show it, and whose it is (the pledges of that company, or of that contact). */
export interface Payer<Owner> {
  readonly words: readonly string[];
  readonly who: "company" | "contact";
  readonly owners: Owner[];
}

/**
 * Every distinct payer name, found in a description by its first two words: a line is read
 * against the names, not the pledges, and only against names that start with its own words.
 * "PT Hanjin" and "HANJIN" are one payer.
 */
export class PayerIndex<Owner> {
  /** First word → second word ("" for a one-word name) → the payers. */
  private readonly byFirstWords = new Map<string, Map<string, Payer<Owner>[]>>();
  /** By their words, so "PT Hanjin" and "HANJIN" meet. */
  private readonly byWords = new Map<string, Payer<Owner>>();
  /** By the name as written: a company's name comes with each of its pledges, and is read once. */
  private readonly byName = { company: new Map<string, Payer<Owner> | null>(), contact: new Map<string, Payer<Owner> | null>() };

  add(name: string, who: Payer<Owner>["who"], owner: Owner): void {
    let payer = this.byName[who].get(name);
    if (payer === undefined) this.byName[who].set(name, (payer = this.payerNamed(nameWords(name), who)));
    payer?.owners.push(owner);
  }

  /** The payer these words name; null for a name with no words (all punctuation, or only "PT"). */
  private payerNamed(words: readonly string[], who: Payer<Owner>["who"]): Payer<Owner> | null {
    if (words.length === 0) return null;
    const key = `${who}\n${words.join(" ")}`;
    const known = this.byWords.get(key);
    if (known) return known;
    const payer: Payer<Owner> = { words, who, owners: [] };
    this.byWords.set(key, payer);
    let bySecondWord = this.byFirstWords.get(words[0]!);
    if (!bySecondWord) this.byFirstWords.set(words[0]!, (bySecondWord = new Map()));
    const second = words[1] ?? "";
    const sameStart = bySecondWord.get(second);
    if (sameStart) sameStart.push(payer);
    else bySecondWord.set(second, [payer]);
    return payer;
  }

  /** The payers whose names stand in these words (a description's `nameWords`). */
  findIn(description: readonly string[]): Payer<Owner>[] {
    const found = new Set<Payer<Owner>>();
    const tryAll = (payers: readonly Payer<Owner>[] | undefined, start: number) => {
      for (const payer of payers ?? []) if (nameFoundAt(payer.words, description, start)) found.add(payer);
    };
    for (let start = 0; start < description.length; start++) {
      const bySecondWord = this.byFirstWords.get(description[start]!);
      if (!bySecondWord) continue;
      tryAll(bySecondWord.get(""), start);
      const next = description[start + 1];
      if (next === undefined) {
        // The description ends after this word: a longer name cut here still names its payer if its first word is long enough.
        if (description[start]!.length >= MIN_TRUNCATED_CHARACTERS) for (const [second, payers] of bySecondWord) if (second !== "") tryAll(payers, start);
        continue;
      }
      tryAll(bySecondWord.get(next), start);
      // The description's last word may be a name's second word cut short.
      if (start === description.length - 2) for (const [second, payers] of bySecondWord) if (second !== next && second.startsWith(next)) tryAll(payers, start);
    }
    return [...found];
  }
}
