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
import type { TestBot } from "../../../support/test-bot.js";
import { PHONE_NUMBER_ID } from "./cloud-payloads.js";
import { startFakeGraphApi, type FakeGraphApi } from "./fake-graph-api.js";

export const APP_SECRET = "test-app-secret";

/**
 * The Cloud API channel as index.ts builds it, over a real core and database, with the Graph API
 * faked on loopback. Building a second one on the same database is a restart.
 */
export function createCloudChannel(bot: TestBot, graph: FakeGraphApi): WhatsAppCloudChannel {
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
      port: 0,
      path: "/whatsapp/webhook",
      templates: { id: "kpeduli_kabar_id", en: "kpeduli_update_en" },
    },
    conversation: createWhatsAppConversation({ core: bot.core, recipients, translator: new Translator("id"), defaultLocale: "id", clock }),
    recipients,
    windows: createWhatsAppServiceWindows(bot.database.db),
    lateFailures: createLateDeliveryFailures(bot.database.db, clock),
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

/**
 * A started Cloud API channel and its fake Graph API for a describe block, stopped after it.
 * Read `graph` and `channel` inside tests: they exist once beforeAll has run.
 */
export function useCloudChannel(bot: TestBot): { graph: FakeGraphApi; channel: WhatsAppCloudChannel } {
  const cloud = {} as { graph: FakeGraphApi; channel: WhatsAppCloudChannel };
  beforeAll(async () => {
    cloud.graph = await startFakeGraphApi();
    cloud.channel = createCloudChannel(bot, cloud.graph);
    await cloud.channel.start();
  });
  afterAll(async () => {
    await cloud.channel.stop();
    await cloud.graph.close();
  });
  return cloud;
}
