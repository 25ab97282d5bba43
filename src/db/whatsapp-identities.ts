import type { WhatsAppIdentities } from "../channels/whatsapp/whatsapp-stores.js";
import type { Db } from "./database.js";

/** WhatsApp's `@lid` ↔ phone pairs, kept on the member (`Member.whatsappLid`). */
export function createWhatsAppIdentities(db: Db): WhatsAppIdentities {
  const byUserId = (userId: string) => ({ channel_userId: { channel: "whatsapp" as const, userId } });
  return {
    async phoneForLid(lid) {
      const member = await db.member.findUnique({ where: { whatsappLid: lid }, select: { userId: true } });
      return member && /^\d+$/.test(member.userId) ? member.userId : undefined;
    },
    async lidForPhone(phoneDigits) {
      const member = await db.member.findUnique({ where: byUserId(phoneDigits), select: { whatsappLid: true } });
      return member?.whatsappLid ?? undefined;
    },
    link(lid, phoneDigits) {
      return db.$transaction(async (tx) => {
        const [byLid, byPhone] = await Promise.all([
          tx.member.findUnique({ where: byUserId(lid), select: { id: true } }),
          tx.member.findUnique({ where: byUserId(phoneDigits), select: { id: true, whatsappLid: true } }),
        ]);
        if (!byLid && !byPhone) return false;
        if (byPhone?.whatsappLid === lid) return true;
        // The lid moves to this member (WhatsApp may have given it to a new number).
        await tx.member.updateMany({ where: { whatsappLid: lid }, data: { whatsappLid: null } });
        if (byLid && !byPhone) {
          // Known so far only by the lid: the same person, now under the number everything else uses.
          await tx.member.update({ where: { id: byLid.id }, data: { userId: phoneDigits, whatsappLid: lid } });
        } else if (byPhone) {
          await tx.member.update({ where: { id: byPhone.id }, data: { whatsappLid: lid } });
        }
        return true;
      });
    },
  };
}
