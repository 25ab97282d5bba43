import type { BotCore } from "../../core/bot-core.js";
import type { LocaleCode, Translate, Translator } from "../../core/i18n/translator.js";
import type { IncomingMessage, OutgoingMessage } from "../../core/messages.js";
import { createNumberedChoices } from "./numbered-choices.js";
import type { Recipients } from "./recipients.js";
import { localeHintFromPhone } from "./whatsapp-ids.js";

/** One incoming WhatsApp message in our ids (see whatsapp-ids.ts), from either transport. */
export interface WhatsAppMessage {
  chatId: string;
  userId: string;
  messageId: string;
  /** What the person typed; a number or an option's name is mapped to the offered choice. */
  text?: string;
  /** A choice picked on the platform itself (Cloud API buttons). */
  choice?: string;
  phone?: string;
  displayName?: string;
  chatType: "private" | "group";
}

/**
 * The part both WhatsApp transports share: the message goes to the core, and the answer comes
 * back as texts with numbered choices in the person's language. Messages of one chat are
 * handled one after another, so answers never overtake each other.
 */
export interface WhatsAppConversation {
  answer(message: WhatsAppMessage): Promise<string[]>;
  /** The texts of a proactive message, whose numbered choices the person can answer too. */
  renderProactive(chatId: string, message: OutgoingMessage, locale: LocaleCode | null | undefined): string[];
}

export function createWhatsAppConversation(deps: {
  core: BotCore;
  recipients: Recipients;
  translator: Translator;
  defaultLocale: LocaleCode;
}): WhatsAppConversation {
  const choices = createNumberedChoices();
  const chatQueues = new Map<string, Promise<unknown>>();

  function inOrder<T>(chatId: string, task: () => Promise<T>): Promise<T> {
    const previous = chatQueues.get(chatId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    chatQueues.set(chatId, next);
    void next.catch(() => undefined).then(() => chatQueues.get(chatId) === next && chatQueues.delete(chatId));
    return next;
  }

  async function translateFor(message: WhatsAppMessage): Promise<Translate> {
    const recipient = await deps.recipients.find(message.userId);
    return deps.translator.for(recipient?.locale ?? localeHintFromPhone(message.phone) ?? deps.defaultLocale);
  }

  return {
    answer: (message) =>
      inOrder(message.chatId, async () => {
        const picked = message.choice ?? (message.text === undefined ? undefined : choices.pick(message.chatId, message.text));
        const incoming: IncomingMessage = {
          channel: "whatsapp",
          chatId: message.chatId,
          userId: message.userId,
          messageId: message.messageId,
          displayName: message.displayName,
          phone: message.phone,
          localeHint: localeHintFromPhone(message.phone),
          chatType: message.chatType,
          ...(picked === undefined ? { text: message.text } : { choice: picked }),
        };
        const replies = await deps.core.handle(incoming);
        if (replies.length === 0) return [];
        // The hint around numbered choices is ours, so it needs the person's language.
        const t = replies.some((reply) => reply.choices?.length) ? await translateFor(message) : deps.translator.for(deps.defaultLocale);
        return choices.render(message.chatId, replies, t);
      }),
    renderProactive: (chatId, message, locale) => choices.render(chatId, [message], deps.translator.for(locale ?? deps.defaultLocale)),
  };
}
