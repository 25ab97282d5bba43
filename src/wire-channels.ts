import type { App } from "./app.js";
import type { ChannelAdapter } from "./channels/channel.js";
import { createConfiguredChannels } from "./channels/index.js";
import type { TelegramStores } from "./channels/telegram/index.js";
import type { Config } from "./config.js";
import { hasStaffRights, staffUserIdsOn } from "./core/use-cases/staff-rights.js";
import type { Db } from "./db/database.js";
import { createRecipients } from "./db/recipients.js";
import { createLiveProgress } from "./live-progress/live-progress.js";
import type { Logger } from "./logger.js";
import { createWhatsAppStores } from "./wire-whatsapp-stores.js";

/**
 * The configured channels, handed what they need from the core and the database as typed
 * functions, so no channel imports src/db. A channel with a progress display gets live progress
 * (`/pin`) on the app's board; main starts and stops it with the channels.
 */
export async function wireChannels(config: Config, app: App, logger: Logger): Promise<ChannelAdapter[]> {
  const { db } = app.database;
  const clock = () => new Date();
  const channels = await createConfiguredChannels({
    config,
    core: app.core,
    logger,
    translator: app.translator,
    telegram: createTelegramStores(db, config.STAFF),
    whatsapp: createWhatsAppStores(db, clock, { inboxLeaseMs: config.WEBHOOK_INBOX_LEASE_SECONDS * 1000 }),
  });
  for (const channel of channels) {
    if (!channel.progressDisplay) continue;
    const liveProgress = createLiveProgress({
      db,
      display: channel.progressDisplay,
      translator: app.translator,
      logger: logger.child({ channel: channel.channel }),
      now: () => Date.now(),
      throttleMs: config.TELEGRAM_PROGRESS_EDIT_SECONDS * 1000,
    });
    app.liveProgress.attach(channel.channel, liveProgress);
  }
  return channels;
}

/** Staff rights by the core's rule and the unreachable mark, for the Telegram channel. */
export function createTelegramStores(db: Db, configuredStaff: readonly string[]): TelegramStores {
  return {
    staff: {
      isStaff: (userId) => hasStaffRights(db, configuredStaff, `telegram:${userId}`),
      userIds: () => staffUserIdsOn(db, configuredStaff, "telegram"),
    },
    recipients: createRecipients(db, "telegram"),
  };
}
