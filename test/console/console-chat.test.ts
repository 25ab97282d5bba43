import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { spawnBot } from "../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const translator = new Translator("id");

describe("the console chat, scripted through stdin as `npm run chat -- --as NAME --lang LANG`", () => {
  let database: TestDatabase;
  const logDir = mkdtempSync(join(tmpdir(), "kpeduli-console-"));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  async function chat(args: string[], script: string[]) {
    const bot = spawnBot(args, { DATABASE_URL: database.url, LOG_FILE: join(logDir, "bot.log"), STAFF: "console:boss" });
    bot.process.stdin.end(script.join("\n") + "\n");
    const code = await bot.exit;
    return { code, output: bot.output() };
  }

  it("runs a Korean partner's whole pledge, picking numbered choices, and exits 0", async () => {
    const t = (key: string, args?: Record<string, string | number>) => translator.translate("ko", key, args);
    const { code, output } = await chat(["--as", "alice", "--lang", "ko"], [
      "/register",
      "PT Alice Korea",
      "앨리스",
      "Surabaya",
      "1",
      "/pledge",
      "1", // the first (only) active campaign
      "1", // cash
      "1000만",
      "1", // skip the note
      "1", // confirm
      "/mypledges",
    ]);
    expect(code).toBe(0);
    expect(output).toContain(t("register-done", { company: "PT Alice Korea" }));
    expect(output).toMatch(/1\) PADI · /);
    expect(output).toContain("Rp 10,000,000");
    expect(output).toMatch(/#\d+ · PADI · Rp 10,000,000 · 약정/);
    const pledge = await database.db.pledge.findFirstOrThrow({ where: { member: { userId: "alice" } } });
    expect(pledge).toMatchObject({ amount: 10_000_000n, note: null, status: "pledged" });
  });

  it("answers nonsense in English and keeps going to the end of the script", async () => {
    const { code, output } = await chat(["--as", "bob", "--lang", "en"], ["blah blah", "/nonsense", "9", "/total"]);
    expect(code).toBe(0);
    expect(output).toContain(translator.translate("en", "error-not-understood"));
    expect(output).toContain(translator.translate("en", "error-unknown-command", { command: "/nonsense" }));
    expect(output).toContain("All time (3 campaigns");
  });

  it("gives staff (from STAFF) their commands in Indonesian", async () => {
    const { code, output } = await chat(["--as", "boss"], ["/pending"]);
    expect(code).toBe(0);
    expect(output).toContain(translator.translate("id", "pending-hint"));
  });

  it("answers control characters with a clear reply, survives invalid UTF-8 and a 10 MB line, and answers the next line", async () => {
    const bot = spawnBot(["--as", "rina", "--lang", "en"], { DATABASE_URL: database.url, LOG_FILE: join(logDir, "bot.log") });
    bot.process.stdin.write("\u0000\u0001\u0007\u001b[2J\u007f\n");
    bot.process.stdin.write(Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a]));
    bot.process.stdin.write("\u0000/help\u0000\n");
    bot.process.stdin.write("y".repeat(10 * 1024 * 1024) + "\n");
    bot.process.stdin.end("/campaigns\n");
    const code = await bot.exit;
    const output = bot.output();
    expect(code).toBe(0);
    const t = (key: string, args?: Record<string, string | number>) => translator.translate("en", key, args);
    expect(output).not.toContain(t("error-internal"));
    // The core refuses control characters, in one place for every channel, with a clear reply.
    expect(output.split(t("error-control-characters")).length - 1).toBe(2);
    expect(output.split(t("error-not-understood")).length - 1).toBe(1); // the invalid UTF-8, only
    expect(output).toContain(t("error-too-long", { max: 1000 }));
    expect(output).toContain("PADI");
  });

  it("says at start-up when STAFF leaves the console's own person out, instead of refusing staff commands unexplained", async () => {
    const bot = spawnBot([], { DATABASE_URL: database.url, LOG_FILE: join(logDir, "bot.log"), STAFF: "telegram:12345" });
    bot.process.stdin.end("/pending\n");
    expect(await bot.exit).toBe(0);
    expect(bot.errors()).toContain("console:admin is not staff here (STAFF=telegram:12345)");
    expect(bot.output()).toContain(translator.translate("id", "error-staff-only"));
  });
});
