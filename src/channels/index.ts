import type { Config } from "../config.js";
import type { BotCore } from "../core/bot-core.js";
import type { Db } from "../db/database.js";
import type { Logger } from "../logger.js";
import type { ChannelAdapter } from "./channel.js";
import { createConfiguredTelegramChannel } from "./telegram/index.js";
import { createWhatsAppChannel } from "./whatsapp/index.js";

export interface ChannelDeps {
  config: Config;
  core: BotCore;
  logger: Logger;
  /** For what a channel must know about a recipient before a proactive send (opt-out, unreachable). */
  db: Db;
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
