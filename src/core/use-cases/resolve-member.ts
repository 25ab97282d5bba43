import type { DbClient } from "../../db/database.js";
import type { CachedReads } from "../cached-reads.js";
import type { MemberWithOrganization } from "../context.js";
import { localeFromHint } from "../i18n/translator.js";
import type { ParsedIncomingMessage } from "../messages.js";
import { linkPreregisteredPhone } from "./preregister-phone.js";

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
  const isStaff = configuredStaff.includes(identity) || granted;
  const hinted = localeFromHint(message.localeHint);
  let member =
    existing ??
    (await db.member.upsert({
      where: { channel_userId: { channel: message.channel, userId: message.userId } },
      create: { channel: message.channel, userId: message.userId, displayName: message.displayName, locale: hinted },
      update: {},
      include: { organization: true },
    }));
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
  return { member: linked ?? member, isStaff, linkedByPhone: Boolean(linked) };
}
