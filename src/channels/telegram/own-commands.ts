import { localeFromHint, type LocaleCode, type Translate, type Translator } from "../../core/i18n/translator.js";
import type { IncomingMessage } from "../../core/messages.js";
import type { Db } from "../../db/database.js";

/**
 * What the adapter's own Telegram-only answers (/pin, /pledge in a group) need to behave like
 * the core's: act once per message, and speak the person's language.
 */
export interface OwnCommands {
  /**
   * Claims the message: false when it was handled before (a redelivered update). Uses the core's
   * key, `channel:chatId:messageId`, so one table guards both.
   */
  claim(message: IncomingMessage): Promise<boolean>;
  /** The person's chosen language, else their app's, else the default. */
  translate(message: IncomingMessage): Promise<{ locale: LocaleCode; t: Translate }>;
}

export function createOwnCommands(deps: { db: Db; translator: Translator; defaultLocale: LocaleCode }): OwnCommands {
  return {
    async claim(message) {
      const key = `${message.channel}:${message.chatId}:${message.messageId}`;
      const { count } = await deps.db.processedMessage.createMany({ data: [{ key }], skipDuplicates: true });
      return count === 1;
    },
    async translate(message) {
      const member = await deps.db.member.findUnique({
        where: { channel_userId: { channel: message.channel, userId: message.userId } },
        select: { locale: true },
      });
      const locale = member?.locale ?? localeFromHint(message.localeHint) ?? deps.defaultLocale;
      return { locale, t: deps.translator.for(locale) };
    },
  };
}
