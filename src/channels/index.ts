import type { Config } from "../config.js";
import type { BotCore } from "../core/bot-core.js";
import type { Db } from "../db/database.js";
import type { Logger } from "../logger.js";
import type { ChannelAdapter } from "./channel.js";
import { createConfiguredTelegramChannel } from "./telegram/index.js";
import { createWhatsAppChannel } from "./whatsapp/index.js";
import type { WhatsAppStores } from "./whatsapp/whatsapp-stores.js";

export interface ChannelDeps {
  config: Config;
  core: BotCore;
  logger: Logger;
  /** Telegram's own queries, until they move behind ports like WhatsApp's stores. */
  db: Db;
  /** What the WhatsApp channel remembers, in the database, without reaching for it. */
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
