import type { Recipients } from "../channels/whatsapp/whatsapp-stores.js";
import type { Db } from "./database.js";

/** WhatsApp recipients as members: their language, opt-out, and a number found unreachable. */
export function createWhatsAppRecipients(db: Db): Recipients {
  const where = (userId: string) => ({ channel_userId: { channel: "whatsapp" as const, userId } });
  return {
    find: (userId) => db.member.findUnique({ where: where(userId), select: { locale: true, optedOut: true, unreachableAt: true } }),
    async markUnreachable(userId, now) {
      await db.member.updateMany({ where: { channel: "whatsapp", userId, unreachableAt: null }, data: { unreachableAt: now } });
    },
  };
}
