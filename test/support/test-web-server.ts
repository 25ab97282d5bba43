import { afterAll, beforeAll } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { cronPort } from "../../src/scheduler/cron.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { startWebServer, type WebhookEndpoint, type WebServer } from "../../src/web/start-web-server.js";
import type { TestBot } from "./test-bot.js";

/**
 * The web server as `npm start` runs it, on a free loopback port over a test bot's database,
 * serving the webhooks `webhooks()` returns once the test's channels exist.
 */
export function useTestWebServer(bot: TestBot, webhooks: () => WebhookEndpoint[]): { url(path: string): string } {
  let server: WebServer | undefined;
  beforeAll(async () => {
    const deps = {
      db: bot.database.db,
      translator: new Translator("id"),
      logger: createLogger({ level: "silent" }),
      clock: () => bot.clock.now,
      outbox: outboxPort,
      cron: cronPort,
      config: { staff: [], defaultLocale: "id" as const },
    };
    server = await startWebServer(deps, { host: "127.0.0.1", port: 0 }, webhooks());
  });
  afterAll(() => server?.stop());
  return { url: (path) => `${server!.url}${path}` };
}
