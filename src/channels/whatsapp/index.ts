import { setTimeout as delay } from "node:timers/promises";
import { ConfigError, type Config } from "../../config.js";
import type { BotCore } from "../../core/bot-core.js";
import type { Translator } from "../../core/i18n/translator.js";
import type { Logger } from "../../logger.js";
import type { ChannelAdapter } from "../channel.js";
import { createSendPacer } from "./send-pacer.js";
import { createWhatsAppConversation } from "./whatsapp-conversation.js";
import type { WhatsAppStores } from "./whatsapp-stores.js";

const CLOUD_KEYS = ["WHATSAPP_CLOUD_TOKEN", "WHATSAPP_CLOUD_APP_SECRET", "WHATSAPP_CLOUD_VERIFY_TOKEN", "WHATSAPP_CLOUD_PHONE_NUMBER_ID"] as const;

/**
 * The WhatsApp channel the configuration asks for: whatsapp-web.js (`WHATSAPP_ENABLED=true`) or
 * the Cloud API (`WHATSAPP_CLOUD_*`). Both are the one "whatsapp" channel, so only one may be on.
 * Each one's library (whatsapp-api-js; whatsapp-web.js with puppeteer) is imported only when it
 * is the one turned on: they are most of the bot's memory when loaded.
 */
export async function createWhatsAppChannel(deps: {
  config: Config;
  core: BotCore;
  logger: Logger;
  translator: Translator;
  whatsapp: WhatsAppStores;
}): Promise<ChannelAdapter | undefined> {
  const { config } = deps;
  const cloudKeysSet = CLOUD_KEYS.filter((key) => config[key] !== undefined);
  if (cloudKeysSet.length > 0 && cloudKeysSet.length < CLOUD_KEYS.length) {
    const missing = CLOUD_KEYS.filter((key) => config[key] === undefined);
    throw new ConfigError(`Bad configuration:\n${missing.map((key) => `  ${key}: required for the WhatsApp Cloud API`).join("\n")}`);
  }
  const cloud = cloudKeysSet.length === CLOUD_KEYS.length;
  if (cloud && config.WHATSAPP_ENABLED) {
    throw new ConfigError("Bad configuration:\n  WHATSAPP_ENABLED: turn whatsapp-web.js off or unset WHATSAPP_CLOUD_*; both are the one WhatsApp channel");
  }
  if (!cloud && !config.WHATSAPP_ENABLED) return undefined;
  if (cloud && !config.WEB_ENABLED && config.WHATSAPP_CLOUD_PORT === undefined) {
    throw new ConfigError("Bad configuration:\n  WHATSAPP_CLOUD_PORT: required with WEB_ENABLED=false, so the Cloud API webhook has a server");
  }

  const logger = deps.logger.child({ channel: "whatsapp" });
  const { recipients } = deps.whatsapp;
  const clock = () => new Date();
  const sleep = (ms: number) => delay(ms);
  const conversation = createWhatsAppConversation({
    core: deps.core,
    recipients,
    translator: deps.translator,
    defaultLocale: config.DEFAULT_LOCALE,
    clock,
  });

  if (cloud) {
    const { createWhatsAppCloudChannel } = await import("./cloud-api-channel.js");
    return createWhatsAppCloudChannel({
      settings: {
        token: config.WHATSAPP_CLOUD_TOKEN!,
        appSecret: config.WHATSAPP_CLOUD_APP_SECRET!,
        verifyToken: config.WHATSAPP_CLOUD_VERIFY_TOKEN!,
        phoneNumberId: config.WHATSAPP_CLOUD_PHONE_NUMBER_ID!,
        apiVersion: config.WHATSAPP_CLOUD_API_VERSION,
        graphUrl: config.WHATSAPP_CLOUD_GRAPH_URL,
        host: config.WHATSAPP_CLOUD_HOST,
        port: config.WHATSAPP_CLOUD_PORT,
        path: config.WHATSAPP_CLOUD_PATH,
        inboxSweepMs: (config.WEBHOOK_INBOX_LEASE_SECONDS * 1000) / 2,
        // A call's handling holds a connection for its transaction and may take another meanwhile.
        handleConcurrency: Math.max(1, Math.floor(config.DATABASE_POOL_SIZE / 2)),
        templates: {
          text: { id: config.WHATSAPP_CLOUD_TEMPLATE_ID, ko: config.WHATSAPP_CLOUD_TEMPLATE_KO, en: config.WHATSAPP_CLOUD_TEMPLATE_EN },
          image: { id: config.WHATSAPP_CLOUD_IMAGE_TEMPLATE_ID, ko: config.WHATSAPP_CLOUD_IMAGE_TEMPLATE_KO, en: config.WHATSAPP_CLOUD_IMAGE_TEMPLATE_EN },
          document: { id: config.WHATSAPP_CLOUD_DOCUMENT_TEMPLATE_ID, ko: config.WHATSAPP_CLOUD_DOCUMENT_TEMPLATE_KO, en: config.WHATSAPP_CLOUD_DOCUMENT_TEMPLATE_EN },
        },
      },
      conversation,
      recipients,
      windows: deps.whatsapp.serviceWindows,
      lateFailures: deps.whatsapp.lateFailures,
      inbox: deps.whatsapp.cloudInbox,
      // The Cloud API has no ban risk from pacing; its tier caps unique recipients per day.
      pacer: createSendPacer({
        minGapMs: 0,
        jitterMs: 0,
        dailyCap: config.WHATSAPP_CLOUD_DAILY_CAP,
        counter: deps.whatsapp.dailySends("cloud"),
        clock: Date.now,
        sleep,
      }),
      logger,
      clock,
      defaultLocale: config.DEFAULT_LOCALE,
    });
  }

  const [{ createWhatsAppWebChannel }, { createWhatsAppWebClient }, { createLoginPrompt }] = await Promise.all([
    import("./whatsapp-web-channel.js"),
    import("./whatsapp-web-client.js"),
    import("./login-prompt.js"),
  ]);
  return createWhatsAppWebChannel({
    createClient: () =>
      createWhatsAppWebClient({ chromiumPath: config.WHATSAPP_CHROMIUM_PATH, dataDir: config.DATA_DIR }),
    pairingPhone: config.WHATSAPP_PAIRING_PHONE,
    conversation,
    recipients,
    identities: deps.whatsapp.identities,
    pacer: createSendPacer({
      minGapMs: config.WHATSAPP_SEND_MIN_GAP_MS,
      jitterMs: config.WHATSAPP_SEND_JITTER_MS,
      dailyCap: config.WHATSAPP_DAILY_CAP,
      counter: deps.whatsapp.dailySends("web"),
      clock: Date.now,
      sleep,
    }),
    login: createLoginPrompt({ dataDir: config.DATA_DIR, terminal: process.stderr, logger }),
    logger,
    terminal: process.stderr,
    clock,
    wait: (ms, signal) => delay(ms, undefined, { signal }).catch(() => undefined),
  });
}
