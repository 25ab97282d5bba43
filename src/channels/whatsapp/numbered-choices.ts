import type { Translate } from "../../core/i18n/translator.js";
import type { OutgoingMessage } from "../../core/messages.js";

/**
 * WhatsApp has no usable buttons (whatsapp-web.js deprecated them), so choices are numbered lines
 * and a hint such as "Balas 1, 2 atau 3". The numbers only show: what a reply (a number or an
 * option's name) picks is decided by the core, from the choices it offered to this chat and
 * keeps in the database, so `2` means the same after a restart and in every instance.
 */
export function renderNumberedChoices(replies: readonly OutgoingMessage[], t: Translate): string[] {
  let numbered = 0;
  const texts = replies.map((reply) => {
    const choices = reply.choices?.flat() ?? [];
    if (choices.length === 0) return reply.text;
    const lines = choices.map((choice) => `${++numbered}. ${choice.label}`);
    return [reply.text, "", ...lines].join("\n");
  });
  if (numbered > 0) texts[texts.length - 1] += `\n\n${replyHint(numbered, t)}`;
  return texts;
}

/** "Balas 1, 2 atau 3" in the person's language. */
function replyHint(count: number, t: Translate): string {
  const numbers = Array.from({ length: count - 1 }, (_, index) => String(index + 1)).join(", ");
  return t("whatsapp-reply-hint", { count, numbers, last: count });
}
