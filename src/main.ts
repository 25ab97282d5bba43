import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startApp } from "./app.js";
import { runConsoleChat } from "./channels/console/console-chat.js";
import { ConfigError, loadConfig } from "./config.js";
import { createLogger } from "./logger.js";

/**
 * `npm start` and `npm run chat`. With no chat platform configured the bot opens the console
 * chat; `--as NAME` and `--lang id|ko|en` choose who is typing and in which language.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: "string" }, lang: { type: "string" } } });
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadConfig();
  // The console chat owns the terminal, so logs go to a file unless LOG_FILE says otherwise.
  const logger = createLogger({ level: config.LOG_LEVEL, file: config.LOG_FILE ?? join(config.DATA_DIR, "bot.log") });
  const app = await startApp(config, logger);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const interactive = Boolean(process.stdin.isTTY);
  if (interactive) {
    process.stdout.write("K-Peduli bot: console chat. Type /help, or Ctrl+D to quit.\n\n");
  }
  await runConsoleChat({
    core: app.core,
    input: process.stdin,
    output: process.stdout,
    userId: values.as ?? config.CONSOLE_USER,
    localeHint: values.lang,
    interactive,
  });
  await shutdown("end of input");
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : `K-Peduli bot failed to start: ${(error as Error)?.stack ?? error}`;
  process.stderr.write(message + "\n");
  process.exit(1);
});
