import type { Db } from "../../db/database.js";

/**
 * Keeps a WhatsApp `…@lid` with the member known by these phone digits: once WhatsApp tells
 * the number behind a linked id, one person stays one member.
 * - A member known so far only by the lid is the same person: they take the number as their id,
 *   which everything else (staff rights, pre-registered phones) uses.
 * - The lid moves to this member from any other (WhatsApp may have given it to a new number).
 * False when there is no member by either id yet (their first message).
 */
export function linkWhatsAppIdentity(db: Db, lid: string, phoneDigits: string): Promise<boolean> {
  const byUserId = (userId: string) => ({ channel_userId: { channel: "whatsapp" as const, userId } });
  return db.$transaction(async (tx) => {
    const [byLid, byPhone] = await Promise.all([
      tx.member.findUnique({ where: byUserId(lid), select: { id: true } }),
      tx.member.findUnique({ where: byUserId(phoneDigits), select: { id: true, whatsappLid: true } }),
    ]);
    if (!byLid && !byPhone) return false;
    if (byPhone?.whatsappLid === lid) return true;
    await tx.member.updateMany({ where: { whatsappLid: lid }, data: { whatsappLid: null } });
    if (byPhone) await tx.member.update({ where: { id: byPhone.id }, data: { whatsappLid: lid } });
    else await tx.member.update({ where: { id: byLid!.id }, data: { userId: phoneDigits, whatsappLid: lid } });
    return true;
  });
}
