import type { WhatsAppIdentities } from "../channels/whatsapp/whatsapp-stores.js";
import type { Db } from "./database.js";

/** WhatsApp's `@lid` ↔ phone pairs as kept on the member (`Member.whatsappLid`); linking them is a use case. */
export function createWhatsAppIdentityLookups(db: Db): Pick<WhatsAppIdentities, "phoneForLid" | "lidForPhone"> {
  return {
    async phoneForLid(lid) {
      const member = await db.member.findUnique({ where: { whatsappLid: lid }, select: { userId: true } });
      return member && /^\d+$/.test(member.userId) ? member.userId : undefined;
    },
    async lidForPhone(phoneDigits) {
      const member = await db.member.findUnique({ where: { channel_userId: { channel: "whatsapp", userId: phoneDigits } }, select: { whatsappLid: true } });
      return member?.whatsappLid ?? undefined;
    },
  };
}
