import type { DbClient } from "../db/database.js";
import type { Broadcast, BroadcastAudience, Campaign, Channel } from "../generated/prisma/client.js";
import type { LocaleCode } from "./i18n/translator.js";
import type { ChannelName, Choice } from "./messages.js";

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
  isValid(expression: string): Promise<boolean>;
  nextRun(expression: string): Promise<Date | undefined>;
}

/** What came of posting a live progress message: up and pinned, up but not pinned (no rights), or not up. */
export type ProgressPost =
  | { posted: true; chatId: string; messageId: number; pinned: boolean }
  | { posted: false; reason: string };

/**
 * Live progress as a channel implements it: a message that shows a campaign's progress, pinned
 * in a group or channel and edited in place. Telegram has it; a channel without it is not asked.
 */
export interface ProgressDisplay {
  /**
   * Posts and pins the text. `chatId` as staff named it (`@channel` or an id); the result gives
   * the chat's own id, which edits need. `commandMessageId`: a broadcast channel's post that
   * asked for it, removed once done so the channel's readers see only the progress.
   */
  post(chatId: string, text: string, options: { commandMessageId?: string }): Promise<ProgressPost>;
  /** `gone` when the message or chat is no longer there (stop editing it); `failed` to try again later. */
  edit(chatId: string, messageId: number, text: string): Promise<"edited" | "unchanged" | "gone" | "failed">;
  unpin(chatId: string, messageId: number, options: { commandMessageId?: string }): Promise<void>;
  /** The chat's own id for what staff named (`@channel` → its numeric id); undefined when unknown. */
  chatIdOf(named: string): Promise<string | undefined>;
}

/** A live progress request from `/pin` or `/unpin`, already checked: the person is staff, the campaign exists. */
export interface LiveProgressRequest {
  chatId: string;
  campaign: Campaign;
  /** The language the progress is shown in. */
  locale: LocaleCode;
  /** `channel:userId` of the staff member, for the record. */
  actor: string;
  /** A broadcast channel's command post: the display removes it once done. */
  commandMessageId?: string;
}

/**
 * Live progress as the core drives it (`/pin`, `/unpin`), for channels that have a display.
 * The pinned message's row is written in the caller's transaction, beside the audit.
 */
export interface LiveProgressPort {
  /** Undefined when the channel cannot show live progress. */
  on(channel: ChannelName): LiveProgressOnChannel | undefined;
}

export interface LiveProgressOnChannel {
  pin(tx: DbClient, request: LiveProgressRequest): Promise<ProgressPost>;
  /** False when the chat shows no progress message for the campaign. */
  unpin(tx: DbClient, request: Omit<LiveProgressRequest, "locale" | "actor">): Promise<boolean>;
}
