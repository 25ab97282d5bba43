import { createWhatsAppCloudChannel, type WhatsAppCloudChannel } from "../../../../src/channels/whatsapp/cloud-api-channel.js";
import { createRecipients } from "../../../../src/db/recipients.js";
import { createSendPacer } from "../../../../src/channels/whatsapp/send-pacer.js";
import { createWhatsAppConversation } from "../../../../src/channels/whatsapp/whatsapp-conversation.js";
import { Translator } from "../../../../src/core/i18n/translator.js";
import { createWhatsAppDailySends } from "../../../../src/db/whatsapp-daily-sends.js";
import { createWhatsAppServiceWindows } from "../../../../src/db/whatsapp-service-windows.js";
import { createLogger } from "../../../../src/logger.js";
import { createLateDeliveryFailures } from "../../../../src/outbox/late-delivery-failures.js";
import { afterAll, beforeAll } from "vitest";
import type { WebhookInbox } from "../../../../src/channels/webhook-inbox.js";
import { createWebhookInbox } from "../../../../src/db/webhook-inbox.js";
import type { TestBot } from "../../../support/test-bot.js";
import { useTestWebServer } from "../../../support/test-web-server.js";
import { PHONE_NUMBER_ID } from "./cloud-payloads.js";
import { startFakeGraphApi, type FakeGraphApi } from "./fake-graph-api.js";

export const APP_SECRET = "test-app-secret";
const WEBHOOK_PATH = "/whatsapp/webhook";

/** Where a test posts: the webhook's own port, or the web server that `npm start` runs. */
export type WebhookHost = "own port" | "web server";

/**
 * The Cloud API channel as index.ts builds it, over a real core and database, with the Graph API
 * faked on loopback. Building a second one on the same database is a restart.
 */
export function createCloudChannel(bot: TestBot, graph: FakeGraphApi, options: { ownPort?: boolean; inbox?: WebhookInbox } = {}): WhatsAppCloudChannel {
  const recipients = createRecipients(bot.database.db, "whatsapp");
  const clock = () => bot.clock.now;
  return createWhatsAppCloudChannel({
    settings: {
      token: "test-token",
      appSecret: APP_SECRET,
      verifyToken: "verify-me",
      phoneNumberId: PHONE_NUMBER_ID,
      apiVersion: "v24.0",
      graphUrl: graph.url,
      host: "127.0.0.1",
      port: options.ownPort === false ? undefined : 0,
      path: WEBHOOK_PATH,
      inboxSweepMs: 100,
      handleConcurrency: 5,
      templates: {
        text: { id: "kpeduli_kabar_id", en: "kpeduli_update_en" },
        image: { id: "kpeduli_foto_id" },
        document: { id: "kpeduli_dokumen_id" },
      },
    },
    conversation: createWhatsAppConversation({ core: bot.core, recipients, translator: new Translator("id"), defaultLocale: "id", clock }),
    recipients,
    windows: createWhatsAppServiceWindows(bot.database.db),
    lateFailures: createLateDeliveryFailures(bot.database.db, clock),
    inbox: options.inbox ?? createWebhookInbox(bot.database.db, "whatsapp-cloud", { leaseMs: 60_000 }),
    pacer: createSendPacer({
      minGapMs: 0,
      jitterMs: 0,
      dailyCap: 1000,
      counter: createWhatsAppDailySends(bot.database.db, "cloud"),
      clock: () => bot.clock.now.getTime(),
      sleep: async () => {},
    }),
    logger: createLogger({ level: "silent" }),
    clock,
    defaultLocale: "id",
  });
}

export interface UsedCloudChannel {
  graph: FakeGraphApi;
  channel: WhatsAppCloudChannel;
  /** Where the webhook is posted to. */
  url(): string;
  /** Resolves once every call answered so far is handled. */
  handled(): Promise<void>;
}

/**
 * A started Cloud API channel and its fake Graph API for a describe block, stopped after it,
 * with its webhook on its own port or on the web server. Read `graph`, `channel` and `url()`
 * inside tests: they exist once beforeAll has run.
 */
export function useCloudChannel(bot: TestBot, on: WebhookHost = "own port"): UsedCloudChannel {
  const cloud = {
    async handled() {
      // Stopping waits for every call in hand; Meta had its 200 before handling began.
      await cloud.channel.stop();
      await cloud.channel.start();
    },
  } as UsedCloudChannel;
  beforeAll(async () => {
    cloud.graph = await startFakeGraphApi();
    cloud.channel = createCloudChannel(bot, cloud.graph, { ownPort: on === "own port" });
    await cloud.channel.start();
  });
  if (on === "own port") cloud.url = () => cloud.channel.webhookUrl()!;
  else {
    const web = useTestWebServer(bot, () => [cloud.channel.webhook]);
    cloud.url = () => web.url(WEBHOOK_PATH);
  }
  afterAll(async () => {
    await cloud.channel.stop();
    await cloud.graph.close();
  });
  return cloud;
}
