import pg from "pg";
import { describe, expect, it } from "vitest";
import { Translator, type LocaleCode } from "../../src/core/i18n/translator.js";
import { createPrismaClient } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { pledge, registerCompany } from "../support/partners.js";
import { Conversation, TEST_NOW, useTestBot, type TestBot } from "../support/test-bot.js";

const translator = new Translator("id");
const t = (locale: LocaleCode, key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

/** Runs SQL on a connection of its own with triggers off, so no change notification is sent: caches stay as they were. */
async function changeUnannounced(bot: TestBot, sql: string, params: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: bot.database.url });
  await client.connect();
  try {
    await client.query("SET session_replication_role = replica");
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

describe("who may act for a company", () => {
  const bot = useTestBot();

  it("a join request is approved with a numbered choice from the notification, declined with /decline, and contacts can list and remove colleagues", async () => {
    const owner = await registerCompany(bot, "owner", "PT Trust Satu");
    const asker = bot.chat("asker", { localeHint: "en" });
    await asker.send("/register PT Trust Satu");
    await asker.pick("Yes");
    await asker.send("Rina");
    expect(await asker.send("/pledge PADI 1jt")).toBe(t("en", "join-pending", { company: "PT Trust Satu" }));

    const told = (await bot.deliver()).filter((sent) => sent.chatId === "owner");
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain("Rina");
    expect(told[0]!.choices).toEqual([t("en", "choice-approve"), t("en", "choice-decline")]);
    // The owner answers the notification as people do on WhatsApp and the console: "1".
    const request = await bot.database.db.joinRequest.findFirstOrThrow({ where: { member: { userId: "asker" } } });
    expect(await owner.send("1")).toBe(t("en", "join-approved-done", { id: request.id, name: "Rina", company: "PT Trust Satu" }));
    const toAsker = (await bot.deliver()).filter((sent) => sent.chatId === "asker");
    expect(toAsker.map((sent) => sent.text)).toEqual([t("en", "notice-join-approved", { company: "PT Trust Satu" })]);

    const listing = await owner.send("/members");
    expect(listing).toContain("Rina");
    expect(listing).toContain("Contact of PT Trust Satu");
    const rina = await bot.database.db.member.findFirstOrThrow({ where: { userId: "asker" } });
    expect(await owner.send(`/members remove ${rina.id}`)).toBe(t("en", "member-removed", { name: "Rina", company: "PT Trust Satu" }));
    expect(await asker.send("/mypledges")).toBe(t("en", "error-register-first"));

    const other = bot.chat("other-asker", { localeHint: "en" });
    await other.send("/register PT Trust Satu");
    await other.pick("Yes");
    await other.send("Joko");
    const second = await bot.database.db.joinRequest.findFirstOrThrow({ where: { member: { userId: "other-asker" } } });
    // A stranger cannot decide it, and cannot tell it exists.
    expect(await bot.chat("nosy", { localeHint: "en" }).send(`/approve ${second.id}`)).toBe(t("en", "join-request-not-found", { id: second.id }));
    expect(await bot.chat("staff", { localeHint: "en" }).send(`/decline ${second.id}`)).toBe(t("en", "join-declined-done", { id: second.id, name: "Joko", company: "PT Trust Satu" }));
    expect(await other.send("/mypledges")).toBe(t("en", "error-register-first"));
    const audit = await bot.database.db.auditLog.findMany({ where: { action: { startsWith: "join." } }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["join.request", "join.approve", "join.request", "join.decline"]);
    expect(await bot.database.db.auditLog.count({ where: { action: "member.remove", entityId: String(rina.id) } })).toBe(1);
  });

  it("staff rights and whose pledge it is are read from committed rows, not from a cache", async () => {
    const partner = await registerCompany(bot, "committed-partner", "PT Committed");
    const id = await pledge(bot, partner, "PADI 2jt");
    const helper = bot.chat("granted-helper", { localeHint: "en" });
    await bot.chat("staff").send("/staff add console:granted-helper");
    expect(await helper.send("/pending")).toContain(`#${id}`); // rights cached now
    // Revoked behind the caches' back: no notification reaches them.
    await changeUnannounced(bot, `DELETE FROM "StaffGrant" WHERE identity = 'console:granted-helper'`);
    expect(await helper.send(`/confirm ${id}`)).toBe(t("en", "error-staff-only"));
    expect((await bot.database.db.pledge.findUniqueOrThrow({ where: { id } })).status).toBe("pledged");

    // Which step a flow is on: moved back to the amount behind the caches' back, the next answer is read as an amount.
    await partner.send("/pledge PADI 1jt");
    await changeUnannounced(bot, `UPDATE "ConversationState" SET step = 'amount', data = '{"campaignCode":"PADI","kind":"cash"}' WHERE key = 'console:committed-partner'`);
    expect(await partner.send("6jt")).toBe(t("en", "pledge-ask-note"));
    await partner.send("batal");

    expect(await partner.send("/mypledges")).toContain(`#${id}`); // member cached with the company
    await changeUnannounced(bot, `UPDATE "Member" SET "organizationId" = NULL WHERE "userId" = 'committed-partner'`);
    expect(await partner.send(`/cancel ${id}`)).toBe(t("en", "error-register-first"));
    expect((await bot.database.db.pledge.findUniqueOrThrow({ where: { id } })).status).toBe("pledged");
  });
});

describe("the read caches never outlive a committed change", () => {
  const bot = useTestBot();

  it("a transaction's tables are reported after COMMIT, so a read racing it cannot keep the old row", async () => {
    const reader = bot.chat("race-reader", { localeHint: "en" });
    expect(await reader.send("/campaign PADI")).toContain("Organic rice in Ciamis");
    const db = bot.database.db;
    await db.$transaction(async (tx) => {
      await tx.campaign.update({ where: { code: "PADI" }, data: { title: { id: "Padi baru", en: "New rice title" } } });
      // A reader in the middle of the transaction sees the old row, as it should...
      expect(await reader.send("/campaign PADI")).toContain("Organic rice in Ciamis");
    });
    // ...but must not keep it once the change is committed.
    expect(await reader.send("/campaign PADI")).toContain("New rice title");
  });

  it("/campaign and /top take the cache's stamp before they read the campaign", async () => {
    const url = bot.database.url;
    let raced = false;
    // A second client whose campaign look-up lets another process rename the campaign, and its
    // notification arrive, before it returns: the page rendered meanwhile must not be kept.
    const racing = createPrismaClient(url).$extends({
      query: {
        campaign: {
          async findUnique({ args, query }) {
            const row = await query(args);
            if (!raced && args.where?.code === "KER") {
              raced = true;
              const other = new pg.Client({ connectionString: url });
              await other.connect();
              await other.query(`UPDATE "Campaign" SET title = '{"id":"KER diganti","en":"KER renamed"}' WHERE code = 'KER'`);
              await other.end();
              await new Promise((done) => setTimeout(done, 300));
            }
            return row;
          },
        },
      },
    }) as unknown as ReturnType<typeof createPrismaClient>;
    const core = bot.coreOn(racing);
    try {
      const ask = async (text: string, messageId: string) =>
        (await core.handle({ channel: "console", chatId: "racer", userId: "racer", messageId, text, localeHint: "en" })).map((reply) => reply.text).join("\n");
      await ask("/campaign KER", "r1");
      expect(await ask("/campaign KER", "r2")).toContain("KER renamed");
    } finally {
      await racing.$changes.close();
      await racing.$disconnect();
    }
  });
});

describe("who is told what", () => {
  const bot = useTestBot();

  it("the partner hears of every change to their pledge, with its number and amount, in their language; staff hear of a reported transfer", async () => {
    const partner = await registerCompany(bot, "told-partner", "PT Told", "ko");
    const colleagueOwner = partner;
    const staff = bot.chat("staff", { localeHint: "en" });
    await staff.send("/help");
    const first = await pledge(bot, partner, "PADI 5jt");
    await bot.deliver();

    await partner.send(`/paid ${first}`);
    await partner.pick(partner.offered[0]!.label); // skip the slip, in the partner's language
    const toStaff = (await bot.deliver()).filter((sent) => sent.chatId === "staff");
    expect(toStaff.map((sent) => sent.text)).toEqual([t("en", "notice-transfer-reported", { company: "PT Told", id: first, code: "PADI", what: "Rp 5,000,000" })]);

    await staff.send(`/confirm ${first}`);
    const second = await pledge(bot, partner, "PADI 7jt");
    await staff.send(`/reject ${second} transfer not found`);
    const told = (await bot.deliver()).filter((sent) => sent.chatId === "told-partner").map((sent) => sent.text);
    const { receiptNumber } = await bot.database.db.pledge.findUniqueOrThrow({ where: { id: first } });
    expect(told).toEqual([
      `${t("ko", "notice-pledge-confirm", { id: first, code: "PADI", what: "Rp 5,000,000" })}\n${t("ko", "notice-receipt-attached", { number: receiptNumber! })}`,
      t("ko", "notice-pledge-reject", { id: second, code: "PADI", what: "Rp 7,000,000", reason: "transfer not found" }),
    ]);

    // A colleague cancels: the person who pledged is told who did it.
    const colleague = bot.chat("told-colleague", { localeHint: "en" });
    await colleague.send("/register PT Told");
    await colleague.pick("Yes");
    await colleague.send("Dimas");
    const request = await bot.database.db.joinRequest.findFirstOrThrow({ where: { member: { userId: "told-colleague" } } });
    await colleagueOwner.send(`/approve ${request.id}`);
    const third = await pledge(bot, partner, "PADI 3jt");
    await bot.deliver();
    await colleague.send(`/cancel ${third}`);
    expect((await bot.deliver()).filter((sent) => sent.chatId === "told-partner").map((sent) => sent.text)).toEqual([
      t("ko", "notice-pledge-cancel", { id: third, code: "PADI", what: "Rp 3,000,000", by: "Dimas" }),
    ]);

    // /stop is honoured: an opted-out partner is left out (and checked again at send time).
    const fourth = await pledge(bot, partner, "PADI 4jt");
    await partner.send("/stop");
    const before = await bot.database.db.delivery.count({ where: { member: { userId: "told-partner" } } });
    await staff.send(`/confirm ${fourth}`);
    expect((await bot.deliver()).filter((sent) => sent.chatId === "told-partner")).toEqual([]);
    expect(await bot.database.db.delivery.count({ where: { member: { userId: "told-partner" } } })).toBe(before);
  });

  it("/update goes to the campaign's subscribers with the beneficiary counts, per language", async () => {
    await bot.chat("sub-ko", { localeHint: "ko" }).send("/subscribe PADI");
    await bot.chat("sub-all", { localeHint: "en" }).send("/subscribe");
    await bot.chat("sub-other", { localeHint: "en" }).send("/subscribe BTS");
    const staff = bot.chat("staff", { localeHint: "en" });
    expect(await staff.send("/update PADI")).toBe(t("en", "update-ask-text", { max: 900 }));
    await staff.send("Benih tahap dua sudah dibagikan.");
    await staff.pick("Add Korean");
    await staff.send("2차 종자를 나눴습니다.");
    await staff.pick("Continue");
    const preview = await staff.send("farmers=80");
    expect(preview).toContain(t("en", "update-preview", { code: "PADI", total: "2", reached: "farmers=80" }));
    expect(await staff.pick("Confirm")).toBe(t("en", "update-posted", { code: "PADI", total: "2" }));

    const sent = await bot.deliver();
    const korean = sent.find((message) => message.chatId === "sub-ko")!;
    expect(korean.text).toContain("2차 종자를 나눴습니다.");
    expect(korean.text).toContain("80");
    const english = sent.find((message) => message.chatId === "sub-all")!;
    // No English text was given: Indonesian, the fallback, with the counts in English.
    expect(english.text).toContain("Benih tahap dua sudah dibagikan.");
    expect(english.text).toContain("farmers: 80 of 120 (66%)");
    expect(sent.some((message) => message.chatId === "sub-other")).toBe(false);
  });

  it("a language the channel reported is remembered until /lang, so broadcasts arrive in it", async () => {
    const korean = bot.chat("55501", { channel: "telegram", localeHint: "ko" });
    await korean.send("/subscribe");
    expect((await bot.database.db.member.findFirstOrThrow({ where: { userId: "55501" } })).locale).toBe("ko");
    const staff = bot.chat("staff", { localeHint: "en" });
    await staff.send("/update PADI Panen raya farmers=90");
    const sent = (await bot.deliver()).find((message) => message.chatId === "55501")!;
    expect(sent.text).toContain(t("ko", "goal-farmers"));
    await korean.send("/lang en");
    await bot.chat("55501", { channel: "telegram", localeHint: "ko" }).send("/total");
    expect((await bot.database.db.member.findFirstOrThrow({ where: { userId: "55501" } })).locale).toBe("en");
  });
});

describe("money details and choices", () => {
  const bot = useTestBot();

  it("after a pledge the partner is told where to transfer and which reference to write; staff can change the account", async () => {
    const partner = await registerCompany(bot, "payer", "PT Payer");
    await partner.send("/pledge PADI 10jt");
    await partner.pick("Skip");
    const recorded = await partner.pick("Confirm");
    const id = (await bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "payer" } } })).id;
    expect(recorded).toContain(
      t("en", "transfer-instructions", { amount: "Rp 10,000,000", bank: "Bank Contoh (CONTOH / EXAMPLE)", account: "000-000-0000 (contoh)", holder: "Yayasan Contoh K-Peduli (demo)", reference: `KP-${id}`, id }),
    );
    expect(await bot.chat("staff").send("/editcampaign PADI account 111-222-333")).toBe(t("id", "editcampaign-done", { code: "PADI", field: "account" }));
    await partner.send("/pledge PADI 1jt");
    await partner.pick("Skip");
    expect(await partner.pick("Confirm")).toContain("111-222-333");
    expect(await bot.database.db.auditLog.count({ where: { action: "campaign.edit", entityId: "PADI" } })).toBe(1);

    await partner.send("/pledge PADI");
    await partner.pick("Goods");
    await partner.send("seed bags");
    await partner.send("10");
    await partner.send("100rb");
    await partner.pick("Skip");
    expect(await partner.pick("Confirm")).toContain("Example Warehouse");
  });

  it("an option's name picks it in any of the three languages, whatever the person's language", async () => {
    const person = bot.chat("polyglot", { localeHint: "id" });
    await person.send("/register PT Poliglot");
    await person.send("Nama Saya");
    await person.send("Bandung");
    expect(await person.send("Show our name")).toBe(t("id", "register-done", { company: "PT Poliglot" }));
    const korean = bot.chat("polyglot-ko", { localeHint: "ko" });
    await korean.send("/register PT Poliglot Dua");
    await korean.send("김철수");
    await korean.send("Jakarta");
    expect(await korean.send("tampilkan NAMA kami!")).toBe(t("ko", "register-done", { company: "PT Poliglot Dua" }));

    const staff = bot.chat("staff", { localeHint: "id" });
    await staff.send("/broadcast");
    await staff.send("everyone subscribed");
    await staff.send("Halo semua");
    expect(await staff.send("Continue")).toBe(t("id", "broadcast-ask-when"));
    await staff.send("batal");
  });

  it("a number picks from a read-only answer's choices too, and an answer without choices clears them", async () => {
    const reader = bot.chat("numbers", { localeHint: "en" });
    await reader.send("/campaigns");
    expect(await reader.send("1")).toContain("Organic rice in Ciamis");
    await reader.send("/total");
    expect(await reader.send("1")).toBe(t("en", "error-not-understood", { command: "/1" }));
  });

  it("a number typed in a new process picks from the choices the old one offered, never becomes the answer to another question", async () => {
    const partner = await registerCompany(bot, "restarter", "PT Restart");
    expect(await partner.send("/pledge PADI 2jt")).toBe(t("en", "pledge-ask-note"));
    // Another process, with empty memory: the console sends the typed "1" as text.
    const second = bot.coreOn(bot.database.db);
    const replies = await second.handle({ channel: "console", chatId: "restarter", userId: "restarter", messageId: "restart-1", text: "1", localeHint: "en" });
    expect(replies.map((reply) => reply.text).join("\n")).toContain("Note: -");
    // And back in the first: "1" now confirms, from the choices the second process offered.
    expect(await partner.send("1")).toContain("KP-");
    const stored = await bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "restarter" } } });
    expect(stored.note).toBeNull();
  });
});

