import { beforeAll, describe, expect, it } from "vitest";
import { createBotCore } from "../../src/core/bot-core.js";
import { outboxPort } from "../../src/outbox/enqueue-broadcast.js";
import { cronPort } from "../../src/scheduler/cron.js";
import { Translator } from "../../src/core/i18n/translator.js";
import { createPrismaClient } from "../../src/db/database.js";
import { createLogger } from "../../src/logger.js";
import { useTestBot, type Conversation } from "../support/test-bot.js";

const translator = new Translator("id");

describe("bad input gets a clear reply in the person's language and stores nothing", () => {
  const bot = useTestBot();
  let partner: Conversation;

  /**
   * Everything an action could have written. Members and seen message ids are not actions, and
   * a wizard that stays open to ask again (conversation state) is the point of a question.
   */
  async function snapshot() {
    const db = bot.database.db;
    const [pledges, campaigns, organizations, audit, subscriptions, updates, grants, totals] = await Promise.all([
      db.pledge.findMany({ orderBy: { id: "asc" } }),
      db.campaign.findMany({ orderBy: { id: "asc" } }),
      db.organization.count(),
      db.auditLog.count(),
      db.subscription.count(),
      db.campaignUpdate.count(),
      db.staffGrant.count(),
      db.campaignPartnerTotal.findMany({ orderBy: [{ campaignId: "asc" }, { organizationId: "asc" }] }),
    ]);
    return { pledges, campaigns, organizations, audit, subscriptions, updates, grants, totals };
  }

  beforeAll(async () => {
    partner = bot.chat("bad-input-partner");
    await partner.send("/register PT Uji Coba");
    await partner.send("Andi");
    await partner.send("Bandung");
    await partner.pick("Tampilkan");
  });

  const cases: [locale: "id" | "ko" | "en", who: "partner" | "stranger", input: string, key: string, args?: Record<string, string | number>][] = [
    ["id", "stranger", "/frobnicate", "error-unknown-command", { command: "/frobnicate" }],
    ["ko", "stranger", "/frobnicate", "error-unknown-command", { command: "/frobnicate" }],
    ["en", "stranger", "asdfgh qwerty", "error-not-understood", { command: "/asdfgh" }],
    ["id", "stranger", "/campaign NOPE", "error-unknown-campaign", { code: "NOPE" }],
    ["en", "stranger", "/top ???", "error-unknown-campaign", { code: "???" }],
    ["ko", "stranger", "/subscribe XYZ99", "error-unknown-campaign", { code: "XYZ99" }],
    ["id", "stranger", "x".repeat(1001), "error-too-long", { max: 1000 }],
    ["en", "stranger", "/confirm 1", "error-staff-only"],
    ["ko", "stranger", "/newcampaign", "error-staff-only"],
    ["id", "stranger", "/close PADI", "error-staff-only"],
    ["en", "stranger", "/staff add console:me", "error-staff-only"],
    ["id", "stranger", "/pledge PADI 10jt", "error-register-first"],
    ["en", "partner", "/pledge PADI 0", "amount-zero"],
    ["en", "partner", "/pledge PADI -5jt", "amount-negative"],
    ["id", "partner", "/pledge PADI 2000 triliun", "amount-too-large", { max: "Rp 1.000.000.000.000" }],
    ["ko", "partner", "/pledge PADI 500만원", "amount-won-as-rupiah", { rupiah: "Rp 5,000,000" }],
    ["en", "partner", "/pledge PADI $100", "amount-foreign-currency"],
    ["en", "partner", "/pledge PADI 1,5", "amount-ambiguous-separator", { input: "1,5" }],
    ["id", "partner", "/pledge BTS 10jt", "error-campaign-not-active", { code: "BTS" }],
    ["id", "partner", "/pledge NOPE 10jt", "error-campaign-not-active", { code: "NOPE" }],
    ["en", "partner", "/paid", "usage-paid"],
    ["en", "partner", "/paid abc", "usage-paid"],
    ["id", "partner", "/paid 99999999", "error-no-such-pledge", { id: 99999999 }],
    ["ko", "partner", "/cancel 1", "error-no-such-pledge", { id: 1 }],
  ];

  it.each(cases)("%s: %s types %j", async (locale, who, input, key, args) => {
    const person = who === "partner" ? partner : bot.chat(`stranger-${locale}`, { localeHint: locale });
    if (who === "partner") await person.send(`/lang ${locale}`);
    const before = await snapshot();
    const reply = await person.send(input);
    expect(reply).toContain(translator.translate(locale, key, args));
    expect(await snapshot()).toEqual(before);
    await person.send("batal"); // leave any wizard the refusal left open
  });

  it("an amount it cannot read gets examples, and the wizard stays at the same question", async () => {
    await partner.send("/lang en");
    await partner.send("/pledge PADI");
    await partner.pick("Cash");
    const before = await snapshot();
    expect(await partner.send("ten million please")).toContain(translator.translate("en", "amount-unparseable", { input: "ten million please" }));
    expect(await partner.send("💵💵💵")).toContain("could not read");
    expect(await snapshot()).toEqual(before);
    expect(await partner.send("10jt")).toBe(translator.translate("en", "pledge-ask-note"));
    await partner.send("batal");
  });

  it("goods whose total is above the largest amount a pledge may have are refused with the limit, and the value is asked again", async () => {
    await partner.send("/lang en");
    await partner.send("/pledge PADI");
    await partner.pick("Goods");
    await partner.send("Rice sacks");
    await partner.send("2");
    const before = await snapshot();
    const reply = await partner.send("Rp 1.000.000.000.000");
    expect(reply).toContain(translator.translate("en", "amount-too-large", { max: "Rp 1,000,000,000,000" }));
    expect(reply).toContain(translator.translate("en", "pledge-ask-unit-value", { item: "Rice sacks" }));
    expect(await snapshot()).toEqual(before);
    await partner.send("batal");
  });

  it("a reply that fits no step re-asks the question with its choices", async () => {
    await partner.send("/lang id");
    await partner.send("/pledge PADI");
    const reply = await partner.send("mungkin besok");
    expect(reply).toContain(translator.translate("id", "error-pick-choice"));
    expect(reply).toContain(translator.translate("id", "pledge-ask-kind"));
    expect(partner.offeredValues).toEqual(["cash", "goods"]);
    await partner.send("batal");
  });

  it("an unreachable database gets an apology in the person's language, not a crash", async () => {
    const unreachable = createPrismaClient("postgresql://nobody@127.0.0.1:1/nothing");
    const core = createBotCore({ outbox: outboxPort, cron: cronPort,
      db: unreachable,
      logger: createLogger({ level: "silent" }),
      translator,
      clock: () => new Date(),
      config: { staff: [], defaultLocale: "id", flowTimeoutMinutes: 30 },
    });
    const replies = await core.handle({ channel: "telegram", chatId: "1", userId: "1", messageId: "1", text: "/total", localeHint: "ko" });
    expect(replies).toEqual([{ text: translator.translate("ko", "error-internal") }]);
    await unreachable.$disconnect();
  });

  it("a malformed message from a channel is dropped without a crash", async () => {
    const replies = await bot.core.handle({ channel: "fax" as "console", chatId: "", userId: "", messageId: "" });
    expect(replies).toEqual([]);
  });
});
