import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import type { Bot, Context } from "grammy";
import type { BotCore } from "../../core/bot-core.js";
import type { LocaleCode, Translator } from "../../core/i18n/translator.js";
import type { ProgressDisplay } from "../../core/ports.js";
import type { Logger } from "../../logger.js";
import type { ChannelAdapter, Recipients } from "../channel.js";
import { createChannelPosts } from "./channel-posts.js";
import { createCommandMenus } from "./command-menus.js";
import { createTelegramConnection, type TelegramMode } from "./connection.js";
import { incomingFile } from "./incoming-file.js";
import { toIncoming } from "./incoming-message.js";
import { createTelegramProgressDisplay } from "./progress-display.js";
import { createCallbackData } from "./render-message.js";
import { createTelegramSender } from "./send-message.js";
import type { TelegramStaff } from "./telegram-staff.js";
import { serveWebhook, type WebhookRoute, type WebhookServer } from "../http-server.js";
import { createTelegramWebhook } from "./webhook-server.js";

/** Rate limits auto-retry waits out by itself; longer ones go back to the caller (the outbox). */
const MAX_RETRY_WAIT_SECONDS = 30;

export interface TelegramChannelDeps {
  /** A grammY bot (token and Bot API root set); tests give it botInfo and a fake fetch. */
  bot: Bot;
  core: BotCore;
  logger: Logger;
  translator: Translator;
  defaultLocale: LocaleCode;
  /** Who is staff, by the core's rule; handed in, as the channel does not read the database. */
  staff: TelegramStaff;
  /** Marks a person who blocked the bot, so the outbox does not try them again until they write. */
  recipients: Pick<Recipients, "markUnreachable">;
  clock: () => Date;
  apiRoot: string;
  mode: TelegramMode;
  /** A server of the webhook's own, in webhook mode; without a port only the web server serves it. */
  webhookListen?: { host: string; port?: number };
  wait(ms: number, signal: AbortSignal): Promise<void>;
  /** Concurrent updates in polling mode. */
  concurrency?: number;
  /** Downloads the files people send (tests: the fake Bot API). */
  fetch?: typeof fetch;
}

export interface TelegramChannel extends ChannelAdapter {
  readonly bot: Bot;
  /** Live progress messages (`/pin`) on Telegram: what src/live-progress posts, pins and edits through. */
  readonly progressDisplay: ProgressDisplay;
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
 * handled in order, different chats concurrently. `/pin` posted in a broadcast channel goes to
 * the core as its staff admin; the progress message itself is the display's.
 */
export function createTelegramChannel(deps: TelegramChannelDeps): TelegramChannel {
  const { bot, core, translator } = deps;
  const logger = deps.logger.child({ channel: "telegram" });
  const callbackData = createCallbackData();
  bot.api.config.use(autoRetry({ maxDelaySeconds: MAX_RETRY_WAIT_SECONDS, maxRetryAttempts: 3, rethrowHttpErrors: true }));

  const sender = createTelegramSender({
    api: bot.api,
    recipients: deps.recipients,
    logger,
    clock: deps.clock,
    callbackData,
    deepLink: (startPayload) => `https://t.me/${bot.botInfo.username}?start=${startPayload}`,
  });
  const menus = createCommandMenus({ api: bot.api, translator, staff: deps.staff, defaultLocale: deps.defaultLocale, logger });
  const channelPosts = createChannelPosts({ api: bot.api, core, staff: deps.staff, logger });

  async function onUpdate(ctx: Context): Promise<void> {
    const incoming = toIncoming(ctx, callbackData);
    if (!incoming) return;
    // Ends the button's spinner at once; a redelivered, old query can no longer be answered.
    if (ctx.callbackQuery) void ctx.answerCallbackQuery().catch(() => undefined);
    const { chatId } = incoming.message;
    const options = { replyTo: incoming.message.chatType === "group" ? ctx.message?.message_id : undefined };

    const attachment = ctx.message && (await incomingFile(ctx.message, { api: bot.api, apiRoot: deps.apiRoot, token: bot.token, fetch: deps.fetch ?? fetch, logger }));
    const replies = await core.handle(attachment ? { ...incoming.message, attachment } : incoming.message);
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
    progressDisplay: createTelegramProgressDisplay({ api: bot.api, logger }),
    connected: connection.connected,
    webhook,
    webhookUrl: () => webhookServer?.url(),
    async start() {
      if (webhookServer) {
        // A taken port is logged, not thrown: the other channels keep running.
        await webhookServer.listen().catch((error: unknown) => logger.error({ err: error }, "telegram webhook server could not listen"));
      }
      connection.start();
    },
    async stop() {
      await connection.stop();
      await webhookServer?.close();
    },
    send: (chatId, message) => sender.send(chatId, message),
  };
}
