import { describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { useTestBot } from "../support/test-bot.js";

const translator = new Translator("id");
const t = (locale: "id" | "ko" | "en", key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

describe("commands for everyone, in three languages", () => {
  const bot = useTestBot();

  it("greets in Indonesian by default and lists only the commands the person may use", async () => {
    const donor = bot.chat("donor-id");
    const reply = await donor.send("/start");
    expect(reply).toContain(t("id", "welcome"));
    expect(reply).toContain(t("id", "command-campaigns"));
    expect(reply).toContain(t("id", "help-become-partner"));
    expect(reply).not.toContain(t("id", "command-confirm"));
  });

  it("shows staff commands to staff only", async () => {
    expect(await bot.chat("staff").send("/help")).toContain(t("id", "command-confirm"));
    expect(await bot.chat("donor-x").send("/help")).not.toContain("/confirm");
  });

  it("takes the platform's language hint, and /lang overrides it for good", async () => {
    const kim = bot.chat("kim", { localeHint: "ko-KR" });
    expect(await kim.send("/help")).toContain(t("ko", "help-everyone"));
    expect(await kim.send("/lang en")).toBe(t("en", "lang-set"));
    expect(await kim.send("help")).toContain(t("en", "help-everyone"));
    const member = await bot.database.db.member.findFirstOrThrow({ where: { userId: "kim" } });
    expect(member.locale).toBe("en");
  });

  it("/lang without a language offers the three as choices", async () => {
    const person = bot.chat("chooser");
    await person.send("/lang");
    expect(person.offered.map((choice) => choice.value)).toEqual(["/lang id", "/lang ko", "/lang en"]);
    expect(await person.pick("한국어")).toBe(t("ko", "lang-set"));
  });

  it("/campaigns lists active campaigns with a progress bar, rupiah and days left", async () => {
    const reply = await bot.chat("lister").send("/campaigns");
    expect(reply).toContain("PADI");
    expect(reply).not.toContain("BTS ·"); // closed campaigns are not active
    expect(reply).toContain("▰▱▱▱▱▱▱▱▱▱ 16%"); // Rp 50 jt of Rp 300 jt confirmed
    expect(reply).toContain("Rp 50.000.000");
    expect(reply).toContain("Rp 300.000.000");
    expect(reply).toContain(t("id", "campaign-days-left", { days: 45 }));
    expect(reply).toContain(t("id", "demo-label"));
  });

  it("accepts commands without the slash and Indonesian aliases", async () => {
    const person = bot.chat("wa-style");
    const slashed = await person.send("/campaigns");
    expect(await person.send("campaigns")).toBe(slashed);
    expect(await person.send("kampanye")).toBe(slashed);
  });

  it("/campaign CODE shows target, confirmed vs pledged, companies, goals, regions, deadline and the latest update", async () => {
    const reply = await bot.chat("reader", { localeHint: "en" }).send("/campaign padi");
    expect(reply).toContain("Organic rice in Ciamis [DEMO]");
    expect(reply).toContain(t("en", "campaign-target", { target: "Rp 300,000,000" }));
    expect(reply).toContain(t("en", "campaign-confirmed-vs-pledged", { confirmed: "Rp 50,000,000", pledged: "Rp 90,000,000" }));
    expect(reply).toContain(t("en", "campaign-companies", { count: 3 }));
    expect(reply).toContain("farmers: 45 of 120 (37%)");
    expect(reply).toContain("villages: 2 of 4 (50%)");
    expect(reply).toContain("Regions: Ciamis");
    expect(reply).toContain("Jan 12, 2027");
    // The latest update, in the reader's language.
    expect(reply).toContain("organic seed has been handed out in 2 villages");
  });

  it("/progress is the same as /campaign, and shows real campaigns' published figures", async () => {
    const person = bot.chat("reader-ko", { localeHint: "ko" });
    const reply = await person.send("/progress BTS");
    expect(reply).toBe(await person.send("/campaign BTS"));
    expect(reply).toContain("Rp 250,000,000");
    expect(reply).toContain(t("ko", "campaign-companies", { count: 15 }));
    expect(reply).toContain(t("ko", "campaign-closed"));
    expect(reply).toContain("1,000");
  });

  it("/total sums active and all-time campaigns from the counters", async () => {
    const reply = await bot.chat("counter").send("/total");
    expect(reply).toBe(
      t("id", "total-text", {
        activeCampaigns: 1,
        activeConfirmed: "Rp 50.000.000",
        activePledged: "Rp 90.000.000",
        allCampaigns: 3,
        allConfirmed: "Rp 550.000.000",
        allPledged: "Rp 590.000.000",
        companies: 28,
      }),
    );
  });

  it("/total CODE answers with that campaign's page, and an unknown code is named back", async () => {
    const donor = bot.chat("total-one", { localeHint: "ko" });
    const reply = await donor.send("/total PADI");
    expect(reply).toBe(await donor.send("/campaign PADI"));
    expect(reply).toContain("Rp 50,000,000");
    expect(await donor.send("/jumlah NOPE")).toContain("NOPE");
  });

  it("/top shows the wall, with anonymous companies as Hamba Allah / 익명 / Anonymous", async () => {
    expect(await bot.chat("wall-id").send("/top PADI")).toMatch(/1\. PT Contoh Seoul Indonesia \(demo\)[\s\S]*Hamba Allah/);
    expect(await bot.chat("wall-ko", { localeHint: "ko" }).send("/top PADI")).toContain("익명");
    const english = await bot.chat("wall-en", { localeHint: "en" }).send("/top BTS");
    expect(english.match(/Anonymous/g)).toHaveLength(15);
  });

  it("stores subscriptions and opt-out", async () => {
    const fan = bot.chat("fan");
    expect(await fan.send("/subscribe PADI")).toBe(t("id", "subscribed-one", { code: "PADI" }));
    expect(await fan.send("/subscribe padi")).toBe(t("id", "already-subscribed-one", { code: "PADI" }));
    expect(await fan.send("/subscribe")).toBe(t("id", "subscribed-all"));
    const member = await bot.database.db.member.findFirstOrThrow({ where: { userId: "fan" }, include: { subscriptions: true } });
    expect(member.subscriptions.map((s) => s.campaignId === null)).toEqual(expect.arrayContaining([true, false]));

    expect(await fan.send("/unsubscribe PADI")).toBe(t("id", "unsubscribed-one", { code: "PADI" }));
    expect(await fan.send("/stop")).toBe(t("id", "stopped"));
    const stopped = await bot.database.db.member.findFirstOrThrow({ where: { userId: "fan" }, include: { subscriptions: true } });
    expect(stopped.optedOut).toBe(true);
    expect(stopped.subscriptions).toHaveLength(0);

    await fan.send("/subscribe BTS");
    expect((await bot.database.db.member.findFirstOrThrow({ where: { userId: "fan" } })).optedOut).toBe(false);
  });

  it("keeps group chats to read-only commands", async () => {
    const group = bot.chat("in-group", { chatId: "group-1", chatType: "group" });
    expect(await group.send("/total")).toContain("Rp");
    expect(await group.send("/pledge PADI")).toBe(t("id", "error-private-only", { command: "/pledge" }));
    expect(await group.send("/help")).not.toContain("/register");
  });
});
