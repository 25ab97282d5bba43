import type { LocaleCode } from "../../core/i18n/translator.js";

/**
 * How WhatsApp ids become our user and chat ids. A private chat's id is the person's number, so
 * the identity reads `whatsapp:6281234567890` (the form STAFF uses) and the outbox can send to
 * a member by their user id. Other ids (groups `…@g.us`, hidden numbers `…@lid`) stay whole; the
 * channel turns a `@lid` into the number when WhatsApp tells it.
 */
export function userIdFromJid(jid: string): string {
  return jid.endsWith("@c.us") || jid.endsWith("@s.whatsapp.net") ? jid.slice(0, jid.indexOf("@")) : jid;
}

/** The phone digits in a WhatsApp id, when it is a phone-number id. */
export function phoneFromJid(jid: string): string | undefined {
  const userId = userIdFromJid(jid);
  return /^\d{6,15}$/.test(userId) ? userId : undefined;
}

export function isGroupJid(jid: string): boolean {
  return jid.endsWith("@g.us");
}

/** Status updates ("stories") arrive as messages from this pseudo chat. */
export const STATUS_BROADCAST = "status@broadcast";

/** For logs, which must never hold a full phone number: all but the last 3 digits hidden. */
export function maskPhone(id: string): string {
  return id.replace(/\d(?=\d{3})/g, "•");
}

/**
 * A first guess at the language from the country code, until the person picks one with /lang:
 * WhatsApp tells us nothing else about it.
 */
export function localeHintFromPhone(phone: string | undefined): LocaleCode | undefined {
  if (phone?.startsWith("62")) return "id";
  if (phone?.startsWith("82")) return "ko";
  return undefined;
}

/** A linked id: WhatsApp's stand-in for a sender whose number it does not show. */
export function isLidJid(jid: string): boolean {
  return jid.endsWith("@lid");
}
