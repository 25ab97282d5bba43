import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll } from "vitest";
import { createTelegramChannel, type TelegramChannel, type TelegramChannelDeps } from "../../../../src/channels/telegram/telegram-channel.js";
import { Translator } from "../../../../src/core/i18n/translator.js";
import { createLogger } from "../../../../src/logger.js";
import { createLiveProgress, type LiveProgress } from "../../../../src/live-progress/live-progress.js";
import { createTelegramStores } from "../../../../src/wire-channels.js";
import { useTestBot, type TestBot } from "../../../support/test-bot.js";
import { BOT_INFO, createFakeBotApi, type ApiCall, type FakeBotApi } from "./fake-bot-api.js";

export const STAFF_ID = 900;
export const TOKEN = "123456:TEST-token";

export interface Button {
  text: string;
  callback_data?: string;
  url?: string;
}

/** What the bot did in answer to one update. */
export interface Answer {
  calls: ApiCall[];
  /** sendMessage texts as Telegram receives them (HTML-escaped). */
  texts: string[];
  /** All texts, joined, as the person reads them. */
  text: string;
  buttons: Button[];
}

export interface TelegramHarness {
  bot: TestBot;
  api: FakeBotApi;
  channel: TelegramChannel;
  /** The live progress `/pin` drives on this channel, wired as the app wires it. */
  liveProgress: LiveProgress;
  logs: Array<Record<string, unknown>>;
  user(id: number, options?: { lang?: string; group?: number; firstName?: string }): TelegramUser;
  /** Hands one raw update to the bot, as polling or the webhook would, and returns what it did. */
  deliver(update: Update): Promise<Answer>;
}

let nextUpdateId = 1;
let nextMessageId = 1;

export const unescapeHtml = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** A Telegram channel over a fake Bot API, with a real core on a real (seeded) database. */
export function useTelegramBot(options: { staff?: string[]; channel?: Partial<TelegramChannelDeps> } = {}): TelegramHarness {
  const bot = useTestBot({ staff: options.staff ?? [`telegram:${STAFF_ID}`] });
  const harness = { bot, logs: [] } as unknown as TelegramHarness;
  beforeAll(() => {
    harness.api = createFakeBotApi();
    // The bot's own logger (its redaction and error serializer), with the lines kept for the test.
    const logger = createLogger({ level: "debug", destination: { write: (line: string) => void harness.logs.push(JSON.parse(line)) } });
    const translator = new Translator("id");
    harness.channel = createTelegramChannel({
      bot: new Bot(TOKEN, { botInfo: BOT_INFO, client: { fetch: harness.api.fetch } }),
      core: bot.core,
      logger,
      translator,
      defaultLocale: "id",
      ...createTelegramStores(bot.database.db, options.staff ?? [`telegram:${STAFF_ID}`]),
      clock: () => bot.clock.now,
      apiRoot: "https://api.telegram.org",
      mode: { kind: "polling" },
      wait: async () => {},
      // File downloads (<root>/file/bot<token>/<path>) reach the same fake.
      fetch: harness.api.fetch,
      ...options.channel,
    });
    harness.liveProgress = createLiveProgress({
      db: bot.database.db,
      display: harness.channel.progressDisplay,
      translator,
      logger,
      now: () => Date.now(),
      throttleMs: 0,
    });
    bot.liveProgress.attach("telegram", harness.liveProgress);
    harness.deliver = async (update) => {
      const since = harness.api.mark();
      await harness.channel.bot.handleUpdate(update);
      return answerOf(since());
    };
    harness.user = (id, userOptions = {}) => new TelegramUser(harness, id, userOptions);
    // Live progress follows the database's changes; polling itself is not started here.
    harness.liveProgress.start();
  });
  afterAll(() => harness.liveProgress.stop());
  return harness;
}

function answerOf(calls: ApiCall[]): Answer {
  const sent = calls.filter((call) => call.method === "sendMessage");
  const texts = sent.map((call) => call.payload.text as string);
  const buttons = sent.flatMap((call) => (call.payload.reply_markup?.inline_keyboard ?? []).flat() as Button[]);
  return { calls, texts, text: unescapeHtml(texts.join("\n\n")), buttons };
}

/** A person on Telegram, in a private chat or a group: `await alice.send("/pledge")`, `await alice.press("Tunai")`. */
export class TelegramUser {
  lastAnswer: Answer = { calls: [], texts: [], text: "", buttons: [] };

  constructor(
    private readonly harness: TelegramHarness,
    readonly id: number,
    private readonly options: { lang?: string; group?: number; firstName?: string },
  ) {}

  get from() {
    return { id: this.id, is_bot: false, first_name: this.options.firstName ?? `User${this.id}`, language_code: this.options.lang };
  }

  get chat() {
    return this.options.group
      ? { id: this.options.group, type: "supergroup" as const, title: "K-Peduli Friends" }
      : { id: this.id, type: "private" as const, first_name: this.from.first_name };
  }

  /** The update for a text message; give the same ids again to replay a redelivery. */
  textUpdate(text: string, ids: { updateId?: number; messageId?: number } = {}): Update {
    return {
      update_id: ids.updateId ?? nextUpdateId++,
      message: { message_id: ids.messageId ?? nextMessageId++, date: 1_800_000_000, chat: this.chat, from: this.from, text },
    } as Update;
  }

  async send(text: string, ids: { updateId?: number; messageId?: number } = {}): Promise<Answer> {
    this.lastAnswer = await this.harness.deliver(this.textUpdate(text, ids));
    return this.lastAnswer;
  }

  /** Presses a button of the last answer whose label contains `label`. */
  async press(label: string): Promise<Answer> {
    const button = this.lastAnswer.buttons.find((candidate) => candidate.text.toLowerCase().includes(label.toLowerCase()));
    if (!button?.callback_data) throw new Error(`No button like "${label}" among: ${this.lastAnswer.buttons.map((b) => b.text).join(" | ")}`);
    return this.pressData(button.callback_data);
  }

  async pressData(data: string, queryId = `q${nextUpdateId}`): Promise<Answer> {
    const update = {
      update_id: nextUpdateId++,
      callback_query: {
        id: queryId,
        from: this.from,
        chat_instance: "ci",
        data,
        message: { message_id: 1, date: 1_800_000_000, chat: this.chat, text: "…" },
      },
    } as Update;
    this.lastAnswer = await this.harness.deliver(update);
    return this.lastAnswer;
  }
}
