import { describe, expect, it } from "vitest";
import { createBotCore } from "../../src/core/bot-core.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { cronPort } from "../../src/scheduler/cron.js";
import { formatFor } from "../../src/core/i18n/format.js";
import { Translator } from "../../src/core/i18n/translator.js";
import { loadCampaignTotals } from "../../src/core/use-cases/campaign-totals.js";
import { loadOverallTotals } from "../../src/core/use-cases/overall-totals.js";
import { createPrismaClient } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";
import { useTestBot } from "../support/test-bot.js";
import { waitUntil } from "../support/wait-until.js";

const translator = new Translator("id");
const rupiah = formatFor("id").rupiah;

/** The campaign page's totals line, as the database has them now. */
async function totalsLine(bot: ReturnType<typeof useTestBot>): Promise<string> {
  const campaign = await bot.database.db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
  const totals = (await loadCampaignTotals(bot.database.db, [campaign.id])).get(campaign.id)!;
  return translator.translate("id", "campaign-confirmed-vs-pledged", { confirmed: rupiah(totals.confirmed), pledged: rupiah(totals.pledged) });
}

/** Another process: a client of its own, whose changes reach the bot only as notifications. */
async function inAnotherProcess(url: string, change: (db: ReturnType<typeof createPrismaClient>) => Promise<unknown>): Promise<void> {
  const other = createPrismaClient(url);
  try {
    await change(other);
  } finally {
    await other.$changes.close();
    await other.$disconnect();
  }
}

describe("answers served from memory", () => {
  const bot = useTestBot();

  it("show a pledge confirmed here on the very next /campaign, /campaigns, /top and /total", async () => {
    const donor = bot.chat("reader");
    await donor.send("/campaign PADI"); // now in memory
    const totalBefore = await donor.send("/total");
    const listBefore = await donor.send("/campaigns");
    expect(await donor.send("/top PADI")).not.toContain("PT Cache Segar");
    const partner = bot.chat("cached-partner");
    await partner.send("/register PT Cache Segar");
    await partner.send("Dewi");
    await partner.send("Depok");
    await partner.pick("Tampilkan");
    await partner.send("/pledge PADI 3jt");
    await partner.pick("Lewati");
    await partner.pick("Konfirmasi");
    const afterPledge = await donor.send("/campaign PADI");
    expect(afterPledge).toContain(await totalsLine(bot));
    const pledge = await bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "cached-partner" } } });
    await bot.chat("staff").send(`/confirm ${pledge.id}`);
    const afterConfirm = await donor.send("/campaign PADI");
    expect(afterConfirm).not.toBe(afterPledge);
    expect(afterConfirm).toContain(await totalsLine(bot));
    const overall = await loadOverallTotals(bot.database.db);
    const totalAfter = await donor.send("/total");
    expect(totalAfter).not.toBe(totalBefore);
    expect(totalAfter).toContain(rupiah(overall.active.confirmed));
    expect(await donor.send("/campaigns")).not.toBe(listBefore);
    expect(await donor.send("/top PADI")).toContain("PT Cache Segar");
  });

  it("show a company renamed by another process on the wall, as soon as it is announced", async () => {
    const donor = bot.chat("reader-4");
    expect(await donor.send("/top PADI")).toContain("PT Cache Segar");
    await inAnotherProcess(bot.database.url, (db) => db.organization.updateMany({ where: { name: "PT Cache Segar" }, data: { name: "PT Cache Baru" } }));
    await waitUntil("the new name is on the wall", async () => (await donor.send("/top PADI")).includes("PT Cache Baru"));
  });

  it("show what another process changed, as soon as it is announced", async () => {
    const donor = bot.chat("reader-2");
    expect(await donor.send("/campaign PADI")).not.toContain("Judul baru");
    await inAnotherProcess(bot.database.url, (db) =>
      db.campaign.update({ where: { code: "PADI" }, data: { title: { id: "Judul baru", en: "New title", ko: "새 제목" } } }),
    );
    await waitUntil("the new title is shown", async () => (await donor.send("/campaign PADI")).includes("Judul baru"));
  });

  it("give staff rights granted by another process", async () => {
    const newcomer = bot.chat("granted-elsewhere");
    expect(await newcomer.send("/pending")).toBe(translator.translate("id", "error-staff-only"));
    await inAnotherProcess(bot.database.url, (db) => db.staffGrant.create({ data: { identity: "console:granted-elsewhere", grantedBy: "console:staff" } }));
    await waitUntil("the grant takes effect", async () => (await newcomer.send("/pending")) !== translator.translate("id", "error-staff-only"));
  });

  it("never answer a read-only command twice, even redelivered after a restart", async () => {
    const message = { channel: "telegram" as const, chatId: "restarted", userId: "restarted", messageId: "update-7", text: "/campaign PADI" };
    expect(await bot.core.handle(message)).toHaveLength(1);
    await waitUntil("the id is written", async () => (await bot.database.db.processedMessage.count({ where: { key: "telegram:restarted:update-7" } })) === 1);
    const restarted = createBotCore({ outbox: outboxPort, cron: cronPort,
      db: bot.database.db,
      logger: createLogger({ level: "silent" }),
      translator,
      clock: () => bot.clock.now,
      config: { staff: [], defaultLocale: "id", flowTimeoutMinutes: 30 },
    });
    expect(await restarted.handle(message)).toEqual([]);
    expect(await restarted.handle(message)).toEqual([]);
  });
});

describe("answers while change notifications can't be heard", () => {
  const bot = useTestBot();

  it("come straight from the database", async () => {
    const donor = bot.chat("reader-3");
    await donor.send("/campaign PADI");
    await bot.database.db.$changes.close();
    await inAnotherProcess(bot.database.url, (db) =>
      db.campaign.update({ where: { code: "PADI" }, data: { title: { id: "Tanpa kabar", en: "Unannounced", ko: "공지 없음" } } }),
    );
    expect(await donor.send("/campaign PADI")).toContain("Tanpa kabar");
  });
});
