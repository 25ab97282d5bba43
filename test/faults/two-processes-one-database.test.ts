import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import type { IncomingMessage, OutgoingMessage } from "../../src/core/messages.js";
import { countersAndRecount } from "../support/pledge-counters.js";
import { spawnScript, type SpawnedBot } from "../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const en = (key: string, args?: Record<string, string | number>) => new Translator("id").translate("en", key, args);

/** A chat platform that delivers every message to both instances, as a retry after a timeout does. */
describe("two bot processes on one database, each receiving every message", () => {
  let database: TestDatabase;
  let instances: SpawnedBot[] = [];
  const logDir = mkdtempSync(join(tmpdir(), "kpeduli-fault-two-"));

  beforeAll(async () => {
    database = await createTestDatabase();
    // Both start at once on a new database: seeding the demo data must happen once.
    instances = ["a", "b"].map((name) =>
      spawnScript("test/faults/support/core-process.ts", [], {
        DATABASE_URL: database.url,
        LOG_FILE: join(logDir, `${name}.log`),
        OUTBOX_ENABLED: "false",
        SCHEDULER_ENABLED: "false",
      }),
    );
    await Promise.all(instances.map((instance) => instance.waitFor("core ready", 0, 30_000)));
  }, 60_000);
  afterAll(async () => {
    for (const instance of instances) instance.process.stdin.end();
    await Promise.all(instances.map((instance) => instance.exit));
    await database.drop();
  });

  async function handledBy(instance: SpawnedBot, message: IncomingMessage): Promise<OutgoingMessage[]> {
    const from = instance.output().length;
    const tag = `{"messageId":${JSON.stringify(message.messageId)},`;
    instance.process.stdin.write(JSON.stringify(message) + "\n");
    await instance.waitFor(tag, from, 20_000);
    const line = instance.output().slice(from).split("\n").find((candidate) => candidate.startsWith(tag))!;
    return (JSON.parse(line) as { replies: OutgoingMessage[] }).replies;
  }

  /**
   * Delivers one message to both instances at once. Whatever acts is answered by exactly one of
   * them. A read-only command (/mypledges) is the known exception: its fast path answers from
   * memory before the id is written, so each instance may answer it once, identically.
   */
  async function deliverTwice(message: IncomingMessage, readOnly = false): Promise<string> {
    const [first, second] = await Promise.all(instances.map((instance) => handledBy(instance, message)));
    const answered = [first!, second!].filter((replies) => replies.length > 0);
    if (readOnly && answered.length === 2) expect(answered[1]).toEqual(answered[0]);
    else expect(answered, `message ${message.messageId} ${JSON.stringify(message.text)} answered by ${answered.length} instances: ${JSON.stringify(answered)}`).toHaveLength(1);
    return answered[0]!.map((reply) => reply.text).join("\n\n");
  }

  it("each message acts once: one reply, one company, one pledge per confirmed wizard, counters equal to the pledges", async () => {
    // WhatsApp numbers its choices, so a typed "1" picks; which choice it is comes from the database.
    const partners = ["tan", "lee", "sari"];
    const phone = (name: string) => `62811000${partners.indexOf(name)}`;
    const script = (name: string) => [
      [`/register PT Dua Proses ${name}`, en("register-ask-contact")],
      [name, en("register-ask-city")],
      ["Medan", en("register-ask-anonymous", { anonymous: en("anonymous-company") })],
      ["1", en("register-done", { company: `PT Dua Proses ${name}` })],
      ["/pledge PADI 5jt", en("pledge-ask-note")],
      ["1", "Rp 5,000,000"],
      ["1", "PADI"],
      ["/mypledges", "PADI · Rp 5,000,000", "read-only"],
    ] as const;
    // The three partners talk at the same time; each message of each goes to both instances.
    await Promise.all(
      partners.map(async (name) => {
        for (const [step, [text, expected, readOnly]] of script(name).entries()) {
          const message: IncomingMessage = { channel: "whatsapp", chatId: phone(name), userId: phone(name), messageId: `${name}-${step}`, localeHint: "en", text };
          expect(await deliverTwice(message, readOnly === "read-only")).toContain(expected);
        }
      }),
    );

    const db = database.db;
    for (const name of partners) {
      expect(await db.organization.count({ where: { name: `PT Dua Proses ${name}` } })).toBe(1);
      const pledges = await db.pledge.findMany({ where: { member: { channel: "whatsapp", userId: phone(name) } } });
      expect(pledges.map((pledge) => pledge.amount)).toEqual([5_000_000n]);
    }
    expect(await db.campaign.count()).toBe(3); // the demo data, seeded once
    const { stored, recomputed } = await countersAndRecount(db);
    expect(stored).toEqual(recomputed);

    // Both still answer, each on its own, from the same rows.
    for (const [index, instance] of instances.entries()) {
      const replies = await handledBy(instance, { channel: "whatsapp", chatId: phone("tan"), userId: phone("tan"), messageId: `after-${index}`, localeHint: "en", text: "/mypledges" });
      expect(replies.map((reply) => reply.text).join("\n")).toContain("PADI · Rp 5,000,000");
    }
  }, 30_000);
});
