import { afterAll, beforeAll } from "vitest";
import type { WebhookRoute } from "../../src/channels/http-server.js";
import { startWebServer, type WebServer } from "../../src/web/start-web-server.js";
import type { TestBot } from "./test-bot.js";
import { webDepsOver } from "./test-web.js";

/**
 * The web server as `npm start` runs it, on a free loopback port over a test bot's database,
 * serving the webhooks `webhooks()` returns once the test's channels exist.
 */
export function useTestWebServer(bot: TestBot, webhooks: () => WebhookRoute[]): { url(path: string): string } {
  let server: WebServer | undefined;
  beforeAll(async () => {
    server = await startWebServer(webDepsOver(bot, []), { host: "127.0.0.1", port: 0 }, webhooks());
  });
  afterAll(() => server?.stop());
  return { url: (path) => `${server!.url}${path}` };
}
