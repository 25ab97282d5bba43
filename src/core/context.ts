import type { Db } from "../db/database.js";
import type { Member, Organization } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { CachedReads } from "./cached-reads.js";
import type { LocaleFormat } from "./i18n/format.js";
import type { LocaleCode, Translate, Translator } from "./i18n/translator.js";
import type { OutgoingMessage, ParsedIncomingMessage } from "./messages.js";

/** The settings the core needs; the rest of the configuration belongs to channels and db. */
export interface CoreConfig {
  /** Identities (`channel:userId`) with staff rights from configuration. */
  staff: readonly string[];
  defaultLocale: LocaleCode;
  flowTimeoutMinutes: number;
}

/** Everything the core depends on, passed in so tests can hand it a real database and a fixed clock. */
export interface CoreDeps {
  db: Db;
  config: CoreConfig;
  logger: Logger;
  translator: Translator;
  clock: () => Date;
}

export type MemberWithOrganization = Member & { organization: Organization | null };

/** One incoming message, with the person behind it resolved. Handed to every command and flow step. */
export interface Ctx {
  deps: CoreDeps;
  db: Db;
  /** The hot reads, from memory while their tables are unchanged. */
  reads: CachedReads;
  now: Date;
  message: ParsedIncomingMessage;
  member: MemberWithOrganization;
  /** `channel:userId`, the form used in STAFF, audit logs and flow keys. */
  identity: string;
  locale: LocaleCode;
  isStaff: boolean;
  t: Translate;
  format: LocaleFormat;
}

export function reply(text: string, choices?: OutgoingMessage["choices"]): OutgoingMessage {
  return choices ? { text, choices } : { text };
}
