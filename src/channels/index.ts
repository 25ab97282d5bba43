import type { Config } from "../config.js";
import type { BotCore } from "../core/bot-core.js";
import type { Logger } from "../logger.js";
import type { ChannelAdapter } from "./channel.js";

export interface ChannelDeps {
  config: Config;
  core: BotCore;
  logger: Logger;
}

/**
 * The chat platforms the configuration turns on. Each channel is one folder under src/channels
 * and one line here. With none configured, main opens the console chat instead.
 */
export function createConfiguredChannels(deps: ChannelDeps): ChannelAdapter[] {
  const channels: ChannelAdapter[] = [];
  void deps;
  return channels;
}
