import type { Config } from "../config.js";
import type { Translator } from "../core/i18n/translator.js";
import type { Db } from "../db/database.js";
import type { Logger } from "../logger.js";
import { createScheduler, type Scheduler } from "./scheduler.js";

/** Starts the scheduler; main imports this only with SCHEDULER_ENABLED (the default), and stops it on shutdown. */
export function startScheduler(deps: { config: Config; db: Db; logger: Logger; translator: Translator }): Scheduler {
  const scheduler = createScheduler({
    db: deps.db,
    logger: deps.logger,
    translator: deps.translator,
    staff: deps.config.STAFF,
  });
  scheduler.start();
  return scheduler;
}
