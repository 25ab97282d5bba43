import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { spawnBot } from "../../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

const translator = new Translator("id");
const t = (key: string, args?: Record<string, string | number>) => translator.translate("en", key, args);

describe("`npm start` without tokens: the outbox sends to console members as 📣 lines", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("shows a staff broadcast and then its delivery report", async () => {
    const bot = spawnBot(["--as", "boss", "--lang", "en"], {
      DATABASE_URL: database.url,
      LOG_FILE: join(mkdtempSync(join(tmpdir(), "kpeduli-console-sender-")), "bot.log"),
      STAFF: "console:boss",
      SCHEDULER_ENABLED: "false",
    });
    const type = (line: string) => bot.process.stdin.write(line + "\n");
    try {
      type("/lang en");
      type("/subscribe");
      type("/broadcast");
      type("4"); // everyone subscribed
      type("The harvest festival is on Saturday.");
      type("3"); // continue without more languages
      type("2"); // now, urgent: shown whatever the time of day
      type("1"); // confirm
      await bot.waitFor("📣 console:boss\nThe harvest festival is on Saturday.");
      await bot.waitFor(t("outbox-report", { id: 1, sent: 1, failed: 0, skipped: 0 }));
    } finally {
      bot.process.stdin.end();
      await bot.exit;
    }
    expect(await database.db.delivery.count({ where: { broadcastId: 1, status: "sent" } })).toBe(1);
  }, 60_000);
});
