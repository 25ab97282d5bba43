import { beforeAll } from "vitest";
import type { Hono } from "hono";
import { Translator } from "../../src/core/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { cronPort } from "../../src/scheduler/cron.js";
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
/** What the web side is built from, over a test bot's database and clock, as `npm start` wires it. */
export function webDepsOver(bot: TestBot, staff: readonly string[], publicUrl?: string): WebDeps {
  return {
    db: bot.database.db,
    translator: new Translator("id"),
    logger: createLogger({ level: "silent" }),
    clock: () => bot.clock.now,
    outbox: outboxPort,
    cron: cronPort,
    config: { staff, defaultLocale: "id", publicUrl },
  };
}

export function useTestWeb(options: { staff?: string[]; publicUrl?: string } = {}): TestWeb {
  const staff = options.staff ?? ["console:staff"];
  const bot = useTestBot({ staff, webPublicUrl: options.publicUrl, dashboardUrl: options.publicUrl ?? "http://localhost" });
  const web = { bot } as TestWeb;
  beforeAll(() => {
    web.deps = webDepsOver(bot, staff, options.publicUrl);
    web.app = createWebApp(web.deps);
  });
  return web;
}

/** A signed-in browser, as far as HTTP goes: the session cookie and the page's CSRF token. */
export interface SignedIn {
  cookie: string;
  csrf: string;
}

/** Asks for a link in chat as `as` (a console user) and returns it. */
export async function askSignInLink(web: TestWeb, as: string): Promise<string> {
  const replyText = await web.bot.chat(as).send("/dashboard");
  const link = /https?:\/\/\S+\/sign-in\/[\w-]+/.exec(replyText)?.[0];
  if (!link) throw new Error(`no sign-in link in: ${replyText}`);
  return link;
}

/** Signs `as` in through a chat link, the way a browser would, and reads the CSRF token off the overview. */
export async function signIn(web: TestWeb, as: string, origin = "http://localhost"): Promise<SignedIn> {
  const link = new URL(await askSignInLink(web, as));
  const response = await web.app.request(link.pathname, { method: "POST", headers: { origin } });
  const cookie = /kp_session=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
  if (response.status !== 303 || !cookie) throw new Error(`sign-in refused: ${response.status}`);
  const overview = await (await web.app.request("/dashboard", { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(overview)?.[1];
  if (!csrf) throw new Error("no CSRF token on the overview");
  return { cookie, csrf };
}

/** A dashboard form POST as the browser sends it: form-encoded, with the Origin header. */
export function postForm(web: TestWeb, path: string, options: { cookie?: string; origin?: string | null; fields?: Record<string, string> }) {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (options.cookie) headers["cookie"] = options.cookie;
  if (options.origin !== null) headers["origin"] = options.origin ?? "http://localhost";
  return web.app.request(path, { method: "POST", headers, body: new URLSearchParams(options.fields ?? {}).toString() });
}
