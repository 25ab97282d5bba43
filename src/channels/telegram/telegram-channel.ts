import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import type { Bot, Context } from "grammy";
import type { BotCore } from "../../core/bot-core.js";
import type { LocaleCode, Translator } from "../../core/i18n/translator.js";
import type { Db } from "../../db/database.js";
import type { Logger } from "../../logger.js";
import type { ChannelAdapter } from "../channel.js";
import { createChannelPosts } from "./channel-posts.js";
import { createCommandMenus } from "./command-menus.js";
import { createTelegramConnection, type TelegramMode } from "./connection.js";
import { groupPledgeLinks, isPledgeCommand } from "./group-pledge-link.js";
import { toIncoming, type TelegramIncoming } from "./incoming-message.js";
import { createLiveProgress, type LiveProgress } from "./live-progress.js";
import { createOwnCommands } from "./own-commands.js";
import { createCallbackData, escapeHtml, type TelegramText } from "./render-message.js";
import { createTelegramSender } from "./send-message.js";
import { createTelegramStaff } from "./telegram-staff.js";
import { TELEGRAM_STAFF_COMMANDS } from "./staff-commands.js";
import { serveWebhook, type WebhookRoute, type WebhookServer } from "../http-server.js";
import { createTelegramWebhook } from "./webhook-server.js";

/** Rate limits auto-retry waits out by itself; longer ones go back to the caller (the outbox). */
const MAX_RETRY_WAIT_SECONDS = 30;

export interface TelegramChannelDeps {
  /** A grammY bot (token and Bot API root set); tests give it botInfo and a fake fetch. */
  bot: Bot;
  core: BotCore;
  db: Db;
  logger: Logger;
  translator: Translator;
  defaultLocale: LocaleCode;
  configuredStaff: readonly string[];
  clock: () => Date;
  apiRoot: string;
  mode: TelegramMode;
  /** A server of the webhook's own, in webhook mode; without a port only the web server serves it. */
  webhookListen?: { host: string; port?: number };
  progressThrottleMs: number;
  wait(ms: number, signal: AbortSignal): Promise<void>;
  /** Concurrent updates in polling mode. */
  concurrency?: number;
}

export interface TelegramChannel extends ChannelAdapter {
  readonly bot: Bot;
  readonly liveProgress: LiveProgress;
  /** Resolves once the bot is connected (polling or webhook set). */
  readonly connected: Promise<void>;
  /** The webhook, in webhook mode, for the web server to serve. */
  readonly webhook: WebhookRoute | undefined;
  /** The webhook's own server's local address, when it has one. */
  webhookUrl(): string | undefined;
}

/**
 * The Telegram channel: a thin grammY adapter over the core. Updates become `IncomingMessage`,
 * replies are sent as escaped HTML with choices as inline keyboards; updates of one chat are
 * handled in order, different chats concurrently. Telegram-only answers live here too: `/pin`
 * (live progress) and `/pledge` in a group (a deep link to the private chat).
 */
