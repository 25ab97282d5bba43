import type { CronPort, OutboxPort } from "../core/ports.js";
import type { LocaleCode, Translator } from "../core/i18n/translator.js";
import type { Db } from "../db/database.js";
import type { Logger } from "../logger.js";

/** What the web side needs, passed in so tests hand it a real database and a fixed clock. */
export interface WebDeps {
  db: Db;
  translator: Translator;
  logger: Logger;
  clock: () => Date;
  /** Web actions tell people through the same outbox as chat commands. */
  outbox: OutboxPort;
  /** The scheduler's clock rules, for the schedules page (validation and next runs). */
  cron: CronPort;
  config: {
    /** Identities with staff rights from configuration; grants come from the database. */
    staff: readonly string[];
    defaultLocale: LocaleCode;
    /** The address people see (`WEB_PUBLIC_URL`), without a trailing slash. */
    publicUrl?: string;
  };
}
