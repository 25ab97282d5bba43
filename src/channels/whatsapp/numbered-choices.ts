import type { Translate } from "../../core/i18n/translator.js";
import type { Choice, OutgoingMessage } from "../../core/messages.js";

/** Chats whose last offered choices are remembered; the oldest are forgotten first. */
const REMEMBERED_CHATS = 10_000;

/**
 * WhatsApp has no usable buttons (whatsapp-web.js deprecated them), so choices are numbered
 * lines and a hint such as "Balas 1, 2 atau 3". The reply, a number or the option's name, is
 * mapped back to the choice's value here, so the core sees the same `choice` as a button press.
 */
export interface NumberedChoices {
  /** The texts to send for one answer; its choices are numbered across the whole answer. */
  render(chatId: string, replies: readonly OutgoingMessage[], t: Translate): string[];
  /** The value of the offered choice that `text` picks, if it picks one. */
  pick(chatId: string, text: string): string | undefined;
}

export function createNumberedChoices(): NumberedChoices {
  const offeredByChat = new Map<string, Choice[]>();

  function remember(chatId: string, offered: Choice[]): void {
    offeredByChat.delete(chatId);
    if (offered.length === 0) return;
    offeredByChat.set(chatId, offered);
    if (offeredByChat.size > REMEMBERED_CHATS) offeredByChat.delete(offeredByChat.keys().next().value!);
  }

  return {
    render(chatId, replies, t) {
      const offered: Choice[] = [];
      const texts = replies.map((reply) => {
        const choices = reply.choices?.flat() ?? [];
        if (choices.length === 0) return reply.text;
        const lines = choices.map((choice) => `${offered.push(choice)}. ${choice.label}`);
        return [reply.text, "", ...lines].join("\n");
      });
      if (offered.length > 0) texts[texts.length - 1] += `\n\n${replyHint(offered.length, t)}`;
      remember(chatId, offered);
      return texts;
    },
    pick(chatId, text) {
      const offered = offeredByChat.get(chatId);
      if (!offered) return undefined;
      const number = /^(\d{1,2})[.)]?$/.exec(text.trim());
      if (number) return offered[Number(number[1]) - 1]?.value;
      const typed = comparable(text);
      if (typed === "") return undefined;
      return offered.find((choice) => namesOf(choice.label).includes(typed))?.value;
    },
  };
}

/** "Balas 1, 2 atau 3" in the person's language. */
function replyHint(count: number, t: Translate): string {
  const numbers = Array.from({ length: count - 1 }, (_, index) => String(index + 1)).join(", ");
  return t("whatsapp-reply-hint", { count, numbers, last: count });
}

/**
 * What a person may type for an option: its whole label, or its first part ("PADI" for
 * "PADI · Padi organik"), without emoji or case. Only whole names count, so a free-text answer
 * that merely starts like an option is not taken for it.
 */
function namesOf(label: string): string[] {
  const first = label.split(/\s+[·—|-]\s+|\s+\(/)[0] ?? label;
  return [comparable(label), comparable(first)];
}

function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
