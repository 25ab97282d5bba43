import { run, type RunnerHandle } from "@grammyjs/runner";
import { GrammyError, HttpError, type Bot } from "grammy";
import type { Logger } from "../../logger.js";
import { describeHttpError } from "./send-message.js";

/** The updates the bot acts on: messages, button presses, being blocked or removed, and staff commands posted in channels. */
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member", "channel_post"] as const;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;
/** How long the runner retries a failing getUpdates itself before we log and reconnect. */
const RUNNER_MAX_RETRY_MS = 60_000;

export type TelegramMode = { kind: "polling" } | { kind: "webhook"; url: string; secret: string };

/**
 * Keeps the bot connected: getMe, then long polling (@grammyjs/runner) or setWebhook. A wrong
 * token or an unreachable Bot API is logged with its reason and retried with backoff (5 s,
 * doubling to 5 min), and `start` never waits for it, so the other channels keep running.
 */
export interface TelegramConnection {
  start(): void;
  stop(): Promise<void>;
  /** Resolves the first time the bot is connected. */
  readonly connected: Promise<void>;
}

export function createTelegramConnection(deps: {
  bot: Bot;
  mode: TelegramMode;
  apiRoot: string;
  logger: Logger;
  /** After getMe, before updates flow: command menus and the like. Failures are logged only. */
  onConnected(): Promise<void>;
  /** Waits between attempts; resolves early when the signal aborts. */
  wait(ms: number, signal: AbortSignal): Promise<void>;
  /** Concurrent updates in polling mode (the runner's sink). */
  concurrency?: number;
}): TelegramConnection {
  const { bot, mode, logger } = deps;
  const abort = new AbortController();
  // grammY's Node typings name the abort-controller package's AbortSignal; the native one works the same.
  const apiSignal = abort.signal as unknown as Parameters<Bot["api"]["getMe"]>[0];
  let runner: RunnerHandle | undefined;
  let supervising: Promise<void> | undefined;
  let markConnected!: () => void;
  const connected = new Promise<void>((resolve) => (markConnected = resolve));

  /** One connection; `onRunning` marks that updates flowed, so the backoff starts afresh after. */
  async function connectOnce(onRunning: () => void): Promise<void> {
    bot.botInfo = await bot.api.getMe(apiSignal);
    await deps.onConnected().catch((error: unknown) => logger.warn({ reason: describeTelegramError(error, deps.apiRoot) }, "telegram menus not set"));
    if (mode.kind === "webhook") {
      await bot.api.setWebhook(mode.url, { secret_token: mode.secret, allowed_updates: [...ALLOWED_UPDATES] }, apiSignal);
      logger.info({ username: bot.botInfo.username, mode: "webhook" }, "telegram connected");
      markConnected();
      return;
    }
    // A webhook left from webhook mode makes getUpdates fail with 409.
    await bot.api.deleteWebhook({}, apiSignal);
    if (abort.signal.aborted) return;
    runner = run(bot, {
      runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true, maxRetryTime: RUNNER_MAX_RETRY_MS },
      sink: { concurrency: deps.concurrency ?? 100 },
    });
    logger.info({ username: bot.botInfo.username, mode: "polling" }, "telegram connected");
    onRunning();
    markConnected();
    await runner.task();
    runner = undefined;
    if (!abort.signal.aborted) throw new Error("long polling stopped");
  }

  async function supervise(): Promise<void> {
    let retryMs = FIRST_RETRY_MS;
    while (!abort.signal.aborted) {
      let ran = false;
      try {
        await connectOnce(() => (ran = true));
        if (mode.kind === "webhook" || abort.signal.aborted) return;
      } catch (error) {
        if (abort.signal.aborted) return;
        if (ran) retryMs = FIRST_RETRY_MS;
        logger.error({ reason: describeTelegramError(error, deps.apiRoot), retryInSeconds: retryMs / 1000 }, "telegram unavailable");
      }
      await deps.wait(retryMs, abort.signal);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    }
  }

  return {
    connected,
    start() {
      supervising ??= supervise();
    },
    async stop() {
      abort.abort();
      await runner?.stop();
      await supervising;
    },
  };
}

/** Why Telegram cannot be used, in words an operator can act on; never includes the token. */
export function describeTelegramError(error: unknown, apiRoot: string): string {
  if (error instanceof GrammyError) {
    if (error.error_code === 401 || (error.error_code === 404 && error.method === "getMe")) {
      return `Telegram rejected the bot token (${error.error_code} ${error.description}): check TELEGRAM_BOT_TOKEN`;
    }
    if (error.error_code === 409) return `another program is using this bot token (${error.description})`;
    return `Bot API error in ${error.method}: ${error.error_code} ${error.description}`;
  }
  if (error instanceof HttpError) return `cannot reach the Telegram Bot API at ${apiRoot} (${describeHttpError(error)}): network down or TELEGRAM_API_ROOT wrong`;
  return error instanceof Error ? error.message : String(error);
}
