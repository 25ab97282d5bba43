import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnBot } from "../../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

describe("npm start with TELEGRAM_BOT_TOKEN while the Bot API cannot be reached", () => {
  let database: TestDatabase;
  const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-tg-start-"));
  const logFile = join(dataDir, "bot.log");
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The first log line with this message, once the bot has written it (up to 30 s). */
  async function logLine(message: string): Promise<Record<string, unknown>> {
    for (let attempt = 0; attempt < 300; attempt++) {
      const lines = readFileSync(logFile, { encoding: "utf8", flag: "a+" }).split("\n").filter(Boolean).map((line) => JSON.parse(line));
      const found = lines.find((line) => line.msg === message);
      if (found) return found;
      await sleep(100);
    }
    throw new Error(`no "${message}" in ${logFile}`);
  }

  it("says why, keeps running and stops cleanly on SIGTERM", async () => {
    const bot = spawnBot([], {
      DATABASE_URL: database.url,
      TELEGRAM_BOT_TOKEN: "123456:SECRET-never-logged",
      // Nothing listens on port 1 of loopback: the same as the network being down.
      TELEGRAM_API_ROOT: "http://127.0.0.1:1",
      DATA_DIR: dataDir,
      LOG_FILE: logFile,
    });
    const line = await logLine("telegram unavailable");
    expect(line.reason).toBe("cannot reach the Telegram Bot API at http://127.0.0.1:1 (ECONNREFUSED): network down or TELEGRAM_API_ROOT wrong");
    expect(line.retryInSeconds).toBe(5);
    expect(bot.process.exitCode).toBeNull();
    bot.process.kill("SIGTERM");
    expect(await bot.exit).toBe(0);
    expect(readFileSync(logFile, "utf8")).not.toContain("SECRET-never-logged");
  });
});
