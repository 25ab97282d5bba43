import type { DbClient } from "../db/database.js";
import type { Broadcast, BroadcastAudience, Channel } from "../generated/prisma/client.js";
import type { LocaleCode } from "./i18n/translator.js";
import type { Choice } from "./messages.js";

/** Texts by language; Indonesian is required and is every other language's fallback. */
export type LocalizedTexts = { id: string } & Partial<Record<LocaleCode, string>>;
/** Choices offered with a proactive message, by language like its texts. */
export type LocalizedChoices = { id: Choice[][] } & Partial<Record<LocaleCode, Choice[][]>>;

/** Stored files by language (StoredFile ids), like texts: a receipt or a certificate in each reader's language. */
export type LocalizedFileIds = { id: number } & Partial<Record<LocaleCode, number>>;

/** Who a broadcast goes to: the kind of audience and what it needs to be picked. */
export interface Audience {
  audience: BroadcastAudience;
  campaignId?: number | null;
  /** For `member` (a notification, a delivery report). */
  memberId?: number;
  /** For `organization`: everyone acting for the company… */
  organizationId?: number;
  /** …except the person this is about. */
  excludeMemberId?: number;
  /** For `staff`: the identities with staff rights from configuration (grants come from the database). */
  staff?: readonly string[];
  /** For `unpaid_partners`: only pledges made in [from, to) (the reminder's "N days ago"). */
  pledgedBetween?: readonly [Date, Date];
}

export interface BroadcastInput extends Audience {
  /** staff, update, digest, reminder, countdown, summary, closing, notification or report. */
  kind: string;
  texts: LocalizedTexts;
  choices?: LocalizedChoices;
  /** A file sent with the text, which becomes its caption. */
  attachments?: LocalizedFileIds;
  sendAt: Date;
  urgent?: boolean;
  createdById?: number | null;
  /** Makes the enqueue idempotent: a second call with the same key returns the first broadcast. */
  requestKey?: string;
}

/**
 * The outbox as the core sees it. The core decides what is said to whom; the outbox writes the
 * broadcast and its deliveries, in the caller's transaction, so a message exists exactly when
 * the change it tells of was committed.
 */
export interface OutboxPort {
  enqueue(tx: DbClient, input: BroadcastInput): Promise<Broadcast>;
  /** How many people an audience reaches now, per channel: the preview staff see. */
  countAudience(db: DbClient, audience: Audience): Promise<Partial<Record<Channel, number>>>;
}

/** The scheduler's clock rules, for /schedule: which expressions it runs, and when next. */
export interface CronPort {
  isValid(expression: string): boolean;
  nextRun(expression: string): Date | undefined;
}
