import { beforeAll, describe, expect, it } from "vitest";
import { createPledge } from "../../src/core/use-cases/create-pledge.js";
import { loadCampaignTotals } from "../../src/core/use-cases/campaign-totals.js";
import { Translator } from "../../src/core/i18n/translator.js";
import { countersAndRecount } from "../support/pledge-counters.js";
import { useTestBot } from "../support/test-bot.js";

describe("idempotency and concurrency", () => {
  const bot = useTestBot();

  beforeAll(async () => {
    const partner = bot.chat("twice", { channel: "telegram" });
    await partner.send("/register PT Dua Kali");
    await partner.send("Dewi");
    await partner.send("Depok");
    await partner.pick("Tampilkan");
  });

  /** The press of "Confirm" at the end of a pledge wizard, as the platform delivers it. */
  async function confirmation(pledge: string, messageId: string) {
    const partner = bot.chat("twice", { channel: "telegram" });
    await partner.send(pledge);
    await partner.pick("Lewati");
    const confirm = partner.offered.find((choice) => choice.label.includes("Konfirmasi"))!;
    return { channel: "telegram" as const, chatId: "twice", userId: "twice", messageId, choice: confirm.value };
  }

  it("the same platform message delivered twice acts once", async () => {
    const message = await confirmation("/pledge PADI 7jt", "update-42");
    const first = await bot.core.handle(message);
    const second = await bot.core.handle(message);
    expect(first[0]!.text).toContain("#");
    expect(second).toEqual([]);
    expect(await bot.database.db.pledge.count({ where: { member: { userId: "twice" } } })).toBe(1);
  });

  it("the same confirmation delivered twice at once, to two processes, makes one pledge and one answer", async () => {
    const message = await confirmation("/pledge PADI 4jt", "update-43");
    const db = bot.database.db;
    const before = await db.pledge.count({ where: { member: { userId: "twice" } } });
    const answers = await Promise.all([bot.core.handle(message), bot.coreOn(db).handle(message)]);
    expect(answers.filter((replies) => replies.length > 0)).toHaveLength(1);
    expect(await db.pledge.count({ where: { member: { userId: "twice" } } })).toBe(before + 1);
    const { stored, recomputed } = await countersAndRecount(db);
    expect(stored).toEqual(recomputed);
  });

  it("a read-only command redelivered to a second process is answered once, even when that process's memory is warm", async () => {
    const second = bot.coreOn(bot.database.db);
    const reader = { channel: "telegram" as const, chatId: "reader", userId: "reader", text: "/campaign PADI" };
    // Both processes have loaded the ids recorded before them, so memory calls a new id a first delivery.
    await Promise.all([bot.core.handle({ ...reader, messageId: "warm-1" }), second.handle({ ...reader, messageId: "warm-2" })]);
    const first = await bot.core.handle({ ...reader, messageId: "read-77" });
    const again = await second.handle({ ...reader, messageId: "read-77" });
    expect(first[0]!.text).toContain("PADI");
    expect(again).toEqual([]);
  });

  it("a pledge use case called twice with one source message returns the first pledge", async () => {
    const member = await bot.database.db.member.findFirstOrThrow({ where: { userId: "twice" } });
    const campaign = await bot.database.db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    const input = {
      campaignId: campaign.id,
      organizationId: member.organizationId!,
      memberId: member.id,
      kind: "cash" as const,
      amount: 1_000_000n,
      sourceMessageId: "telegram:twice:direct-1",
    };
    const first = await createPledge(bot.database.db, input);
    const again = await createPledge(bot.database.db, input);
    expect(first.created).toBe(true);
    expect(again).toEqual({ pledge: first.pledge, created: false });
  });

  it("calls racing on one source message make one pledge, counted once, and all return it", async () => {
    const db = bot.database.db;
    const member = await db.member.findFirstOrThrow({ where: { userId: "twice" } });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    const input = { campaignId: campaign.id, organizationId: member.organizationId!, memberId: member.id, kind: "cash" as const, amount: 3_000_000n, sourceMessageId: "telegram:twice:raced" };
    const results = await Promise.all(Array.from({ length: 8 }, () => createPledge(db, input)));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.pledge.id)).size).toBe(1);
    expect(results[0]!.pledge).toEqual(await db.pledge.findUniqueOrThrow({ where: { sourceMessageId: "telegram:twice:raced" } }));
    const { stored, recomputed } = await countersAndRecount(db);
    expect(stored).toEqual(recomputed);
  });

  it("50 concurrent pledges from 50 companies to one campaign add up exactly", async () => {
    const db = bot.database.db;
    const campaign = await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    const before = (await loadCampaignTotals(db, [campaign.id])).get(campaign.id)!;
    const partners = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const organization = await db.organization.create({ data: { name: `Concurrent ${index}`, nameKey: `concurrent ${index}`, city: "Jakarta" } });
        return db.member.create({ data: { channel: "whatsapp", userId: `62800${index}`, organizationId: organization.id } });
      }),
    );
    const amounts = partners.map((_, index) => BigInt(1_000_000 + index * 1_001));
    await Promise.all(
      partners.map((member, index) =>
        createPledge(db, {
          campaignId: campaign.id,
          organizationId: member.organizationId!,
          memberId: member.id,
          kind: "cash",
          amount: amounts[index]!,
          sourceMessageId: `whatsapp:concurrent:${index}`,
        }),
      ),
    );
    const expectedSum = amounts.reduce((sum, amount) => sum + amount, 0n);
    const after = (await loadCampaignTotals(db, [campaign.id])).get(campaign.id)!;
    expect(after.pledged - before.pledged).toBe(expectedSum);
    expect(after.companies - before.companies).toBe(50);
    const [row] = await db.$queryRaw<{ sum: bigint }[]>`
      SELECT COALESCE(SUM(amount), 0)::bigint AS sum FROM "Pledge"
      WHERE "campaignId" = ${campaign.id} AND status IN ('pledged', 'transfer_reported', 'confirmed', 'delivered')`;
    expect(after.pledged).toBe(row!.sum);
  });

  it("50 concurrent pledges from one company also add up, on one counter row", async () => {
    const db = bot.database.db;
    const member = await db.member.findFirstOrThrow({ where: { userId: "twice" } });
    const campaign = await db.campaign.findUniqueOrThrow({ where: { code: "PADI" } });
    const before = await db.campaignPartnerTotal.findUniqueOrThrow({
      where: { campaignId_organizationId: { campaignId: campaign.id, organizationId: member.organizationId! } },
    });
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        createPledge(db, {
          campaignId: campaign.id,
          organizationId: member.organizationId!,
          memberId: member.id,
          kind: "cash",
          amount: 2_000_000n,
          sourceMessageId: `telegram:same-company:${index}`,
        }),
      ),
    );
    const after = await db.campaignPartnerTotal.findUniqueOrThrow({
      where: { campaignId_organizationId: { campaignId: campaign.id, organizationId: member.organizationId! } },
    });
    expect(after.pledged - before.pledged).toBe(100_000_000n);
    expect(after.livePledges - before.livePledges).toBe(50);
  });
});

describe("a new person's first messages arriving together", () => {
  const bot = useTestBot();

  it("both get an answer and make one member, not an internal error", async () => {
    for (let round = 0; round < 5; round++) {
      const newcomer = (text: string, messageId: string) => bot.core.handle({ channel: "telegram", chatId: `new-${round}`, userId: `new-${round}`, messageId, text });
      const replies = await Promise.all([newcomer("/help", `${round}-a`), newcomer("/register", `${round}-b`), newcomer("/total", `${round}-c`)]);
      for (const answer of replies) expect(answer.map((reply) => reply.text).join("\n")).not.toContain(new Translator("id").translate("id", "error-internal"));
      expect(await bot.database.db.member.count({ where: { channel: "telegram", userId: `new-${round}` } })).toBe(1);
    }
  });
});