export function createTelegramChannel(deps: TelegramChannelDeps): TelegramChannel {
  const { bot, core, db, translator } = deps;
  const logger = deps.logger.child({ channel: "telegram" });
  const callbackData = createCallbackData();
  bot.api.config.use(autoRetry({ maxDelaySeconds: MAX_RETRY_WAIT_SECONDS, maxRetryAttempts: 3, rethrowHttpErrors: true }));

  const sender = createTelegramSender({ api: bot.api, db, logger, clock: deps.clock, callbackData });
  const staff = createTelegramStaff(db, deps.configuredStaff);
  const menus = createCommandMenus({ api: bot.api, translator, staff, defaultLocale: deps.defaultLocale, logger });
  const ownCommands = createOwnCommands({ db, translator, defaultLocale: deps.defaultLocale });
  const liveProgress = createLiveProgress({
    api: bot.api,
    db,
    translator,
    logger,
    now: () => deps.clock().getTime(),
    throttleMs: deps.progressThrottleMs,
  });

  const channelPosts = createChannelPosts({ api: bot.api, db, staff, liveProgress, ownCommands, translator, defaultLocale: deps.defaultLocale, logger });

  /** The adapter's own answers (Telegram-only commands), or undefined when the core answers. */
  async function ownAnswer(incoming: TelegramIncoming): Promise<TelegramText[] | undefined> {
    const { message } = incoming;
    const pinCommand = incoming.command ? TELEGRAM_STAFF_COMMANDS[incoming.command] : undefined;
    const ownCommand = pinCommand || (message.chatType === "group" && isPledgeCommand(incoming.command));
    if (!incoming.expiredButton && !ownCommand) return undefined;
    if (!(await ownCommands.claim(message))) return [];
    const { t, locale } = await ownCommands.translate(message);
    if (incoming.expiredButton) return [{ text: escapeHtml(t("tg-button-expired")) }];
    if (pinCommand) {
      if (!(await staff.isStaff(message.userId))) return [{ text: escapeHtml(t("error-staff-only")) }];
      const request = { actor: `telegram:${message.userId}`, chatId: message.chatId, chatType: message.chatType, args: incoming.args, locale, t };
      return (await pinCommand({ db, liveProgress }, request)).answer;
    }
    return groupPledgeLinks({ db, botUsername: bot.botInfo.username, t }, incoming.args);
  }

  async function onUpdate(ctx: Context): Promise<void> {
    const incoming = toIncoming(ctx, callbackData);
    if (!incoming) return;
    // Ends the button's spinner at once; a redelivered, old query can no longer be answered.
    if (ctx.callbackQuery) void ctx.answerCallbackQuery().catch(() => undefined);
    const { chatId } = incoming.message;
    const options = { replyTo: incoming.message.chatType === "group" ? ctx.message?.message_id : undefined };

    const own = await ownAnswer(incoming);
    if (own) {
      await sender.deliverParts(chatId, own, options);
      return;
    }
    const replies = await core.handle(incoming.message);
    for (const reply of replies) {
      if (!(await sender.deliver(chatId, reply, options)).ok) break;
    }
    // Rare, and after the answer: staff rights may have changed, and with them a staff menu.
    if (incoming.command === "staff" && incoming.args.trim() && replies.length > 0) {
      await menus.syncStaff().catch((error: unknown) => logger.warn({ err: error }, "telegram staff menus not updated"));
    }
  }

  bot.catch((error) => logger.error({ err: error.error, updateId: error.ctx.update.update_id }, "telegram update failed"));
  // Answers in one chat never overtake each other; other chats go on meanwhile.
  bot.use(sequentialize((ctx: Context) => (ctx.chat ?? ctx.from)?.id.toString()));
  bot.on("my_chat_member", async (ctx) => {
    if (ctx.chat.type === "private" && ctx.myChatMember.new_chat_member.status === "kicked") {
      await sender.markUnreachable(String(ctx.chat.id));
    }
  });
  bot.on(["message", "callback_query:data"], onUpdate);
  bot.on("channel_post:text", (ctx) => channelPosts.handle(ctx));

  const connection = createTelegramConnection({
    bot,
    mode: deps.mode,
    apiRoot: deps.apiRoot,
    logger,
    wait: deps.wait,
    concurrency: deps.concurrency,
    async onConnected() {
      await menus.publish();
      await menus.syncStaff();
    },
  });
  const webhook: WebhookRoute | undefined =
    deps.mode.kind === "webhook"
      ? createTelegramWebhook({
          secret: deps.mode.secret,
          path: new URL(deps.mode.url).pathname,
          isReady: () => bot.isInited(),
          handleUpdate: (update) => bot.handleUpdate(update),
          logger,
        })
      : undefined;
  const ownPort = deps.webhookListen?.port;
  const webhookServer: WebhookServer | undefined =
    webhook && ownPort !== undefined ? serveWebhook(webhook, deps.webhookListen?.host ?? "127.0.0.1", ownPort) : undefined;

  return {
    channel: "telegram",
    bot,
    liveProgress,
    connected: connection.connected,
    webhook,
    webhookUrl: () => webhookServer?.url(),
    async start() {
      if (webhookServer) {
        // A taken port is logged, not thrown: the other channels keep running.
        await webhookServer.listen().catch((error: unknown) => logger.error({ err: error }, "telegram webhook server could not listen"));
      }
      connection.start();
      liveProgress.start();
    },
    async stop() {
      await connection.stop();
      await webhookServer?.close();
      await liveProgress.stop();
    },
    send: (chatId, message) => sender.send(chatId, message),
  };
}
