import { join } from "node:path";
import { startApp } from "./app.js";
import type { EmbeddedServer } from "./db/embedded-postgres.js";
import { runConsoleChat } from "./channels/console/console-chat.js";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";
import { startOutbox } from "./outbox/start-outbox.js";
import { outboxPort } from "./outbox/enqueue-broadcast.js";
import { cronPort } from "./scheduler/cron.js";
import { startWebServer, type WebServer } from "./web/start-web-server.js";
import { wireChannels } from "./wire-channels.js";

/** What `npm start` was asked for on its command line. */
export interface BotOptions {
  /** Who types in the console (`console:NAME`). */
  as?: string;
  /** The console's starting language. */
  lang?: string;
  /** The console chat even when chat platforms are configured. */
  console?: boolean;
}

/**
 * Everything `npm start` runs once its configuration is read: the app, every configured chat
 * platform, the web side, the outbox and the scheduler, and the console chat when no platform is
 * configured (or `--console` asks for it).
 */
export async function runBot(config: Config, logger: Logger, values: BotOptions, embeddedStarting?: Promise<EmbeddedServer>): Promise<void> {
  const app = await startApp(config, logger, embeddedStarting);
  let channels: Awaited<ReturnType<typeof wireChannels>>;
  try {
    channels = await wireChannels(config, app, logger);
  } catch (error) {
    // A channel's configuration error must not leave the embedded PostgreSQL running.
    await app.close();
    throw error;
  }
  // The public pages, the dashboard and the chat platforms' webhooks, on one server.
  let web: WebServer | undefined;
  const webhooks = channels.flatMap((channel) => (channel.webhook ? [channel.webhook] : []));
  if (config.WEB_ENABLED) {
    try {
      web = await startWebServer(
        {
          db: app.database.db,
          translator: app.translator,
          logger,
          clock: () => new Date(),
          outbox: outboxPort,
          cron: cronPort,
          config: { staff: config.STAFF, defaultLocale: config.DEFAULT_LOCALE, publicUrl: config.WEB_PUBLIC_URL },
        },
        { host: config.WEB_HOST, port: config.WEB_PORT },
        webhooks,
      );
    } catch (error) {
      // A second console beside `npm start` finds the pages already served: it chats without
      // them. A taken port that webhooks need is fatal, and must not leave PostgreSQL running.
      const portTaken = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
      if (!portTaken || webhooks.length > 0) {
        await app.close();
        throw error;
      }
      logger.warn({ port: config.WEB_PORT }, "web port in use: the web side is not served by this process");
      process.stderr.write(`Web pages not served here: ${config.WEB_HOST}:${config.WEB_PORT} is in use (by another instance of the bot?)\n`);
    }
    if (web) {
      logger.info({ url: web.url, publicUrl: config.WEB_PUBLIC_URL }, "web server listening");
      process.stderr.write(`Web pages at ${web.url}/c${config.WEB_PUBLIC_URL ? ` (public address ${config.WEB_PUBLIC_URL})` : ""}\n`);
    }
  }
  const consoleUser = channels.length === 0 || values.console ? (values.as ?? config.CONSOLE_USER) : undefined;
  // Where the console saves the files it shows, its own person's and the outbox's alike.
  const filesDir = config.FILES_DIR ?? join(config.DATA_DIR, "files");
  // Broadcasts, digests and reminders: the scheduler creates them, the outbox sends them.
  const outbox = startOutbox({
    config,
    db: app.database.db,
    logger,
    translator: app.translator,
    channels,
    console: consoleUser === undefined ? undefined : { output: process.stdout, userId: consoleUser, filesDir },
  });
  // node-cron and the jobs load only with the scheduler on.
  const scheduler = config.SCHEDULER_ENABLED
    ? (await import("./scheduler/start-scheduler.js")).startScheduler({ config, db: app.database.db, logger, translator: app.translator })
    : undefined;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    await web?.stop();
    await scheduler?.stop();
    await outbox?.stop();
    await Promise.allSettled(channels.map((channel) => channel.stop()));
    await Promise.allSettled(app.liveProgress.all().map((liveProgress) => liveProgress.stop()));
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await Promise.all(channels.map((channel) => channel.start()));
  for (const liveProgress of app.liveProgress.all()) liveProgress.start();
  if (consoleUser === undefined) {
    logger.info({ channels: channels.map((channel) => channel.channel) }, "bot running");
    process.stderr.write(`K-Peduli bot running on ${channels.map((channel) => channel.channel).join(", ")}. Ctrl+C stops it.\n`);
    return;
  }

  const interactive = Boolean(process.stdin.isTTY);
  if (interactive) {
    process.stdout.write("K-Peduli bot: console chat. Type /help, or Ctrl+D to quit.\n\n");
  }
  // STAFF replaces the default (console:admin): say so rather than let staff commands fail unexplained.
  if (!config.STAFF.includes(`console:${consoleUser}`) && consoleUser === config.CONSOLE_USER) {
    process.stderr.write(`Note: console:${consoleUser} is not staff here (STAFF=${config.STAFF.join(",")}). Add it to STAFF, comma-separated, to use staff commands in the console.\n`);
  }
  await runConsoleChat({
    core: app.core,
    input: process.stdin,
    output: process.stdout,
    userId: consoleUser,
    localeHint: values.lang,
    interactive,
    filesDir,
  });
  await shutdown("end of input");
}
