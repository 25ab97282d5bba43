import { reply, type Ctx } from "../context.js";
import { ask, type FlowResult } from "../flow.js";
import type { LocaleCode } from "../i18n/translator.js";
import type { LocalizedTexts } from "../ports.js";
import { choice } from "./choices.js";

const EXTRA_LOCALES = ["ko", "en"] as const;
const DONE = "done";

/** The part of a flow's state that holds a text in Indonesian and optionally Korean and English. */
export interface TextsData {
  textId?: string;
  textKo?: string;
  textEn?: string;
  /** All languages given; the flow goes on. */
  textsDone?: boolean;
}

function textKey(locale: LocaleCode): keyof TextsData & `text${string}` {
  return `text${locale[0]!.toUpperCase()}${locale[1]}` as "textId" | "textKo" | "textEn";
}

/**
 * Asks for a text per language, as /broadcast and /update do: Indonesian first, then "add Korean",
 * "add English" or "continue". Undefined once the texts are complete. `askKey` names the first
 * question; the Korean and English ones are `askKey-ko` and `askKey-en`.
 */
export function askForTexts<Data extends TextsData>(ctx: Ctx, data: Data, askKey: string, max: number): FlowResult<Data> | undefined {
  if (!data.textId) return ask(data, "text-id", reply(ctx.t(askKey, { max })));
  if (data.textsDone) return undefined;
  const missing = EXTRA_LOCALES.filter((locale) => !data[textKey(locale)]);
  const choices = [...missing.map((locale) => choice(ctx, `broadcast-choice-add-${locale}`, locale)), choice(ctx, "broadcast-choice-continue", DONE)];
  return ask(data, "more", reply(ctx.t("broadcast-ask-more"), choices.map((option) => [option])));
}

/**
 * Reads an answer at one of the text steps; undefined when `step` is not one of them. Returns
 * the data to go on with, or a question to ask instead (the text for another language).
 */
export function readTextStep<Data extends TextsData>(
  ctx: Ctx,
  step: string,
  data: Data,
  input: string,
  askKey: string,
  max: number,
): { data: Data } | { ask: FlowResult<Data> } | { wrong: true } | undefined {
  if (step === "text-id" || step === "text-ko" || step === "text-en") {
    // Empty and over-long messages never get here: the core refuses them before any flow.
    const locale = step.slice(5) as LocaleCode;
    return { data: { ...data, [textKey(locale)]: input.trim(), textsDone: locale === "id" ? undefined : data.textsDone } };
  }
  if (step !== "more") return undefined;
  if (input === DONE) return { data: { ...data, textsDone: true } };
  const locale = EXTRA_LOCALES.find((candidate) => candidate === input);
  if (!locale) return { wrong: true };
  return { ask: ask(data, `text-${locale}`, reply(ctx.t(`${askKey}-${locale}`, { max }))) };
}

/** The texts given, for the broadcast. */
export function textsOf(data: TextsData): LocalizedTexts {
  return { id: data.textId!, ...(data.textKo && { ko: data.textKo }), ...(data.textEn && { en: data.textEn }) };
}

/** `[id] …`, `[ko] …` lines for a preview. */
export function previewTexts(data: TextsData): string[] {
  return Object.entries(textsOf(data)).map(([locale, text]) => `[${locale}] ${text}`);
}
