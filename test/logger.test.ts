import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot, GrammyError, HttpError } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { configSecrets, loadConfig } from "../src/config.js";
import { createLogger, type Logger } from "../src/logger.js";
import { BOT_INFO, createFakeBotApi } from "./channels/telegram/support/fake-bot-api.js";
import { waitUntil } from "./support/wait-until.js";

/** Every secret the configuration holds, in the forms the platforms give them. */
const ENV = {
  TELEGRAM_BOT_TOKEN: "7041234567:AAH3xFake-Token_For-Tests0123456789ab",
  TELEGRAM_WEBHOOK_SECRET: "hook_secret-0123456789",
  WHATSAPP_CLOUD_TOKEN: "EAAGfakeCloudAccessToken0123456789",
  WHATSAPP_CLOUD_APP_SECRET: "0123456789abcdef0123456789abcdef",
  WHATSAPP_CLOUD_VERIFY_TOKEN: "verify-me-please-42",
  DATABASE_URL: "postgres://kpeduli:db-Pa55word%21xyz@127.0.0.1:5432/kpeduli",
};
const config = loadConfig(ENV);
const DATABASE_PASSWORD = "db-Pa55word!xyz";
/** Secrets no configuration names: a dashboard session, and the embedded server's generated password. */
const SESSION = "kp_session=Zm9vYmFyYmF6c2Vzc2lvbnRva2VuMDEyMzQ1Njc4OQ";
const EMBEDDED_PASSWORD = "e3b0c44298fc1c149afbf4c8996fb924";
const CONFIGURED = [ENV.TELEGRAM_BOT_TOKEN, ENV.TELEGRAM_WEBHOOK_SECRET, ENV.WHATSAPP_CLOUD_TOKEN, ENV.WHATSAPP_CLOUD_APP_SECRET, ENV.WHATSAPP_CLOUD_VERIFY_TOKEN, DATABASE_PASSWORD];

function textUpdate(text: string): Update {
  return {
    update_id: 1,
    message: { message_id: 1, date: 1_800_000_000, chat: { id: 5, type: "private", first_name: "W" }, from: { id: 5, is_bot: false, first_name: "W" }, text },
  } as Update;
}

/** The errors grammY makes, from a bot that holds the token: a failing handler, a refused call, a network failure. */
async function grammyErrors(): Promise<{ botError: unknown; grammyError: GrammyError; httpError: HttpError }> {
  const api = createFakeBotApi();
  const bot = new Bot(ENV.TELEGRAM_BOT_TOKEN, { botInfo: BOT_INFO, client: { fetch: api.fetch } });
  bot.on("message", () => {
    throw new Error("handler failed");
  });
  const botError = await bot.handleUpdate(textUpdate("/help")).catch((error: unknown) => error);
  api.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });
  const grammyError = (await bot.api.sendMessage(5, "hi").catch((error: unknown) => error)) as GrammyError;
  const offline = new Bot(ENV.TELEGRAM_BOT_TOKEN, {
    botInfo: BOT_INFO,
    client: {
      fetch: (async (url: string) => {
        throw new TypeError("fetch failed", { cause: new Error(`connect ECONNREFUSED for ${url}`) });
      }) as unknown as typeof fetch,
    },
  });
  const httpError = (await offline.api.sendMessage(5, "hi").catch((error: unknown) => error)) as HttpError;
  return { botError, grammyError, httpError };
}

