import type { Writable } from "node:stream";
import type { ChannelSender } from "../channels/channel.js";
import { createConsoleSender } from "../channels/console/console-sender.js";
import type { Config } from "../config.js";
import type { Translator } from "../core/i18n/translator.js";
import type { Db } from "../db/database.js";
import type { Logger } from "../logger.js";
import type { ChannelPacing } from "./claim-deliveries.js";
import { createSenderLoop, type SenderLoop } from "./sender-loop.js";

/**
 * Slots 3% wider than the rate: a send woken a few milliseconds late must not bring 31 sends
 * into one second against a limit of 30.
 */
const RATE_MARGIN = 1.03;

export function gapForRate(perSecond: number): number {
  return (1000 / perSecond) * RATE_MARGIN;
}

/**
 * The configured pace per channel. WhatsApp's jitter and daily cap stay in the WhatsApp channel
 * (its pacer); the outbox keeps its minimum gap here as well, so it holds across instances.
 */
export function channelPacing(config: Config): Partial<Record<ChannelSender["channel"], ChannelPacing>> {
  return {
    telegram: { gapMs: gapForRate(config.TELEGRAM_SEND_PER_SECOND), perChatGapMs: config.TELEGRAM_SEND_PER_CHAT_MS },
    whatsapp: { gapMs: config.WHATSAPP_SEND_MIN_GAP_MS, perChatGapMs: config.WHATSAPP_SEND_MIN_GAP_MS },
  };
}

/**
 * Starts the outbox sender for the running channels, unless OUTBOX_ENABLED=false. With a console
 * chat open, it also shows that one person what is addressed to them ("📣" lines on `output`);
 * what is addressed to other console identities waits for their own chat. main stops it on
 * shutdown.
 */
export function startOutbox(deps: {
  config: Config;
  db: Db;
  logger: Logger;
  translator: Translator;
  channels: readonly ChannelSender[];
  console?: { output: Writable; userId: string; filesDir: string };
}): SenderLoop | undefined {
  const { config } = deps;
  if (!config.OUTBOX_ENABLED) return undefined;
  const loop = createSenderLoop(
    {
      db: deps.db,
      senders: deps.console ? [...deps.channels, createConsoleSender(deps.console.output, deps.console.filesDir)] : deps.channels,
      translator: deps.translator,
      defaultLocale: config.DEFAULT_LOCALE,
      logger: deps.logger,
      clock: () => new Date(),
    },
    {
      pacing: channelPacing(config),
      leaseMs: config.OUTBOX_LEASE_SECONDS * 1000,
      maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      quietHours: config.QUIET_HOURS,
      concurrency: config.OUTBOX_CONCURRENCY,
      onlyChatIds: { console: deps.console ? [deps.console.userId] : [] },
    },
  );
  loop.start();
  return loop;
}
