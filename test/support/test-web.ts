import { beforeAll } from "vitest";
import type { Hono } from "hono";
import { Translator } from "../../src/core/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { createWebApp } from "../../src/web/web-app.js";
import type { WebDeps } from "../../src/web/web-deps.js";
import { useTestBot, type TestBot } from "./test-bot.js";

export interface TestWeb {
  bot: TestBot;
  app: Hono;
  deps: WebDeps;
}

/**
 * The web app over a test bot's database and clock (demo data seeded, `console:staff` is staff),
 * so a test can act in chat and look on the web, or the other way round.
 */
export function useTestWeb(options: { staff?: string[]; publicUrl?: string } = {}): TestWeb {
  const staff = options.staff ?? ["console:staff"];
  const bot = useTestBot({ staff });
  const web = { bot } as TestWeb;
  beforeAll(() => {
    web.deps = {
      db: bot.database.db,
      translator: new Translator("id"),
      logger: createLogger({ level: "silent" }),
      clock: () => bot.clock.now,
      outbox: outboxPort,
      config: { staff, defaultLocale: "id", publicUrl: options.publicUrl },
    };
    web.app = createWebApp(web.deps);
  });
  return web;
}
