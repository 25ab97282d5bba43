import type { Db } from "../../db/database.js";
import type { LocaleCode } from "../../core/i18n/translator.js";

export interface Recipient {
  locale: LocaleCode | null;
  optedOut: boolean;
  unreachableAt: Date | null;
}

/**
 * What a WhatsApp transport must know about a person before it sends: their language (for its
 * own words around the core's text), whether they opted out, and whether the number is known to
 * be unreachable, which it marks so the number is not tried again.
 */
export interface Recipients {
  find(userId: string): Promise<Recipient | null>;
  markUnreachable(userId: string, now: Date): Promise<void>;
}

export function createRecipients(db: Db): Recipients {
  const where = (userId: string) => ({ channel_userId: { channel: "whatsapp" as const, userId } });
  return {
    find: (userId) => db.member.findUnique({ where: where(userId), select: { locale: true, optedOut: true, unreachableAt: true } }),
    async markUnreachable(userId, now) {
      await db.member.updateMany({ where: { channel: "whatsapp", userId, unreachableAt: null }, data: { unreachableAt: now } });
    },
  };
}
