import type { BotCore } from "../../core/bot-core.js";
import type { LocaleCode, Translate, Translator } from "../../core/i18n/translator.js";
import type { IncomingMessage, OutgoingMessage } from "../../core/messages.js";
import type { WhatsAppFile, WhatsAppReply } from "./whatsapp-files.js";
import { renderNumberedChoices } from "./numbered-choices.js";
import type { Recipients } from "../channel.js";
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
  /** A voice note, sticker or location with no words: the person gets a hint, not "empty message". */
  media?: boolean;
  /** A photo or document, fetched only once the message is known to be meant for the bot. */
  file?: WhatsAppFile;
  /** The message @-mentions the bot: in a group, that (or a leading "/") is how a member addresses it. */
  mentionsBot?: boolean;
}

/** Chats remembered for the media hint; the oldest are forgotten first. */
const REMEMBERED_CHATS = 10_000;
/** An album arrives as one message per photo: one hint is enough for a burst. */
const MEDIA_HINT_QUIET_MS = 10 * 60_000;

/**
 * Whether a message is meant for the bot. In a group every member's chatter arrives too, and
 * answering each with "not understood" would drive the group away: only a command or an
 * @-mention of the bot counts there.
 */
export function addressedToBot(message: Pick<WhatsAppMessage, "chatType" | "text" | "mentionsBot">): boolean {
  return message.chatType === "private" || message.mentionsBot === true || (message.text ?? "").trimStart().startsWith("/");
}

/** "@6281100000000 /campaigns" → "/campaigns": the mention that addressed the bot is not part of the command. */
function withoutLeadingMentions(text: string): string {
  return text.replace(/^(\s*@[\p{L}\p{N}_.-]+)+\s*/u, "");
}

/**
 * The part both WhatsApp transports share: the message goes to the core, and the answer comes
 * back as texts with numbered choices in the person's language. Messages of one chat are
 * handled one after another, so answers never overtake each other.
 */
export interface WhatsAppConversation {
  answer(message: WhatsAppMessage): Promise<WhatsAppReply[]>;
  /** A proactive message as WhatsApp messages, whose numbered choices the person can answer too. */
  renderProactive(message: OutgoingMessage, locale: LocaleCode | null | undefined): WhatsAppReply[];
}

export function createWhatsAppConversation(deps: {
  core: BotCore;
  recipients: Recipients;
  translator: Translator;
  defaultLocale: LocaleCode;
  clock: () => Date;
}): WhatsAppConversation {
  const chatQueues = new Map<string, Promise<unknown>>();
  const mediaHintedAt = new Map<string, number>();

  /** The hint once per burst of media: true when this chat has not had it in the last minutes. */
  function dueMediaHint(chatId: string): boolean {
    const now = deps.clock().getTime();
    const last = mediaHintedAt.get(chatId);
    if (last !== undefined && now - last < MEDIA_HINT_QUIET_MS) return false;
    mediaHintedAt.delete(chatId);
    mediaHintedAt.set(chatId, now);
    if (mediaHintedAt.size > REMEMBERED_CHATS) mediaHintedAt.delete(mediaHintedAt.keys().next().value!);
    return true;
  }

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
    answer: (received) =>
      inOrder(received.chatId, async () => {
        if (!addressedToBot(received)) return [];
        const message = received.mentionsBot && received.text !== undefined ? { ...received, text: withoutLeadingMentions(received.text) } : received;
        if (message.media && !message.file && !message.text?.trim()) {
          return dueMediaHint(message.chatId) ? [{ text: (await translateFor(message))("whatsapp-media-hint") }] : [];
        }
        const incoming: IncomingMessage = {
          channel: "whatsapp",
          chatId: message.chatId,
          userId: message.userId,
          messageId: message.messageId,
          displayName: message.displayName,
          phone: message.phone,
          localeHint: localeHintFromPhone(message.phone),
          chatType: message.chatType,
          // A typed number or option name is the core's to read: it keeps what it offered.
          ...(message.choice === undefined ? { text: message.text } : { choice: message.choice }),
          ...(message.file && { attachment: await message.file.read() }),
        };
        const replies = await deps.core.handle(incoming);
        if (replies.length === 0) return [];
        // The hint around numbered choices is ours, so it needs the person's language.
        const t = replies.some((reply) => reply.choices?.length) ? await translateFor(message) : deps.translator.for(deps.defaultLocale);
        return withAttachments(replies, renderNumberedChoices(replies, t));
      }),
    renderProactive: (message, locale) => withAttachments([message], renderNumberedChoices([message], deps.translator.for(locale ?? deps.defaultLocale))),
  };
}

/** Each reply's rendered text, with the file it carries. */
function withAttachments(replies: readonly OutgoingMessage[], texts: string[]): WhatsAppReply[] {
  return texts.map((text, index) => {
    const attachment = replies[index]?.attachment;
    return attachment ? { text, attachment } : { text };
  });
}