/** Feeds every secret through every way a line can carry one, as the bot's code logs them. */
async function logEverything(logger: Logger): Promise<void> {
  const { botError, grammyError, httpError } = await grammyErrors();
  expect(botError).toMatchObject({ name: "BotError" });
  expect(grammyError).toBeInstanceOf(GrammyError);
  expect(httpError).toBeInstanceOf(HttpError);
  // The webhook's and bot.catch's own lines.
  logger.error({ err: botError, updateId: 1 }, "telegram webhook update failed");
  logger.error({ err: (botError as { error: unknown }).error, updateId: 1 }, "telegram update failed");
  logger.warn({ err: grammyError }, "telegram send failed");
  logger.warn({ err: httpError }, "telegram unavailable");
  // An error under another key, an error as the first argument, a cause chain, an AggregateError.
  logger.error({ reason: botError }, "stray rejection");
  logger.error(botError as Error, "uncaught");
  const deep = Object.assign(new Error("request failed"), {
    config: { headers: { Authorization: `Bearer ${ENV.WHATSAPP_CLOUD_TOKEN}` }, appSecret: ENV.WHATSAPP_CLOUD_APP_SECRET },
    token: ENV.TELEGRAM_BOT_TOKEN,
    secret: ENV.TELEGRAM_WEBHOOK_SECRET,
  });
  logger.error({ err: new Error("outer", { cause: deep }) }, "with a cause");
  logger.error({ err: new AggregateError([deep, new Error(`connect to postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:5432/kpeduli`)], "all failed") }, "aggregate");
  // Text that quotes a secret: a URL with the token, a bearer header, a connection string.
  logger.error({ err: new Error(`GET https://api.telegram.org/bot${ENV.TELEGRAM_BOT_TOKEN}/getMe answered 502`) }, "bot api");
  logger.error({ err: new Error(`Graph API refused Authorization: Bearer ${ENV.WHATSAPP_CLOUD_TOKEN}`) }, "graph api");
  logger.error({ err: new Error(`password authentication failed for postgres://kpeduli:${DATABASE_PASSWORD}@127.0.0.1/kpeduli`) }, "database");
  // Fields named as secrets, at several depths, a request's headers among them, and a child's bindings.
  logger.info({ token: ENV.TELEGRAM_BOT_TOKEN, appSecret: ENV.WHATSAPP_CLOUD_APP_SECRET, verifyToken: ENV.WHATSAPP_CLOUD_VERIFY_TOKEN }, "settings");
  logger.info({ databaseUrl: ENV.DATABASE_URL, options: { password: DATABASE_PASSWORD } }, "database settings");
  logger.warn(
    {
      req: {
        headers: {
          cookie: SESSION,
          authorization: `Bearer ${ENV.WHATSAPP_CLOUD_TOKEN}`,
          "x-telegram-bot-api-secret-token": ENV.TELEGRAM_WEBHOOK_SECRET,
          "x-hub-signature-256": `sha256=${ENV.WHATSAPP_CLOUD_APP_SECRET}`,
        },
      },
    },
    "request refused",
  );
  logger.child({ session: { cookie: SESSION }, api: { token: ENV.TELEGRAM_BOT_TOKEN } }).info("child");
}

/** Logs through the bot's own logger into a file, as `npm start` does, and reads the file back. */
async function logFile(secrets: readonly string[] | undefined): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "kp-log-")), "bot.log");
  const logger = createLogger({ level: "debug", file, secrets });
  await logEverything(logger);
  logger.info("the end");
  // The file is written asynchronously, as in production: wait for the last line.
  await waitUntil("the log is written", () => readFileSync(file, "utf8").includes('"msg":"the end"'));
  return readFileSync(file, "utf8");
}

describe("the log holds no secret, whatever path it takes", () => {
  it("names each configured secret for the logger to censor", () => {
    expect(configSecrets(config).sort()).toEqual([...CONFIGURED].sort());
  });

  it("keeps every secret out of data/bot.log on every error path, and still says what failed", async () => {
    const log = await logFile(configSecrets(config));
    for (const secret of [...CONFIGURED, SESSION, EMBEDDED_PASSWORD, encodeURIComponent(DATABASE_PASSWORD)]) {
      expect(log, secret).not.toContain(secret);
    }
    const lines = log.trim().split("\n").map((line) => JSON.parse(line) as Record<string, any>); // any: log lines are loose JSON
    const webhook = lines.find((line) => line.msg === "telegram webhook update failed")!;
    expect(webhook.err).toMatchObject({ type: "BotError", error: { type: "Error", message: "handler failed" } });
    expect(webhook.err.ctx).toBeUndefined();
    expect(lines.find((line) => line.msg === "telegram send failed")!.err).toMatchObject({ type: "GrammyError", method: "sendMessage", error_code: 400 });
    expect(lines.find((line) => line.msg === "stray rejection")!.reason).toMatchObject({ type: "BotError" });
    expect(lines.find((line) => line.msg === "with a cause")!.err.cause).toMatchObject({ type: "Error", message: "request failed" });
  });

  it("keeps them out by field names and error shapes alone, without being told the values", async () => {
    const log = await logFile(undefined);
    for (const secret of [...CONFIGURED, SESSION, EMBEDDED_PASSWORD]) {
      expect(log, secret).not.toContain(secret);
    }
  });
});
