import type { DbClient } from "../db/database.js";
import type { Member, Organization } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { CachedReads } from "./cached-reads.js";
import type { FlowPosition } from "./conversation-state.js";
import type { LocaleFormat } from "./i18n/format.js";
import type { LocaleCode, Translate, Translator } from "./i18n/translator.js";
import type { OutgoingMessage, ParsedIncomingMessage } from "./messages.js";
import type { Notifier } from "./notifier.js";
import type { CronPort, LiveProgressPort, OutboxPort } from "./ports.js";
import type { FileToStore } from "./use-cases/stored-files.js";
import type { Db } from "../db/database.js";

/** Where partners send money when a campaign names no account of its own. */
export interface TransferDefaults {
  bankName?: string;
  bankAccount?: string;
  bankHolder?: string;
  /** Drop-off or pick-up instructions for goods, in Indonesian. */
  goodsInstructions?: string;
}

/** The settings the core needs; the rest of the configuration belongs to channels and db. */
export interface CoreConfig {
  /** Identities (`channel:userId`) with staff rights from configuration. */
  staff: readonly string[];
  defaultLocale: LocaleCode;
  flowTimeoutMinutes: number;
  transfer?: TransferDefaults;
  /** The web side's public address (`WEB_PUBLIC_URL`): /campaign links to the campaign's page. */
  webPublicUrl?: string;
  /** Where /dashboard sign-in links point; unset when the web side is off. */
  dashboardUrl?: string;
  /** The largest file a chat reply carries (an /export): MAX_FILE_BYTES unless a test lowers it. */
  replyFileMaxBytes?: number;
}

/** Everything the core depends on, passed in so tests can hand it a real database and a fixed clock. */
export interface CoreDeps {
  db: Db;
  config: CoreConfig;
  logger: Logger;
  translator: Translator;
  clock: () => Date;
  outbox: OutboxPort;
  cron: CronPort;
  /** Pinned progress messages (`/pin`); absent where no channel can show them. */
  liveProgress?: LiveProgressPort;
}

export type MemberWithOrganization = Member & { organization: Organization | null };

/** One incoming message, with the person behind it resolved. Handed to every command and flow step. */
export interface Ctx {
  deps: CoreDeps;
  /**
   * The database. For anything that may write it is the message's own transaction, in which the
   * person, their rights and the chat's state were read afresh: decisions rest on committed rows.
   */
  db: DbClient;
  /** The hot reads, from memory while their tables are unchanged: for read-only answers only. */
  reads: CachedReads;
  now: Date;
  message: ParsedIncomingMessage;
  /**
   * The photo or PDF sent with the message, checked and re-encoded. Nothing is stored until the
   * command or flow step that takes it (a transfer slip, an update's photo) keeps it.
   */
  file?: FileToStore;
  member: MemberWithOrganization;
  /** `channel:userId`, the form used in STAFF, audit logs and flow keys. */
  identity: string;
  locale: LocaleCode;
  isStaff: boolean;
  t: Translate;
  format: LocaleFormat;
  /** Tells people of what this message changed, through the outbox, in this transaction. */
  notify: Notifier;
  /**
   * Where the chat's guided flow goes after this message: a new position, `null` when the flow
   * is over, absent when unchanged. The core writes it with the rest of the chat's state.
   */
  conversation: { next?: FlowPosition | null };
}

export function reply(text: string, choices?: OutgoingMessage["choices"]): OutgoingMessage {
  return choices ? { text, choices } : { text };
}
