import { describe, expect, it } from "vitest";
import { Translator, type LocaleCode } from "../../src/core/i18n/translator.js";
import { createNotifier } from "../../src/core/notifier.js";
import { closeCampaign } from "../../src/core/use-cases/close-campaign.js";
import { editCampaign } from "../../src/core/use-cases/edit-campaign.js";
import { createPrismaClient } from "../../src/db/database.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { createLogger } from "../../src/logger.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { pledge, registerCompany } from "../support/partners.js";
import { pdfText } from "../support/pdf-text.js";
import { useTestBot } from "../support/test-bot.js";
import { waitUntil } from "../support/wait-until.js";

const translator = new Translator("id");
const t = (locale: LocaleCode, key: string) => translator.translate(locale, key);
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? "silent" });

/** PADI's last day is 2027-01-12 (Jakarta): the closing runs at 00:05 WIB the night after. */
const CLOSING_NIGHT = new Date("2027-01-12T17:05:00Z");
const NEXT_NIGHT = new Date("2027-01-13T17:05:00Z");

describe("the nightly closing job: CSR certificates for every company that gave", () => {
  const bot = useTestBot({ staff: ["console:staff"] });
  const scheduler = (db = bot.database.db) => createScheduler({ db, translator, logger, staff: ["console:staff"] });

  it("closes PADI the night after its last day and sends each giving company its certificate in its language, once, however many instances run it", async () => {
    const db = bot.database.db;
    const givers = [
      { userId: "closing-id", company: "PT Penutupan Indonesia", lang: "id", amount: "PADI 3jt" },
      { userId: "closing-ko", company: "마감 한국 상사", lang: "ko", amount: "PADI 7jt" },
      { userId: "closing-en", company: "PT Closing English", lang: "en", amount: "PADI 5jt" },
    ] as const;
    const staff = bot.chat("staff");
    for (const giver of givers) {
      const partner = await registerCompany(bot, giver.userId, giver.company, giver.lang);
      await staff.send(`/confirm ${await pledge(bot, partner, giver.amount)}`);
    }
    const unconfirmed = await registerCompany(bot, "closing-unpaid", "PT Belum Bayar", "id");
    await pledge(bot, unconfirmed, "PADI 1jt");
    await bot.deliver(); // the receipts, out of the way

    // The last day itself: still open.
    await scheduler().tick(new Date("2027-01-11T17:05:00Z"));
    expect((await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } })).status).toBe("active");

    // Two instances tick the closing minute at once, one of them twice; then the next night comes.
    const otherDb = createPrismaClient(bot.database.url);
    try {
      const runs = await Promise.all([scheduler().tick(CLOSING_NIGHT), scheduler(otherDb).tick(CLOSING_NIGHT), scheduler().tick(CLOSING_NIGHT)]);
      expect(runs.reduce((sum, count) => sum + count, 0)).toBe(1);
    } finally {
      await otherDb.$disconnect();
    }
    expect(await scheduler().tick(CLOSING_NIGHT)).toBe(0);
    await scheduler().tick(NEXT_NIGHT);
    expect((await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } })).status).toBe("closed");

    bot.clock.now = new Date(NEXT_NIGHT.getTime() + 60_000);
    const sent = await bot.deliver();
    const certificates = sent.filter((message) => message.attachment?.fileName.startsWith("CSR-PADI-"));
    // Every contact of every company with a confirmed gift (the demo partner's too), each once.
    const padi = await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    const contacts = await db.member.findMany({
      where: { organization: { partnerTotals: { some: { campaignId: padi.id, confirmed: { gt: 0 } } } } },
      include: { organization: true },
    });
    expect(contacts.map((contact) => contact.userId)).toEqual(expect.arrayContaining(givers.map((giver) => giver.userId)));
    expect(certificates.map((message) => message.chatId).sort()).toEqual(contacts.map((contact) => contact.userId).sort());
    for (const contact of contacts) {
      const [certificate] = certificates.filter((message) => message.chatId === contact.userId);
      expect(certificate!.attachment!.mimeType).toBe("application/pdf");
      const lang = (contact.locale ?? "id") as LocaleCode;
      const { text } = await pdfText(certificate!.attachment!.bytes);
      for (const expected of [t(lang, "certificate-title"), t(lang, "certificate-given"), contact.organization!.name, "PADI"]) expect(text).toContain(expected);
    }
    expect(certificates.filter((message) => message.chatId === "closing-ko").map((message) => message.text)).toEqual([
      translator.translate("ko", "notice-certificate", { code: "PADI", company: "마감 한국 상사" }),
    ]);
    // Staff hear which campaigns closed, once.
    expect(sent.filter((message) => message.chatId === "staff" && message.text.includes("PADI") && !message.attachment)).toHaveLength(1);
    expect(await bot.deliver()).toEqual([]);
  });

  it("staff closing one campaign and extending another at the same moment: the night closes the rest, keeps the extended one open, and each certificate goes once", async () => {
    const db = bot.database.db;
    const night = new Date("2027-01-20T17:05:00Z");
    for (const code of ["KOPI", "SAWAH", "TEH"]) {
      await db.campaign.create({
        data: { code, title: { id: `Demo ${code}` }, story: { id: "Demo" }, target: 100_000_000n, startsOn: new Date("2026-11-01"), endsOn: new Date("2027-01-20"), status: "active", isDemo: true },
      });
      const partner = await registerCompany(bot, `race-${code}`, `PT Balapan ${code}`, "en");
      await bot.chat("staff").send(`/confirm ${await pledge(bot, partner, `${code} 4jt`)}`);
    }
    await bot.deliver();

    // Staff close SAWAH and give TEH a later end, in a transaction that commits only once the nightly run waits for them.
    const staffDb = createPrismaClient(bot.database.url);
    let nightly: Promise<number> | undefined;
    try {
      await staffDb.$transaction(
        async (tx) => {
          const notify = createNotifier({ db: tx, outbox: outboxPort, translator, staff: ["console:staff"], now: night });
          await closeCampaign(tx, { code: "SAWAH", actor: "console:staff", now: night }, notify);
          await editCampaign(tx, { code: "TEH", field: "ends", value: "2027-02-28", actor: "console:staff", now: night });
          nightly = scheduler().tick(night);
          await waitUntil("the nightly run waits for their rows", async () => {
            const [row] = await db.$queryRaw<{ waiting: number }[]>`
              SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
            return row!.waiting > 0;
          }, 30_000);
        },
        { timeout: 60_000 },
      );
      expect(await nightly).toBe(1);
    } finally {
      await staffDb.$disconnect();
    }
    const statuses = await db.campaign.findMany({ where: { code: { in: ["KOPI", "SAWAH", "TEH"] } }, orderBy: { code: "asc" }, select: { code: true, status: true } });
    expect(statuses).toEqual([{ code: "KOPI", status: "closed" }, { code: "SAWAH", status: "closed" }, { code: "TEH", status: "active" }]);
    expect(await db.auditLog.findMany({ where: { action: "campaign.close", entityId: { in: ["KOPI", "SAWAH"] } }, orderBy: { entityId: "asc" }, select: { entityId: true, actor: true } })).toEqual([
      { entityId: "KOPI", actor: "system:scheduler" },
      { entityId: "SAWAH", actor: "console:staff" },
    ]);

    bot.clock.now = new Date(night.getTime() + 60_000);
    const certificates = (await bot.deliver()).filter((message) => message.attachment?.fileName.startsWith("CSR-"));
    expect(certificates.map((message) => [message.chatId, message.attachment!.fileName.split("-")[1]]).sort()).toEqual([
      ["race-KOPI", "KOPI"],
      ["race-SAWAH", "SAWAH"],
    ]);
  });
});
