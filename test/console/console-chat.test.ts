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
});
