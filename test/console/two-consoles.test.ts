import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { spawnBot, type SpawnedBot } from "../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const translator = new Translator("id");
const en = (key: string, args?: Record<string, string | number>) => translator.translate("en", key, args);

describe("two people in two console processes on one database", () => {
  let database: TestDatabase;
  const bots: SpawnedBot[] = [];
  const logDir = mkdtempSync(join(tmpdir(), "kpeduli-two-consoles-"));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const bot of bots) bot.process.kill("SIGKILL");
    await database.drop();
  });

  function open(as: string): SpawnedBot {
    const bot = spawnBot(["--as", as, "--lang", "en"], {
      DATABASE_URL: database.url,
      LOG_FILE: join(logDir, `${as}.log`),
      STAFF: "console:boss",
      QUIET_HOURS: "off",
      SCHEDULER_ENABLED: "false",
    });
    bots.push(bot);
    return bot;
  }

  /** Types a line and waits for what it must bring, counting only output after the line was typed. */
  async function type(bot: SpawnedBot, line: string, expected: string | RegExp): Promise<void> {
    const from = bot.output().length;
    bot.process.stdin.write(`${line}\n`);
    await bot.waitFor(expected, from);
  }

  it("a partner waiting in one console sees staff's confirmation arrive; the staff console shows only its own person's messages", async () => {
    const partner = open("rina");
    await type(partner, "/register", en("register-ask-company"));
    await type(partner, "PT Dua Konsol", en("register-ask-contact"));
    await type(partner, "Rina", en("register-ask-city"));
    await type(partner, "Jakarta", "1) Show our name");
    await type(partner, "1", en("register-done", { company: "PT Dua Konsol" }));
    await type(partner, "/pledge PADI 4jt", en("pledge-ask-note"));
    await type(partner, "1", "Confirm");
    await type(partner, "1", "KP-");

    // Staff who opened their console and typed nothing yet are reached all the same.
    const boss = open("boss");
    await expect.poll(() => database.db.member.count({ where: { channel: "console", userId: "boss" } }), { timeout: 20_000 }).toBe(1);
    // The transfer report reaches staff in their own console, not the partner's.
    const pledgeId = Number(/#(\d+) to PADI/.exec(partner.output())![1]);
    await type(partner, `/paid ${pledgeId}`, en("paid-ask-proof", { id: pledgeId }));
    await type(partner, "1", en("pledge-report-paid-done", { id: pledgeId, status: en("status-transfer_reported") })); // 1) Skip
    await boss.waitFor(`📣 console:boss`, 0, 20_000);
    await type(boss, `/confirm ${pledgeId}`, en("pledge-confirm-done", { id: pledgeId, status: en("status-confirmed") }));

    const notice = en("notice-pledge-confirm", { id: pledgeId, code: "PADI", what: "Rp 4,000,000" });
    await partner.waitFor(notice, 0, 20_000);
    expect(partner.output()).toContain("📣 console:rina");
    expect(boss.output()).not.toContain("console:rina");
    expect(boss.output()).not.toContain(notice);
    expect(partner.output()).not.toContain("📣 console:boss");
  }, 60_000);
});
