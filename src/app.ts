import type { Config } from "./config.js";
import { createBotCore, type BotCore } from "./core/bot-core.js";
import { Translator } from "./core/i18n/translator.js";
import { openDatabase, type Database } from "./db/database.js";
import type { EmbeddedServer } from "./db/embedded-postgres.js";
import { pruneProcessedMessages } from "./db/prune-processed-messages.js";
import { pruneWhatsAppState } from "./db/prune-whatsapp-state.js";
import { seedDemoData } from "./seed-demo-data.js";
import type { Logger } from "./logger.js";
import { createLiveProgressBoard, type LiveProgressBoard } from "./live-progress/live-progress-board.js";
import { outboxPort } from "./outbox/enqueue-broadcast.js";
import { cronPort } from "./scheduler/cron.js";

export interface App {
  core: BotCore;
  database: Database;
  /** Shared with the web side, so pages and chat say the same things. */
  translator: Translator;
  /** `/pin`'s live progress, per channel that has a display (wired with the channels). */
  liveProgress: LiveProgressBoard;
  close(): Promise<void>;
}

/**
 * Everything but the channels: the database (embedded or a server, migrated), demo data on a new
 * database, and the core. `npm start` and `npm run chat` both begin here.
 */
export async function startApp(config: Config, logger: Logger, embeddedStarting?: Promise<EmbeddedServer>): Promise<App> {
  const database = await openDatabase({
    embeddedStarting,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    embeddedPort: config.EMBEDDED_DB_PORT,
    poolSize: config.DATABASE_POOL_SIZE,
    logger,
  });
  try {
    if (config.SEED_DEMO_DATA && (await seedDemoData(database.db, new Date()))) logger.info("demo data seeded");
    const pruned = await pruneProcessedMessages(database.db, new Date());
    if (pruned > 0) logger.info({ pruned }, "forgot old processed message ids");
    const prunedWhatsApp = await pruneWhatsAppState(database.db, new Date());
    if (prunedWhatsApp > 0) logger.info({ pruned: prunedWhatsApp }, "forgot closed WhatsApp windows, past send counts and old message ids");
    const translator = new Translator(config.DEFAULT_LOCALE);
    const liveProgress = createLiveProgressBoard();
    const core = createBotCore({
      db: database.db,
      logger,
      translator,
      clock: () => new Date(),
      outbox: outboxPort,
      cron: cronPort,
      liveProgress,
      config: {
        staff: config.STAFF,
        defaultLocale: config.DEFAULT_LOCALE,
        flowTimeoutMinutes: config.FLOW_TIMEOUT_MINUTES,
        transfer: {
          bankName: config.TRANSFER_BANK_NAME,
          bankAccount: config.TRANSFER_ACCOUNT_NUMBER,
          bankHolder: config.TRANSFER_ACCOUNT_HOLDER,
          goodsInstructions: config.GOODS_INSTRUCTIONS,
        },
        webPublicUrl: config.WEB_PUBLIC_URL,
        dashboardUrl: config.WEB_ENABLED ? (config.WEB_PUBLIC_URL ?? `http://${config.WEB_HOST}:${config.WEB_PORT}`) : undefined,
      },
    });
    return { core, database, translator, liveProgress, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
