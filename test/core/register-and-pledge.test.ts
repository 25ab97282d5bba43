import { describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { useTestBot } from "../support/test-bot.js";

const translator = new Translator("id");
const t = (locale: "id" | "ko" | "en", key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

describe("partners: register, pledge and follow their pledges", () => {
  const bot = useTestBot();

  it("a person must register before pledging", async () => {
    expect(await bot.chat("newbie").send("/pledge PADI 10jt")).toBe(t("id", "error-register-first"));
    expect(await bot.database.db.pledge.count({ where: { member: { userId: "newbie" } } })).toBe(0);
  });

  it("registers a company in Indonesian, then pledges cash through the whole wizard with buttons", async () => {
    const budi = bot.chat("budi");
    expect(await budi.send("/daftar")).toBe(t("id", "register-ask-company"));
    expect(await budi.send("PT Maju Bersama Indonesia")).toBe(t("id", "register-ask-contact"));
    expect(await budi.send("Budi Santoso")).toBe(t("id", "register-ask-city"));
    expect(await budi.send("Bekasi")).toContain("Hamba Allah");
    expect(await budi.pick(t("id", "choice-public"))).toBe(t("id", "register-done", { company: "PT Maju Bersama Indonesia" }));

    expect(await budi.send("/donasi")).toBe(t("id", "pledge-ask-campaign"));
    expect(await budi.pick("PADI")).toBe(t("id", "pledge-ask-kind"));
    expect(await budi.pick(t("id", "choice-cash"))).toBe(t("id", "pledge-ask-amount"));
    expect(await budi.send("12,5 jt")).toBe(t("id", "pledge-ask-note"));
    const confirmation = await budi.pick(t("id", "choice-skip"));
    expect(confirmation).toContain("Rp 12.500.000");
    expect(confirmation).toContain("PT Maju Bersama Indonesia");
    expect(await bot.database.db.pledge.count({ where: { member: { userId: "budi" } } })).toBe(0);

    const recorded = await budi.pick(t("id", "choice-confirm"));
    const pledge = await bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "budi" } } });
    expect(pledge).toMatchObject({ amount: 12_500_000n, kind: "cash", status: "pledged", note: null });
    expect(recorded).toContain(t("id", "pledge-recorded", { id: pledge.id, code: "PADI" }));
    expect(recorded).toContain(`/paid ${pledge.id}`);

    expect(await budi.send("/mypledges")).toContain(`#${pledge.id} · PADI · Rp 12.500.000 · ${t("id", "status-pledged")}`);
    expect(await budi.send(`/paid ${pledge.id}`)).toBe(t("id", "paid-ask-proof", { id: pledge.id }));
    expect(await budi.send("lewati")).toContain(t("id", "status-transfer_reported"));
  });

  it("fills in what /pledge CODE AMOUNT already gives, in Korean, and asks back an unclear amount", async () => {
    const kim = bot.chat("kim", { localeHint: "ko" });
    await kim.send("/register PT Hanil Jaya");
    await kim.send("김민수");
    await kim.send("Jakarta");
    await kim.pick(t("ko", "choice-anonymous"));

    expect(await kim.send("/pledge PADI 1000만")).toBe(t("ko", "pledge-ask-note"));
    await kim.send("송금은 다음 주에 합니다");
    expect(kim.lastReplies[0]!.text).toContain("Rp 10,000,000");
    await kim.pick(t("ko", "choice-confirm"));
    expect(await bot.database.db.pledge.findFirst({ where: { member: { userId: "kim" } } })).toMatchObject({
      amount: 10_000_000n,
      note: "송금은 다음 주에 합니다",
    });

    // "10" alone is most likely missing its unit: ask, offering the readings as choices.
    expect(await kim.send("/pledge PADI 10")).toContain(t("ko", "amount-maybe-missing-unit"));
    expect(kim.offered.map((choice) => choice.label)).toEqual(["Rp 10", "Rp 10,000", "Rp 10,000,000"]);
    expect(await kim.pick("Rp 10,000,000")).toBe(t("ko", "pledge-ask-note"));
  });

  it("pledges goods in English: items, quantity and value per item", async () => {
    const sarah = bot.chat("sarah", { localeHint: "en" });
    await sarah.send("/register");
    await sarah.send("PT Korindo Demo Medika");
    await sarah.send("Sarah Lee");
    await sarah.send("Medan");
    await sarah.pick("Show our name");
    await sarah.send("/pledge PADI");
    expect(await sarah.pick("Goods")).toBe(t("en", "pledge-ask-item"));
    expect(await sarah.send("PPE sets")).toBe(t("en", "pledge-ask-quantity", { item: "PPE sets" }));
    expect(await sarah.send("200")).toBe(t("en", "pledge-ask-unit-value", { item: "PPE sets" }));
    expect(await sarah.send("Rp 150.000")).toBe(t("en", "pledge-ask-note"));
    const summary = await sarah.send("delivery to Ciamis in January");
    expect(summary).toContain("200 × PPE sets at Rp 150,000 = Rp 30,000,000");
    await sarah.pick("Confirm");
    const pledge = await bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "sarah" } } });
    expect(pledge).toMatchObject({ kind: "goods", itemQuantity: 200, itemUnitValue: 150_000n, amount: 30_000_000n });
    expect(await sarah.send(`/paid ${pledge.id}`)).toBe(t("en", "error-report-paid-wrong-kind", { id: pledge.id }));
  });

  it("a colleague asks to join an existing company and sees its pledges only once a contact approves", async () => {
    const colleague = bot.chat("628111", { channel: "whatsapp" });
    await colleague.send("register");
    expect(await colleague.send("pt maju  bersama indonesia")).toContain("PT Maju Bersama Indonesia (Bekasi)");
    await colleague.pick(t("id", "choice-yes"));
    const request = await colleague.send("Siti");
    const pending = await bot.database.db.joinRequest.findFirstOrThrow({ where: { member: { userId: "628111" } } });
    expect(request).toBe(t("id", "join-requested", { company: "PT Maju Bersama Indonesia", id: pending.id }));
    // Linked to nothing until approved: the company's pledges stay hidden.
    expect(await colleague.send("mypledges")).toBe(t("id", "join-pending", { company: "PT Maju Bersama Indonesia" }));
    expect(await colleague.send("/paid 1")).toBe(t("id", "join-pending", { company: "PT Maju Bersama Indonesia" }));
    // The company's contact is told, with approve and decline choices.
    const told = await bot.database.db.delivery.findFirstOrThrow({ where: { member: { userId: "budi" }, broadcast: { kind: "notification" } }, include: { broadcast: true } });
    expect((told.broadcast.texts as { id: string }).id).toContain("Siti");
    expect(JSON.stringify(told.broadcast.choices)).toContain(`/approve ${pending.id}`);

    expect(await bot.chat("budi").send(`/approve ${pending.id}`)).toBe(t("id", "join-approved-done", { id: pending.id, name: "Siti", company: "PT Maju Bersama Indonesia" }));
    expect(await colleague.send("mypledges")).toContain("Rp 12.500.000");
    expect(await bot.database.db.organization.count({ where: { nameKey: "pt maju bersama indonesia" } })).toBe(1);
    const audit = await bot.database.db.auditLog.findMany({ where: { entity: "JoinRequest", entityId: String(pending.id) }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([
      ["whatsapp:628111", "join.request"],
      ["console:budi", "join.approve"],
    ]);
  });

  it("cancel or batal leaves a flow without storing anything, and an idle flow expires", async () => {
    const budi = bot.chat("budi");
    const before = await bot.database.db.pledge.count();
    await budi.send("/pledge PADI");
    expect(await budi.send("batal")).toBe(t("id", "flow-cancelled"));
    await budi.send("/pledge PADI");
    expect(await budi.send("/cancel")).toBe(t("id", "flow-cancelled"));

    await budi.send("/pledge PADI");
    bot.clock.now = new Date(bot.clock.now.getTime() + 31 * 60_000);
    try {
      const reply = await budi.send("10jt");
      expect(reply).toContain(t("id", "flow-expired"));
    } finally {
      bot.clock.now = new Date(bot.clock.now.getTime() - 31 * 60_000);
    }
    expect(await bot.database.db.pledge.count()).toBe(before);
  });

  it("keeps the flow in the database, so another bot instance continues it", async () => {
    const budi = bot.chat("budi");
    await budi.send("/pledge PADI");
    const state = await bot.database.db.conversationState.findUniqueOrThrow({ where: { key: "console:budi" } });
    expect(state).toMatchObject({ flow: "pledge", step: "kind" });
    expect(await budi.send("tunai")).toBe(t("id", "pledge-ask-amount"));
    await budi.send("batal");
  });
});
