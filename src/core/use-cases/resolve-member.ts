import type { Db } from "../../db/database.js";
import type { CachedReads } from "../cached-reads.js";
import type { MemberWithOrganization } from "../context.js";
import type { ParsedIncomingMessage } from "../messages.js";
import { linkPreregisteredPhone } from "./preregister-phone.js";

/**
 * Finds or creates the person behind a message. Staff rights come from configuration or the
 * StaffGrant table, never from anything the message says. A phone number the platform vouches
 * for (WhatsApp) links a person without a company to the one staff pre-registered it for.
 */
export async function resolveMember(
  db: Db,
  reads: CachedReads,
  message: ParsedIncomingMessage,
  configuredStaff: readonly string[],
): Promise<{ member: MemberWithOrganization; isStaff: boolean; linkedByPhone: boolean }> {
  const found = await findOrCreateMember(db, reads, message, configuredStaff);
  let member = found.member;
  if (member.unreachableAt) {
    // They wrote, so they can be reached again.
    member = await db.member.update({ where: { id: member.id }, data: { unreachableAt: null }, include: { organization: true } });
  }
  const linked = message.phone ? await linkPreregisteredPhone(db, member, message.phone, `${message.channel}:${message.userId}`) : undefined;
  return { member: linked ?? member, isStaff: found.isStaff, linkedByPhone: Boolean(linked) };
}

async function findOrCreateMember(
  db: Db,
  reads: CachedReads,
  message: ParsedIncomingMessage,
  configuredStaff: readonly string[],
): Promise<{ member: MemberWithOrganization; isStaff: boolean }> {
  const identity = `${message.channel}:${message.userId}`;
  const where = { channel_userId: { channel: message.channel, userId: message.userId } };
  const { member: existing, granted } = await reads.member(message.channel, message.userId);
  const isStaff = configuredStaff.includes(identity) || granted;
  if (!existing) {
    const member = await db.member.upsert({
      where,
      create: { channel: message.channel, userId: message.userId, displayName: message.displayName },
      update: {},
      include: { organization: true },
    });
    return { member, isStaff };
  }
  if (message.displayName && message.displayName !== existing.displayName) {
    const member = await db.member.update({
      where: { id: existing.id },
      data: { displayName: message.displayName },
      include: { organization: true },
    });
    return { member, isStaff };
  }
  return { member: existing, isStaff };
}
