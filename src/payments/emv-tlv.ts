/**
 * The data objects of an EMVCo QR payment code (Merchant-Presented Mode): a two-digit ID, a
 * two-digit length and the value, one after another. Lengths count characters, not bytes: the
 * specification's "S" format is any Unicode text whose length "must be equal to the number of
 * characters in the value, not the number of bytes", so a merchant name with "é" or Hangul keeps
 * its length. Characters are Unicode code points here, never UTF-16 units.
 *
 * Some objects are templates whose value is itself a list of data objects: merchant account
 * information (26–51), additional data (62) and the merchant's name in another language (64).
 * They are read as sub-fields, so one can be changed (the bill number in 62) without touching the
 * others. Parsing and building are exact inverses: a payload read and written again is the same
 * text, character for character.
 */

/** A plain data object, or a template holding its own. */
export type TlvField = { readonly id: string; readonly value: string } | { readonly id: string; readonly fields: readonly TlvField[] };

/** Where and why a payload is not a list of data objects; `path` names the templates around it ("62"). */
export interface TlvProblem {
  readonly code: "bad-id" | "bad-length" | "empty-value" | "truncated";
  /** The character offset in the (sub-)value being read. */
  readonly at: number;
  readonly path: readonly string[];
}

export type TlvParse = { ok: true; fields: TlvField[] } | { ok: false; problem: TlvProblem };

/** The length field has two digits. */
export const MAX_VALUE_CHARACTERS = 99;

export function isTemplateId(id: string): boolean {
  const number = Number(id);
  return (number >= 26 && number <= 51) || number === 62 || number === 64;
}

export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

const TWO_DIGITS = /^[0-9]{2}$/;

export function parseTlv(payload: string): TlvParse {
  return parseCharacters(Array.from(payload), []);
}

function parseCharacters(characters: readonly string[], path: readonly string[]): TlvParse {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < characters.length) {
    if (at + 4 > characters.length) return { ok: false, problem: { code: "truncated", at, path } };
    const id = characters.slice(at, at + 2).join("");
    if (!TWO_DIGITS.test(id)) return { ok: false, problem: { code: "bad-id", at, path } };
    const lengthText = characters.slice(at + 2, at + 4).join("");
    if (!TWO_DIGITS.test(lengthText)) return { ok: false, problem: { code: "bad-length", at: at + 2, path } };
    const length = Number(lengthText);
    if (length === 0) return { ok: false, problem: { code: "empty-value", at: at + 2, path } };
    const start = at + 4;
    if (start + length > characters.length) return { ok: false, problem: { code: "truncated", at, path } };
    const valueCharacters = characters.slice(start, start + length);
    if (isTemplateId(id)) {
      const inner = parseCharacters(valueCharacters, [...path, id]);
      if (!inner.ok) return inner;
      fields.push({ id, fields: inner.fields });
    } else {
      fields.push({ id, value: valueCharacters.join("") });
    }
    at = start + length;
  }
  return { ok: true, fields };
}

/** Writes data objects back as text; a value too long for two length digits is a caller's bug. */
export function buildTlv(fields: readonly TlvField[]): string {
  let text = "";
  for (const field of fields) {
    if (!TWO_DIGITS.test(field.id)) throw new RangeError(`A data object's ID is two digits, not "${field.id}"`);
    const value = "fields" in field ? buildTlv(field.fields) : field.value;
    const length = characterCount(value);
    if (length < 1 || length > MAX_VALUE_CHARACTERS) throw new RangeError(`Data object ${field.id} holds ${length} characters; 1 to ${MAX_VALUE_CHARACTERS} fit`);
    text += `${field.id}${String(length).padStart(2, "0")}${value}`;
  }
  return text;
}

/** The value of a plain data object, or undefined when it is absent or a template. */
export function valueOf(fields: readonly TlvField[], id: string): string | undefined {
  const field = fields.find((candidate) => candidate.id === id);
  return field && "value" in field ? field.value : undefined;
}

/** The sub-fields of a template, or undefined when it is absent or not a template. */
export function templateOf(fields: readonly TlvField[], id: string): readonly TlvField[] | undefined {
  const field = fields.find((candidate) => candidate.id === id);
  return field && "fields" in field ? field.fields : undefined;
}
