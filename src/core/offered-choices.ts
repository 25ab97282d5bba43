import { LOCALES, type Translator } from "./i18n/translator.js";
import type { Choice, OutgoingMessage } from "./messages.js";

/**
 * Which offered choice a typed answer picks. The choices last offered in a chat are kept in the
 * database with the chat's state, so `2` means the same after a restart, in a second instance
 * and for a proactive message (an approval request) as for an answer.
 *
 * A number picks by position where choices are shown numbered (console, WhatsApp). A name picks
 * when it is the whole label, or its first part ("PADI" for "PADI · Padi organik"), or the
 * label's message in any of the three languages; case, accents, punctuation and emoji aside.
 */
export function pickOffered(offered: readonly Choice[], typed: string, numbered: boolean, translator: Translator): string | undefined {
  if (offered.length === 0) return undefined;
  const number = /^(\d{1,2})[.)]?$/.exec(typed.trim());
  if (number) return numbered ? offered[Number(number[1]) - 1]?.value : undefined;
  const wanted = comparable(typed);
  if (wanted === "") return undefined;
  return offered.find((option) => namesOf(option, translator).includes(wanted))?.value;
}

function namesOf(option: Choice, translator: Translator): string[] {
  const labels = [option.label];
  if (option.key) for (const locale of LOCALES) labels.push(translator.translate(locale, option.key, option.args));
  return labels.flatMap((label) => [comparable(label), comparable(label.split(/\s+[·—|-]\s+|\s+\(/)[0] ?? label)]);
}

/** Lower case without accents, punctuation or emoji; Hangul stays as it is. */
export function comparable(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The choices of an answer in the order a numbered channel shows them. */
export function choicesOf(replies: readonly OutgoingMessage[]): Choice[] {
  return replies.flatMap((reply) => reply.choices?.flat() ?? []);
}

const VERSION_TAG = /^(.*)#v(\d{1,9})$/s;

/**
 * Button values carry the version of the question they answer (`yes#v7`), so a second tap on an
 * old button, or the same button in a second process, is recognised as stale. Values that are
 * commands (`/campaign BTS`) stand on their own and are left as they are.
 */
export function tagChoices(replies: OutgoingMessage[], version: number): OutgoingMessage[] {
  return replies.map((reply) =>
    reply.choices
      ? { ...reply, choices: reply.choices.map((row) => row.map((option) => (option.value.startsWith("/") ? option : { ...option, value: `${option.value}#v${version}` }))) }
      : reply,
  );
}

/** A pressed button's value and the question version it answers, if it carries one. */
export function untagChoice(value: string): { value: string; version?: number } {
  const tagged = VERSION_TAG.exec(value);
  return tagged ? { value: tagged[1]!, version: Number(tagged[2]) } : { value };
}
