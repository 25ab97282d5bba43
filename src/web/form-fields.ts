import type { Context } from "hono";
import { hasControlCharacters } from "../core/messages.js";
import { UserError } from "../core/user-error.js";

/** A posted form as Hono parses it (the guard parsed it already; Hono keeps the result). */
export type PostedForm = Awaited<ReturnType<Context["req"]["parseBody"]>>;

/**
 * A text field of a dashboard form, trimmed; "" when absent. The same edge checks as a chat
 * message: control characters such as NUL, or more than `max` characters, are refused in the
 * staff member's language before anything is stored.
 */
export function formText(form: PostedForm, name: string, max: number): string {
  const value = form[name];
  if (value === undefined) return "";
  if (typeof value !== "string") throw new UserError("web-bad-input");
  if (hasControlCharacters(value)) throw new UserError("error-control-characters");
  const trimmed = value.trim();
  if (trimmed.length > max) throw new UserError("error-too-long", { max });
  return trimmed;
}

/** Each key of a form's fields named `prefix.KEY`, with its text (e.g. `reached.students`). */
export function formGroup(form: PostedForm, prefix: string, max: number): Record<string, string> {
  return Object.fromEntries(
    Object.keys(form)
      .filter((name) => name.startsWith(`${prefix}.`))
      .map((name) => [name.slice(prefix.length + 1), formText(form, name, max)]),
  );
}

/** A positive whole number from a route parameter or a query, or undefined. */
export function positiveInt(value: string | undefined): number | undefined {
  const number = Number(value);
  return value && /^\d{1,9}$/.test(value) && number > 0 ? number : undefined;
}

/** Texts by language from `NAME.id`, `NAME.ko` and `NAME.en` fields: Indonesian required, the others when given. */
export function formTexts(form: PostedForm, name: string, max: number): { id: string; ko?: string; en?: string } {
  const id = formText(form, `${name}.id`, max);
  if (!id) throw new UserError("web-indonesian-required");
  const ko = formText(form, `${name}.ko`, max);
  const en = formText(form, `${name}.en`, max);
  return { id, ...(ko && { ko }), ...(en && { en }) };
}