describe("campaign lifecycle", () => {
  const bot = useTestBot();

  it("a campaign past its end date takes no pledges, and the nightly job closes it and tells staff", async () => {
    const partner = await registerCompany(bot, "late", "PT Late");
    const staff = bot.chat("staff", { localeHint: "en" });
    await staff.send("/help");
    const padi = await bot.database.db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    bot.clock.now = new Date(padi.endsOn.getTime() + 86_400_000 + 3 * 3_600_000);
    try {
      expect(await partner.send("/pledge PADI 1jt")).toContain(t("en", "error-campaign-not-active", { code: "PADI" }));
      const scheduler = createScheduler({ db: bot.database.db, translator, staff: ["console:staff"], logger: createLogger({ level: "silent" }) });
      // 00:05 in Jakarta on the day after.
      const slot = new Date(Date.UTC(padi.endsOn.getUTCFullYear(), padi.endsOn.getUTCMonth(), padi.endsOn.getUTCDate() + 1, 0, 5) - 7 * 3_600_000);
      expect(await scheduler.tick(slot)).toBe(1);
      expect(await scheduler.tick(slot)).toBe(0);
      expect((await bot.database.db.campaign.findUniqueOrThrow({ where: { code: "PADI" } })).status).toBe("closed");
      const toStaff = (await bot.deliver()).filter((sent) => sent.chatId === "staff");
      expect(toStaff.map((sent) => sent.text)).toEqual([t("en", "closing-summary", { count: 1, codes: "PADI" })]);

      expect(await staff.send("/reopen PADI")).toBe(t("en", "reopen-needs-end-date", { code: "PADI" }));
      expect(await staff.send("/reopen PADI 2030-01-31")).toContain(t("en", "campaign-reopened", { code: "PADI", date: "Jan 31, 2030" }));
      expect(await bot.database.db.auditLog.count({ where: { action: "campaign.reopen", entityId: "PADI" } })).toBe(1);
      expect(await partner.send("/pledge PADI 1jt")).toBe(t("en", "pledge-ask-note"));
      await partner.send("batal");
    } finally {
      bot.clock.now = TEST_NOW;
    }
  });

  it("a pledge far above what the campaign still needs asks once whether it is meant", async () => {
    const partner = await registerCompany(bot, "generous", "PT Generous");
    await partner.send("/pledge PADI 900jt");
    const asked = await partner.pick("Skip");
    expect(asked).toBe(t("en", "pledge-ask-large", { amount: "Rp 900,000,000", code: "PADI" }));
    expect(await partner.pick("No, change it")).toBe(t("en", "pledge-ask-amount"));
    expect(await partner.send("5jt")).toContain("Rp 5,000,000"); // an ordinary amount goes straight to the confirmation
    await partner.send("/pledge PADI 900jt");
    await partner.pick("Skip");
    const summary = await partner.pick("Yes, that amount");
    expect(summary).toContain("Rp 900,000,000");
    expect(partner.offeredValues).toEqual(["yes", "no"]);
    await partner.pick("Confirm");
    expect(await bot.database.db.pledge.count({ where: { member: { userId: "generous" } } })).toBe(1);
  });

  it("broadcast numbers run without gaps however many notifications come between", async () => {
    const staff = bot.chat("staff", { localeHint: "en" });
    await bot.chat("listener").send("/subscribe");
    const sendBroadcast = async (text: string) => {
      await staff.send("/broadcast");
      await staff.pick("Everyone subscribed");
      await staff.send(text);
      await staff.pick("Continue");
      await staff.pick("Now");
      return staff.pick("Confirm");
    };
    const first = await sendBroadcast("first");
    await registerCompany(bot, "between", "PT Between");
    const asker = bot.chat("between-asker");
    await asker.send("/register PT Between");
    await asker.pick(t("id", "choice-yes"));
    await asker.send("Ayu"); // notifications to the company and to staff: broadcast rows, but no numbers
    expect(await bot.database.db.broadcast.count({ where: { kind: "notification" } })).toBeGreaterThan(0);
    const second = await sendBroadcast("second");
    const numbers = [first, second].map((reply) => Number(/#(\d+)/.exec(reply)![1]));
    expect(numbers[1]).toBe(numbers[0]! + 1);
  });

  it("the demo's closed campaigns date their closing update on the campaign's end", async () => {
    const bts = await bot.database.db.campaign.findUniqueOrThrow({ where: { code: "BTS" }, include: { updates: true } });
    expect(bts.updates.map((update) => update.createdAt)).toEqual([bts.endsOn]);
    expect(bts.closedAt).toEqual(bts.endsOn);
  });
});

describe("flows under attack", () => {
  const bot = useTestBot({ staff: ["console:boss"] });

  it("a staff member removed mid-broadcast cannot send it", async () => {
    await bot.chat("boss").send("/staff add console:temp-staff");
    await bot.chat("fan").send("/subscribe");
    const temp = bot.chat("temp-staff", { localeHint: "en" });
    await temp.send("/broadcast");
    await temp.pick("Everyone subscribed");
    await temp.send("Unauthorised news");
    await temp.pick("Continue");
    await temp.pick("Now");
    await bot.chat("boss").send("/staff remove console:temp-staff");
    expect(await temp.pick("Confirm")).toBe(t("en", "error-staff-only"));
    expect(await bot.database.db.broadcast.count({ where: { kind: "staff" } })).toBe(0);
  });

  it("two confirmations of one flow at once, in two processes, store one pledge; the second is told it was already done", async () => {
    const partner = await registerCompany(bot, "double", "PT Double");
    await partner.send("/pledge PADI 3jt");
    await partner.pick("Skip");
    const confirm = partner.offered.find((choice) => choice.label.includes("Confirm"))!;
    const otherClient = createPrismaClient(bot.database.url);
    const otherProcess = bot.coreOn(otherClient);
    try {
      const press = (core: typeof otherProcess, id: string) =>
        core.handle({ channel: "console", chatId: "double", userId: "double", messageId: id, choice: confirm.value, localeHint: "en" });
      const answers = await Promise.all([press(bot.core, "tap-1"), press(otherProcess, "tap-2")]);
      const texts = answers.map((replies) => replies.map((reply) => reply.text).join("\n"));
      expect(await bot.database.db.pledge.count({ where: { member: { userId: "double" } } })).toBe(1);
      expect(texts.filter((text) => text.includes("KP-"))).toHaveLength(1);
      expect(texts).toContain(t("en", "choice-stale"));
    } finally {
      await otherClient.$changes.close();
      await otherClient.$disconnect();
    }
  });

  it.each([
    {
      flow: "register",
      as: "double-register",
      script: ["/register PT Sekali Saja", "Rina", "Jakarta"],
      count: (bot: TestBot) => bot.database.db.organization.count({ where: { nameKey: "pt sekali saja" } }),
    },
    {
      flow: "newcampaign",
      as: "boss",
      script: ["/newcampaign ONCE", "Sekali", "skip", "skip", "Cerita sekali.", "skip", "skip", "10jt", "today", "2027-01-31", "skip", "skip", "skip", "skip", "skip", "skip"],
      count: (bot: TestBot) => bot.database.db.campaign.count({ where: { code: "ONCE" } }),
    },
    {
      flow: "broadcast",
      as: "boss",
      script: ["/broadcast", "all_subscribers", "Sekali saja", "done", "now"],
      count: (bot: TestBot) => bot.database.db.broadcast.count({ where: { kind: "staff", texts: { path: ["id"], equals: "Sekali saja" } } }),
    },
  ])("two confirmations of $flow at once write it once", async ({ flow, as, script, count }) => {
    await bot.chat("double-fan").send("/subscribe");
    const person = bot.chat(as, { localeHint: "en" });
    for (const line of script) await person.send(line);
    // The last question offers the final choice: press it twice at once, as a double tap does.
    const final = person.offered[0]!;
    const press = (id: string) => bot.core.handle({ channel: "console", chatId: as, userId: as, messageId: id, choice: final.value, localeHint: "en" });
    const [first, second] = await Promise.all([press(`${flow}-a`), press(`${flow}-b`)]);
    expect(await count(bot)).toBe(1);
    expect([first, second].map((replies) => replies.map((reply) => reply.text).join("\n"))).toContain(t("en", "choice-stale"));
  });

  it("NUL and other control characters get a clear reply, and nothing is stored, not even the person", async () => {
    const replies = await bot.core.handle({ channel: "console", chatId: "nul", userId: "nul", messageId: "nul-1", text: "/register PT\u0000Evil", localeHint: "ko" });
    expect(replies.map((reply) => reply.text)).toEqual([t("ko", "error-control-characters")]);
    expect(await bot.database.db.member.count({ where: { userId: "nul" } })).toBe(0);
  });

  it("text columns refuse what no code path may write, e.g. a 10 MB title", async () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    await expect(bot.database.db.campaign.update({ where: { code: "PADI" }, data: { title: { id: huge } } })).rejects.toThrow(/Campaign_title_size/);
    await expect(bot.database.db.organization.create({ data: { name: huge, nameKey: "huge", city: "x" } })).rejects.toThrow();
  });
});
