import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, configSecrets, loadConfig } from "./config.js";
import { startEmbeddedPostgres } from "./db/embedded-postgres.js";
import { createLogger } from "./logger.js";
import { keepRunningOnStrayRejections } from "./stray-rejections.js";

/**
 * `npm start` and `npm run chat`. Starts every configured chat platform; with none configured
 * (or with `--console`) it opens the console chat, where `--as NAME` and `--lang id|ko|en` choose
 * who is typing and in which language.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { as: { type: "string" }, lang: { type: "string" }, console: { type: "boolean" } },
  });
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfig();
  // The console chat owns the terminal, so logs go to a file unless LOG_FILE says otherwise.
  const logger = createLogger({ level: config.LOG_LEVEL, file: config.LOG_FILE ?? join(config.DATA_DIR, "bot.log"), secrets: configSecrets(config) });
  keepRunningOnStrayRejections(logger);
  // npm start runs node with --no-warnings so the chat stays clean; the warnings go to the log.
  process.on("warning", (warning) => logger.warn({ err: warning }, "Node.js warning"));
  // The embedded server takes a few hundred ms to be ready: the rest of the bot loads meanwhile.
  const embedded = config.DATABASE_URL ? undefined : startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_DB_PORT, logger });
  // The app awaits it; until then a failed start is nobody's stray rejection.
  embedded?.catch(() => undefined);
  let runBot: typeof import("./run-bot.js").runBot;
  try {
    ({ runBot } = await import("./run-bot.js"));
  } catch (error) {
    await embedded?.then((server) => server.stop(), () => undefined);
    throw error;
  }
  await runBot(config, logger, values, embedded);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `K-Peduli bot failed to start: ${(error as Error)?.stack ?? error}`;
  process.stderr.write(message + "\n");
  process.exit(1);
});
