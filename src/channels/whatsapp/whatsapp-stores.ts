/**
 * What the WhatsApp transports must remember across a restart, as ports: the channel says what
 * it needs, and src/db implements it (channels never touch the database themselves).
 */
import type { LateDeliveryFailures, Recipients } from "../channel.js";
import type { WebhookInbox } from "../webhook-inbox.js";

/**
 * Who is behind a `…@lid` sender. WhatsApp hides many senders' numbers behind a linked id; the
 * bot knows a person by their number (staff rights, pre-registered phones, the language guess),
 * so once the number is known the pair is kept on the member.
 */
export interface WhatsAppIdentities {
  /** The phone digits an earlier message linked to this `…@lid`. */
  phoneForLid(lid: string): Promise<string | undefined>;
  /** The `…@lid` known for the member with these phone digits. */
  lidForPhone(phoneDigits: string): Promise<string | undefined>;
  /**
   * Keeps the pair on the member known by `phoneDigits`. A member known only by the `@lid`
   * (the number could not be had before) becomes that member, so one person stays one member.
   * False when there is no member by either id yet (their first message).
   */
  link(lid: string, phoneDigits: string): Promise<boolean>;
}

/** Proactive sends per Jakarta day, shared by restarts and instances. */
export interface DailySendCounter {
  /** Counts one send on `day` (midnight UTC of the Jakarta date) if fewer than `cap` were; false when the cap is reached. */
  take(day: Date, cap: number): Promise<boolean>;
}

/** When each person last wrote: the Cloud API's 24-hour customer service window. */
export interface ServiceWindows {
  heardFrom(userId: string, at: Date): Promise<void>;
  /** Undefined when they never wrote, or when Meta said the window is closed. */
  lastHeardAt(userId: string): Promise<Date | undefined>;
  /** Meta refused free-form text (131047): the next send goes as a template. */
  close(userId: string): Promise<void>;
}

/** Every store the WhatsApp channel is handed, built where the database is (main.ts). */
export interface WhatsAppStores {
  recipients: Recipients;
  identities: WhatsAppIdentities;
  serviceWindows: ServiceWindows;
  /** Each transport counts its own sends: whatsapp-web.js and the Cloud API have separate caps. */
  dailySends(transport: "web" | "cloud"): DailySendCounter;
  lateFailures: LateDeliveryFailures;
  /** The Cloud API's signed calls, recorded before Meta is answered. */
  cloudInbox: WebhookInbox;
}
