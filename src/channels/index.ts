import type { Config } from "../config.js";
import type { BotCore } from "../core/bot-core.js";
import type { Translator } from "../core/i18n/translator.js";
import type { Logger } from "../logger.js";
import type { ChannelAdapter } from "./channel.js";
import { createConfiguredTelegramChannel, type TelegramStores } from "./telegram/index.js";
import { createWhatsAppChannel } from "./whatsapp/index.js";
import type { WhatsAppStores } from "./whatsapp/whatsapp-stores.js";

export interface ChannelDeps {
  config: Config;
  core: BotCore;
  logger: Logger;
  /** The one translator, built at start. */
  translator: Translator;
  /** What each channel needs from the database, as typed functions (src/wire-channels.ts builds them). */
  telegram: TelegramStores;
  whatsapp: WhatsAppStores;
}

/**
 * The chat platforms the configuration turns on. Each channel is one folder under src/channels
 * and one line here. With none configured, main opens the console chat instead.
 */
export async function createConfiguredChannels(deps: ChannelDeps): Promise<ChannelAdapter[]> {
  const channels: ChannelAdapter[] = [];
  const telegram = await createConfiguredTelegramChannel(deps);
  if (telegram) channels.push(telegram);
  const whatsapp = await createWhatsAppChannel(deps);
  if (whatsapp) channels.push(whatsapp);
  return channels;
}
