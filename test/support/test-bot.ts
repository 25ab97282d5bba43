import { afterAll, beforeAll } from "vitest";
import { createBotCore, type BotCore } from "../../src/core/bot-core.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { cronPort } from "../../src/scheduler/cron.js";
import { Translator } from "../../src/core/i18n/translator.js";
import type { ChannelName, Choice, IncomingAttachment, IncomingMessage, OutgoingAttachment, OutgoingMessage } from "../../src/core/messages.js";
import { runOutbox } from "./run-outbox.js";
import { untagChoice } from "../../src/core/offered-choices.js";
import { seedDemoData } from "../../src/seed-demo-data.js";
import type { Db } from "../../src/db/database.js";
import type { OutboxPort } from "../../src/core/ports.js";
import { createLogger } from "../../src/logger.js";
import { createLiveProgressBoard, type LiveProgressBoard } from "../../src/live-progress/live-progress-board.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";

/** The moment every core test lives in, so "days left" never depends on the day tests run. */
export const TEST_NOW = new Date("2026-11-28T03:00:00Z");

/** A message the outbox sent, as the person's platform received it. */
export interface Sent {
  channel: ChannelName;
  chatId: string;
  text: string;
  choices: string[];
  attachment?: OutgoingAttachment;
}

export interface TestBot {
  core: BotCore;
  database: TestDatabase;
  clock: { now: Date };
  /** Live progress (`/pin`) for the channels a test attaches a display for; none by default. */
  liveProgress: LiveProgressBoard;
  /**
   * Another core with the same settings on `db`: what a second process (or a restarted one) is,
   * with its own caches and memory of message ids.
   */
  coreOn(db: Db): BotCore;
  /**
   * Sends everything the outbox holds that is due, through channels faked at their edge, and
   * says who got what: notifications, broadcasts and reports as people receive them.
   */
  deliver(): Promise<Sent[]>;
  /** A person talking to the bot; `as` is their user id on the console channel by default. */
  chat(as: string, options?: Partial<Pick<IncomingMessage, "channel" | "chatId" | "localeHint" | "chatType">>): Conversation;
}

/**
 * A core on a database of the test file's own, seeded with the demo data, torn down after the
 * file. Call at the top of a describe block or file.
 */
export function useTestBot(
  options: { staff?: string[]; flowTimeoutMinutes?: number; seed?: boolean; webPublicUrl?: string; dashboardUrl?: string; replyFileMaxBytes?: number; outbox?: OutboxPort } = {},
): TestBot {
  const bot = {} as TestBot;
  beforeAll(async () => {
    bot.database = await createTestDatabase();
    bot.clock = { now: TEST_NOW };
    bot.liveProgress = createLiveProgressBoard();
    if (options.seed !== false) await seedDemoData(bot.database.db, TEST_NOW);
    bot.coreOn = (db) =>
      createBotCore({
        outbox: options.outbox ?? outboxPort,
        cron: cronPort,
        liveProgress: bot.liveProgress,
        db,
        // TEST_LOG_LEVEL=error shows why a core answered error-internal.
        logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
        translator: new Translator("id"),
        clock: () => bot.clock.now,
        config: {
          staff: options.staff ?? ["console:staff"],
          defaultLocale: "id",
          flowTimeoutMinutes: options.flowTimeoutMinutes ?? 30,
          webPublicUrl: options.webPublicUrl,
          dashboardUrl: options.dashboardUrl,
          replyFileMaxBytes: options.replyFileMaxBytes,
        },
      });
    bot.core = bot.coreOn(bot.database.db);
    bot.chat = (as, chatOptions = {}) => new Conversation(bot.core, { userId: as, ...chatOptions });
    bot.deliver = async () => {
      const sent: Sent[] = [];
      const senders = (["console", "telegram", "whatsapp"] as const).map((channel) => ({
        channel,
        async send(chatId: string, message: OutgoingMessage) {
          sent.push({
            channel,
            chatId,
            text: message.text,
            choices: message.choices?.flat().map((choice) => choice.label) ?? [],
            ...(message.attachment && { attachment: message.attachment }),
          });
          return { ok: true as const };
        },
      }));
      await runOutbox(bot.database.db, senders, () => bot.clock.now);
      return sent;
    };
  });
  afterAll(async () => {
    await bot.database?.drop();
  });
  return bot;
}

let messageCounter = 0;

/** Reads like a conversation: `await alice.send("/pledge")`, then `await alice.pick("Tunai")`. */
export class Conversation {
  /** Choices offered by the last reply, in order (button values carry their question's version). */
  offered: Choice[] = [];

  /** The offered choices' values without the version tag, as a flow reads them. */
  get offeredValues(): string[] {
    return this.offered.map((choice) => untagChoice(choice.value).value);
  }
  lastReplies: OutgoingMessage[] = [];

  constructor(
    private readonly core: BotCore,
    private readonly person: Partial<IncomingMessage> & { userId: string },
  ) {}

  private base(messageId?: string): IncomingMessage {
    return {
      channel: "console",
      chatId: this.person.chatId ?? this.person.userId,
      messageId: messageId ?? `m${++messageCounter}`,
      ...this.person,
    } as IncomingMessage;
  }

  /** Sends text and returns all reply texts joined, which is what a person reads. */
  async send(text: string, messageId?: string): Promise<string> {
    return this.deliver({ ...this.base(messageId), text });
  }

  /** Sends a photo or document, with `caption` as its text, as a channel hands it to the core. */
  async sendFile(attachment: IncomingAttachment, caption = ""): Promise<string> {
    return this.deliver({ ...this.base(), text: caption, attachment });
  }

  /** Picks an offered choice by its label (or part of it), as a button press would. */
  async pick(label: string): Promise<string> {
    const choice = this.offered.find((candidate) => candidate.label.toLowerCase().includes(label.toLowerCase()));
    if (!choice) throw new Error(`No choice like "${label}" among: ${this.offered.map((c) => c.label).join(" | ")}`);
    return this.deliver({ ...this.base(), choice: choice.value });
  }

  private async deliver(message: IncomingMessage): Promise<string> {
    this.lastReplies = await this.core.handle(message);
    this.offered = this.lastReplies.flatMap((reply) => reply.choices?.flat() ?? []);
    return this.lastReplies.map((reply) => reply.text).join("\n\n");
  }
}
