import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnBot } from "../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const RECORDER = fileURLToPath(new URL("../support/loaded-modules/register.mjs", import.meta.url));
/** The chat libraries (MBs each once loaded) and the channel modules that import them. */
const CHAT_LIBRARIES =
  /\/node_modules\/(grammy|@grammyjs\/[\w-]+|whatsapp-web\.js|whatsapp-api-js|puppeteer[\w-]*|qrcode)\/|\/src\/channels\/(telegram\/telegram-channel|whatsapp\/(cloud-api-channel|whatsapp-web-client|login-prompt))\.ts$/;

describe("a bot with no chat platform configured", () => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), "kpeduli-loaded-"));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("answers in the console without importing grammY, whatsapp-web.js, puppeteer or whatsapp-api-js", async () => {
    const loadedFile = join(dir, "loaded.txt");
    const bot = spawnBot([], {
      DATABASE_URL: database.url,
      LOG_FILE: join(dir, "bot.log"),
      NODE_OPTIONS: `--import ${RECORDER}`,
      LOADED_MODULES_FILE: loadedFile,
      TELEGRAM_BOT_TOKEN: undefined,
      WHATSAPP_ENABLED: undefined,
      WHATSAPP_CLOUD_TOKEN: undefined,
    });
    bot.process.stdin.end("/help\n");
    expect(await bot.exit).toBe(0);
    expect(bot.output()).toContain("/help");

    const loaded = readFileSync(loadedFile, "utf8").split("\n");
    // The recorder saw the bot itself load, so an empty list cannot pass for a clean one.
    expect(loaded.some((url) => url.endsWith("/src/core/bot-core.ts"))).toBe(true);
    expect(loaded.some((url) => url.endsWith("/src/channels/console/console-chat.ts"))).toBe(true);
    expect(loaded.filter((url) => CHAT_LIBRARIES.test(url))).toEqual([]);
  });
});
