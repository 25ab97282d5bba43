import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { countersAndRecount } from "../support/pledge-counters.js";
import { spawnBot, type SpawnedBot } from "../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const en = (key: string, args?: Record<string, string | number>) => new Translator("id").translate("en", key, args);

describe("the bot killed with kill -9 in the middle of a pledge wizard", () => {
  let database: TestDatabase;
  const logFile = join(mkdtempSync(join(tmpdir(), "kpeduli-fault-wizard-")), "bot.log");
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  function start(as = "kim"): SpawnedBot {
    return spawnBot(["--as", as, "--lang", "en"], {
      DATABASE_URL: database.url,
      LOG_FILE: logFile,
      OUTBOX_ENABLED: "false",
      SCHEDULER_ENABLED: "false",
      STAFF: "console:boss",
    });
  }

  /** Types a line and waits for the reply that contains `expected`. */
  async function say(bot: SpawnedBot, line: string, expected: string): Promise<void> {
    const from = bot.output().length;
    bot.process.stdin.write(line + "\n");
    await bot.waitFor(expected, from, 20_000);
  }

  it("continues at the same step after a restart, and makes the pledge once", async () => {
    const first = start();
    await say(first, "/register PT Kill Sembilan", en("register-ask-contact"));
    await say(first, "Kim", en("register-ask-city"));
    await say(first, "Bekasi", en("register-ask-anonymous", { anonymous: en("anonymous-company") }));
    await say(first, "1", en("register-done", { company: "PT Kill Sembilan" }));
    await say(first, "/pledge", en("pledge-ask-campaign"));
    await say(first, "PADI", en("pledge-ask-kind"));
    await say(first, "1", en("pledge-ask-amount"));
    await say(first, "10jt", en("pledge-ask-note"));

    first.process.kill("SIGKILL");
    await first.exit;

    // Same person, new process, new message ids: the wizard waits at the note, as stored.
    const second = start();
    const summary = en("pledge-confirm", { company: "PT Kill Sembilan", campaign: "PADI", what: "Rp 10,000,000", note: "-" }).split("\n");
    await say(second, "1", summary[0]!);
    for (const line of [summary[1]!, summary[3]!]) expect(second.output()).toContain(line);
    await say(second, "1", "PADI");
    const pledges = await database.db.pledge.findMany({ where: { member: { channel: "console", userId: "kim" } } });
    expect(pledges).toHaveLength(1);
    expect(pledges[0]).toMatchObject({ amount: 10_000_000n, kind: "cash", status: "pledged", note: null });
    expect(second.output()).toContain(en("pledge-recorded", { id: pledges[0]!.id, code: "PADI" }));

    // And it answers afterwards, from the same database.
    await say(second, "/mypledges", `#${pledges[0]!.id} · PADI · Rp 10,000,000`);
    second.process.stdin.end();
    expect(await second.exit).toBe(0);

    expect(await database.db.organization.count({ where: { name: "PT Kill Sembilan" } })).toBe(1);
    expect(await database.db.member.count({ where: { channel: "console", userId: "kim" } })).toBe(1);
    const { stored, recomputed } = await countersAndRecount(database.db);
    expect(stored).toEqual(recomputed);
  }, 30_000);

  it("killed while the confirmation itself is being handled: typing it again leaves exactly one pledge", async () => {
    const first = start("lim");
    await say(first, "/register PT Tengah Jalan", en("register-ask-contact"));
    await say(first, "Lim", en("register-ask-city"));
    await say(first, "Depok", en("register-ask-anonymous", { anonymous: en("anonymous-company") }));
    await say(first, "1", en("register-done", { company: "PT Tengah Jalan" }));
    await say(first, "/pledge PADI 7jt", en("pledge-ask-note"));
    await say(first, "1", en("pledge-confirm", { company: "", campaign: "", what: "", note: "" }).split("\n")[0]!);
    // The confirmation and the kill at once: it may or may not have committed, the person can't tell.
    first.process.stdin.write("1\n");
    // Anywhere from before the line is read to after the commit; both must end in one pledge.
    await new Promise((killAt) => setTimeout(killAt, Math.random() * 60));
    first.process.kill("SIGKILL");
    await first.exit;

    const second = start("lim");
    // What a person does when the bot went silent: confirm again, then look.
    await say(second, "1", "\n\n");
    await say(second, "/mypledges", "PADI · Rp 7,000,000");
    second.process.stdin.end();
    expect(await second.exit).toBe(0);

    const pledges = await database.db.pledge.findMany({ where: { member: { channel: "console", userId: "lim" } } });
    expect(pledges.map((pledge) => pledge.amount)).toEqual([7_000_000n]);
    const { stored, recomputed } = await countersAndRecount(database.db);
    expect(stored).toEqual(recomputed);
  }, 30_000);
});
