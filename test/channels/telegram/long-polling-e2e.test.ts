import { Bot } from "grammy";
import { pino } from "pino";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTelegramStores } from "../../../src/wire-channels.js";
import { createTelegramChannel, type TelegramChannel } from "../../../src/channels/telegram/telegram-channel.js";
import { Translator } from "../../../src/core/i18n/translator.js";
import { findFreePort } from "../../../src/db/embedded-postgres.js";
import { useTestBot } from "../../support/test-bot.js";

const TOKEN = "424242:E2E-token";
const translator = new Translator("id");
const t = (key: string, args?: Record<string, string | number>) => translator.translate("en", key, args);


/** The bot's messages to one chat since the last read, from the emulator. */
type BotMessage = { text: string; reply_markup?: { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } };

describe("Telegram end to end: long polling over loopback HTTP against telegram-test-api", () => {
  const bot = useTestBot();
  let server: TelegramServer;
  let channel: TelegramChannel;
  const logs: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    // The emulator treats port 0 as "9000", so find a free port first.
    server = new TelegramServer({ port: await findFreePort(), host: "127.0.0.1" });
    await server.start();
    channel = createTelegramChannel({
      bot: new Bot(TOKEN, { client: { apiRoot: server.config.apiURL } }),
      core: bot.core,
      logger: pino({ level: "info" }, { write: (line: string) => void logs.push(JSON.parse(line)) }),
      translator,
      defaultLocale: "id",
      ...createTelegramStores(bot.database.db, []),
      clock: () => bot.clock.now,
      apiRoot: server.config.apiURL,
      mode: { kind: "polling" },
      wait: async () => {},
      concurrency: 4,
    });
    await channel.start();
    await channel.connected;
  });

  afterAll(async () => {
    await channel?.stop();
    await server?.stop();
  });

  it("answers a command and continues a flow through a button press", async () => {
    const client = server.getClient(TOKEN, { userId: 8801, chatId: 8801, firstName: "Ana", timeout: 10_000, interval: 20 });
    const read = async (): Promise<BotMessage[]> => (await client.getUpdates()).result.map((update: { message: unknown }) => update.message as unknown as BotMessage);

    await client.sendCommand(client.makeCommand("/campaigns", { from: { language_code: "en" } as never }));
    const [list] = await read();
    expect(list!.text).toContain("PADI");
    const button = list!.reply_markup!.inline_keyboard!.flat().find((candidate) => candidate.callback_data === "/campaign PADI")!;

    await client.sendCallback(client.makeCallbackQuery(button.callback_data!, { from: { language_code: "en" } as never }));
    const [detail] = await read();
    expect(detail!.text).toContain(t("demo-label"));
    expect(detail!.text).toContain("PADI");

    expect(logs.some((line) => line.msg === "telegram connected" && line.mode === "polling")).toBe(true);
  });
});
