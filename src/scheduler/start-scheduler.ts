import type { Config } from "../config.js";
import { Translator } from "../core/i18n/translator.js";
import type { Db } from "../db/database.js";
import type { Logger } from "../logger.js";
import { createScheduler, type Scheduler } from "./scheduler.js";

/** Starts the scheduler unless SCHEDULER_ENABLED=false; main stops it on shutdown. */
export function startScheduler(deps: { config: Config; db: Db; logger: Logger }): Scheduler | undefined {
  if (!deps.config.SCHEDULER_ENABLED) return undefined;
  const scheduler = createScheduler({
    db: deps.db,
    logger: deps.logger,
    translator: new Translator(deps.config.DEFAULT_LOCALE),
    staff: deps.config.STAFF,
  });
  scheduler.start();
  return scheduler;
}
