import type { DbClient } from "../../db/database.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { CachedReads } from "../cached-reads.js";
import type { MemberWithOrganization } from "../context.js";
import { localeFromHint } from "../i18n/translator.js";
import type { ParsedIncomingMessage } from "../messages.js";
import { linkPreregisteredPhone } from "./preregister-phone.js";
import { isStaff } from "./staff-rights.js";

/**
 * Finds or creates the person behind a message. Staff rights come from configuration or the
 * StaffGrant table, never from anything the message says. A phone number the platform vouches
 * for (WhatsApp) links a person without a company to the one staff pre-registered it for.
 *
 * The language the channel reports (Telegram's language_code, a WhatsApp number's country code,
 * the console's --lang) is kept on the member until they pick one with /lang, so broadcasts and
 * notifications reach them in it too.
 */
export async function resolveMember(
  db: DbClient,
  reads: CachedReads,
  message: ParsedIncomingMessage,
  configuredStaff: readonly string[],
): Promise<{ member: MemberWithOrganization; isStaff: boolean; linkedByPhone: boolean }> {
  const identity = `${message.channel}:${message.userId}`;
  const { member: existing, granted } = await reads.member(message.channel, message.userId);
  const staff = isStaff(configuredStaff, identity, granted);
  const hinted = localeFromHint(message.localeHint);
  let member = existing ?? (await createMember(db, message, hinted));
  const changes = {
    // They wrote, so they can be reached again.
    ...(member.unreachableAt && { unreachableAt: null }),
    ...(message.displayName && message.displayName !== member.displayName && { displayName: message.displayName }),
    ...(hinted && !member.localeChosen && hinted !== member.locale && { locale: hinted }),
  };
  if (Object.keys(changes).length > 0) {
    member = await db.member.update({ where: { id: member.id }, data: changes, include: { organization: true } });
  }
  const linked = message.phone ? await linkPreregisteredPhone(db, member, message.phone, identity) : undefined;
  return { member: linked ?? member, isStaff: staff, linkedByPhone: Boolean(linked) };
}

/**
 * A person's first message. Prisma's upsert reads, then inserts, so two first messages at once
 * (a double tap, a redelivery to a second instance) race to the insert: the loser reads the
 * winner's row instead of failing.
 */
async function createMember(db: DbClient, message: ParsedIncomingMessage, locale: ReturnType<typeof localeFromHint>): Promise<MemberWithOrganization> {
  const where = { channel_userId: { channel: message.channel, userId: message.userId } };
  try {
    return await db.member.upsert({
      where,
      create: { channel: message.channel, userId: message.userId, displayName: message.displayName, locale },
      update: {},
      include: { organization: true },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    return db.member.findUniqueOrThrow({ where, include: { organization: true } });
  }
}
