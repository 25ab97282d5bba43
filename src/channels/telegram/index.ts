import { setTimeout as delay } from "node:timers/promises";
import { ConfigError, type Config } from "../../config.js";
import type { BotCore } from "../../core/bot-core.js";
import type { Translator } from "../../core/i18n/translator.js";
import type { Logger } from "../../logger.js";
import type { Recipients } from "../channel.js";
import type { TelegramChannel } from "./telegram-channel.js";
import type { TelegramStaff } from "./telegram-staff.js";

/** What the Telegram channel is handed from the database, without reaching for it. */
export interface TelegramStores {
  staff: TelegramStaff;
  recipients: Pick<Recipients, "markUnreachable">;
}

/**
 * The Telegram channel when TELEGRAM_BOT_TOKEN is set: long polling, or a webhook with
 * TELEGRAM_WEBHOOK_URL. grammY and the channel's code are imported only then, so a bot without
 * Telegram never loads them.
 */
export async function createConfiguredTelegramChannel(deps: {
  config: Config;
  core: BotCore;
  logger: Logger;
  translator: Translator;
  telegram: TelegramStores;
}): Promise<TelegramChannel | undefined> {
  const { config } = deps;
  if (!config.TELEGRAM_BOT_TOKEN) return undefined;
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError("Bad configuration:\n  TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL, so only Telegram can post updates");
  }
  if (config.TELEGRAM_WEBHOOK_URL && !config.WEB_ENABLED && config.TELEGRAM_WEBHOOK_PORT === undefined) {
    throw new ConfigError("Bad configuration:\n  TELEGRAM_WEBHOOK_PORT: required with WEB_ENABLED=false, so the Telegram webhook has a server");
  }
  const apiRoot = config.TELEGRAM_API_ROOT.replace(/\/$/, "");
  const [{ Bot }, { createTelegramChannel }] = await Promise.all([import("grammy"), import("./telegram-channel.js")]);
  return createTelegramChannel({
    bot: new Bot(config.TELEGRAM_BOT_TOKEN, { client: { apiRoot } }),
    core: deps.core,
    logger: deps.logger,
    translator: deps.translator,
    defaultLocale: config.DEFAULT_LOCALE,
    ...deps.telegram,
    clock: () => new Date(),
    apiRoot,
    mode: config.TELEGRAM_WEBHOOK_URL
      ? { kind: "webhook", url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET! }
      : { kind: "polling" },
    webhookListen: { host: config.TELEGRAM_WEBHOOK_HOST, port: config.TELEGRAM_WEBHOOK_PORT },
    wait: (ms, signal) => delay(ms, undefined, { signal }).catch(() => undefined),
  });
}
