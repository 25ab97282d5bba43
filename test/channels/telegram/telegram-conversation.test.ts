import { describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { escapeHtml } from "../../../src/channels/telegram/render-message.js";
import { STAFF_ID, unescapeHtml, useTelegramBot } from "./support/telegram-harness.js";

const translator = new Translator("id");
const t = (locale: "id" | "ko" | "en", key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

describe("Telegram: conversations through grammY with the real core", () => {
  const tg = useTelegramBot();

  it("registers a company and pledges with buttons alone, typing only the amount", async () => {
    const budi = tg.user(101, { lang: "id", firstName: "Budi" });
    expect((await budi.send("/register")).text).toBe(t("id", "register-ask-company"));
    await budi.send("PT Maju <Bersama> & Co");
    await budi.send("Budi Santoso");
    expect((await budi.send("Bekasi")).buttons.map((button) => button.text)).toEqual([t("id", "choice-public"), t("id", "choice-anonymous")]);
    const registered = await budi.press(t("id", "choice-public"));
    // The company name with < and & arrives escaped for HTML, so it shows as typed.
    expect(registered.texts[0]).toContain(escapeHtml("PT Maju <Bersama> & Co"));
    expect(registered.calls.find((call) => call.method === "sendMessage")!.payload.parse_mode).toBe("HTML");

    expect((await budi.press(t("id", "choice-pledge"))).text).toBe(t("id", "pledge-ask-campaign"));
    expect((await budi.press("PADI")).text).toBe(t("id", "pledge-ask-kind"));
    expect((await budi.press(t("id", "choice-cash"))).text).toBe(t("id", "pledge-ask-amount"));
    expect((await budi.send("25jt")).text).toBe(t("id", "pledge-ask-note"));
    const summary = await budi.press(t("id", "choice-skip"));
    expect(summary.text).toContain("Rp 25.000.000");
    expect(summary.calls.some((call) => call.method === "answerCallbackQuery")).toBe(true);
    await budi.press(t("id", "choice-confirm"));

    const pledge = await tg.bot.database.db.pledge.findFirstOrThrow({ where: { member: { channel: "telegram", userId: "101" } } });
    expect(pledge).toMatchObject({ amount: 25_000_000n, status: "pledged" });
    expect((await budi.send("/mypledges")).text).toContain(`#${pledge.id} · PADI · Rp 25.000.000`);
    expect((await budi.send(`/paid ${pledge.id}`)).text).toBe(t("id", "paid-ask-proof", { id: pledge.id }));
    expect((await budi.press(t("id", "choice-skip"))).text).toContain(t("id", "status-transfer_reported"));
  });

  it("answers every read command in a private chat, with buttons for choices", async () => {
    const ana = tg.user(102, { lang: "en" });
    expect((await ana.send("/start")).text).toContain(t("en", "welcome"));
    expect((await ana.send("/help")).text).toContain(t("en", "command-campaign"));
    const campaigns = await ana.send("/campaigns");
    expect(campaigns.text).toContain("PADI");
    expect(campaigns.buttons.map((button) => button.callback_data)).toContain("/campaign PADI");
    const padi = await ana.press("PADI");
    expect(padi.text).toContain(t("en", "demo-label"));
    expect(padi.buttons.map((button) => button.text)).toEqual([t("en", "choice-pledge"), t("en", "choice-subscribe"), t("en", "choice-chart")]);
    expect((await ana.send("/total")).text).toContain("Rp 550,000,000 confirmed");
    expect((await ana.send("/top BTS")).text).toContain(t("en", "anonymous-company"));
    expect((await ana.send("/subscribe PADI")).text).toBe(t("en", "subscribed-one", { code: "PADI" }));
    expect((await ana.send("/unsubscribe PADI")).text).toContain("PADI");
    expect((await ana.send("/stop")).text).not.toBe("");
    expect((await ana.send("/mypledges")).text).toBe(t("en", "error-register-first"));
  });

  it("takes the first language from language_code; /lang wins after that", async () => {
    const kim = tg.user(103, { lang: "ko-KR" });
    expect((await kim.send("/help")).text).toContain(t("ko", "help-everyone"));
    const choose = await kim.send("/lang");
    expect(choose.buttons.map((button) => button.text)).toEqual(["Bahasa Indonesia", "한국어", "English"]);
    expect((await kim.press("English")).text).toBe(t("en", "lang-set"));
    expect((await kim.send("/help")).text).toContain(t("en", "help-everyone"));
  });

  it("runs staff commands for telegram:<id> in STAFF, and refuses them to others", async () => {
    const staff = tg.user(STAFF_ID, { lang: "en" });
    expect((await staff.send("/pending")).text).not.toContain(t("en", "error-staff-only"));
    const pledge = await tg.bot.database.db.pledge.findFirstOrThrow({ where: { member: { userId: "101" } } });
    expect((await staff.send(`/confirm ${pledge.id}`)).text).toContain(`#${pledge.id}`);
    expect(await tg.bot.database.db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({ status: "confirmed" });
    expect((await tg.user(104, { lang: "en" }).send(`/confirm ${pledge.id}`)).text).toBe(t("en", "error-staff-only"));
  });

  it("gives bad input a clear answer and stores nothing", async () => {
    const eve = tg.user(105, { lang: "en" });
    expect((await eve.send("/nonsense")).text).toContain(t("en", "error-unknown-command", { command: "/nonsense" }));
    expect((await eve.send("/campaign NOPE")).text).toBe(t("en", "error-unknown-campaign", { code: "NOPE" }));
    expect((await eve.send("x".repeat(1001))).text).toBe(t("en", "error-too-long", { max: 1000 }));
    expect((await eve.send("/pledge")).text).toBe(t("en", "error-register-first"));
    // A photo without a caption: nothing to read, so the person is told.
    const photo = eve.textUpdate("");
    delete (photo.message as { text?: string }).text;
    expect((await tg.deliver(photo)).text).toBe(t("en", "error-empty"));
    expect(await tg.bot.database.db.pledge.count({ where: { member: { userId: "105" } } })).toBe(0);
  });

  it("acts once on a redelivered update (same update_id and message), and once per button press", async () => {
    const staff = tg.user(STAFF_ID, { lang: "en" });
    const first = await staff.send("/update PADI Seeds delivered to Ciamis", { updateId: 777_001, messageId: 777_001 });
    expect(first.texts).toHaveLength(1);
    const again = await staff.send("/update PADI Seeds delivered to Ciamis", { updateId: 777_001, messageId: 777_001 });
    expect(again.texts).toEqual([]);
    expect(await tg.bot.database.db.campaignUpdate.count({ where: { texts: { path: ["id"], string_contains: "Seeds delivered to Ciamis" } } })).toBe(1);

    const lee = tg.user(106, { lang: "en" });
    await lee.send("/campaigns");
    expect((await lee.pressData("/campaign PADI", "same-query")).texts).toHaveLength(1);
    expect((await lee.pressData("/campaign PADI", "same-query")).texts).toEqual([]);
  });

  it("answers a button whose value is no longer known (a long one, before a restart) in the person's language", async () => {
    const answer = await tg.user(108, { lang: "en" }).pressData("~zz");
    expect(answer.text).toBe(t("en", "tg-button-expired"));
    expect(answer.calls.some((call) => call.method === "answerCallbackQuery")).toBe(true);
  });

  it("stays silent for other bots, for commands to another bot, and for group chatter", async () => {
    const member = tg.user(107, { group: -100500 });
    expect((await member.send("hello everyone")).calls).toEqual([]);
    expect((await member.send("/total@SomeOtherBot")).calls).toEqual([]);
    expect((await member.send("/total@KPeduliBot")).texts).toHaveLength(1);
  });
});

describe("Telegram: groups", () => {
  const tg = useTelegramBot();

  it("answers read-only commands in a group, as replies to the command", async () => {
    const donor = tg.user(201, { group: -100200, lang: "en" });
    const total = await donor.send("/total");
    expect(total.text).toContain("Rp 550,000,000 confirmed");
    expect(total.calls[0]!.payload.chat_id).toBe("-100200");
    expect(total.calls[0]!.payload.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
    const padi = await donor.send("/campaign PADI");
    expect(padi.text).toContain("PADI");
    expect(padi.buttons).toEqual([]); // pledging and subscribing happen in private
    expect((await donor.send("/register")).text).toBe(t("en", "error-private-only", { command: "/register" }));
  });

  it("answers /pledge in a group with a deep link that starts the wizard in private", async () => {
    const partner = tg.user(202, { group: -100200, lang: "en" });
    const org = await tg.bot.database.db.organization.create({ data: { name: "PT Group Partner", nameKey: "pt group partner", city: "Jakarta" } });
    await tg.bot.database.db.member.create({ data: { channel: "telegram", userId: "202", organizationId: org.id } });

    const answer = await partner.send("/pledge PADI");
    expect(answer.text).toBe(t("en", "tg-pledge-in-private", { code: "PADI" }));
    expect(answer.buttons).toEqual([{ text: t("en", "tg-pledge-button", { code: "PADI" }), url: "https://t.me/KPeduliBot?start=pledge_PADI" }]);
    expect((await partner.send("/donasi")).buttons.map((button) => button.url)).toEqual(["https://t.me/KPeduliBot?start=pledge_PADI"]);
    expect((await partner.send("/pledge NOPE")).text).toBe(t("en", "error-unknown-campaign", { code: "NOPE" }));
    // Closed campaigns take no pledges, so they get no link either.
    expect((await partner.send("/pledge BTS")).text).toBe(t("en", "error-unknown-campaign", { code: "BTS" }));

    // Following the link, Telegram sends /start with the payload in the private chat.
    const inPrivate = tg.user(202, { lang: "en" });
    expect((await inPrivate.send("/start pledge_PADI")).text).toBe(t("en", "pledge-ask-kind"));
    expect((await inPrivate.press("Cash")).text).toBe(t("en", "pledge-ask-amount"));
  });
});

describe("Telegram: rendering", () => {
  const tg = useTelegramBot();

  it("escapes a campaign title with < and _ so it shows as typed", async () => {
    await tg.bot.database.db.campaign.create({
      data: {
        code: "ESC",
        title: { id: "Judul <b>tebal</b> & my_var_name", en: "Title <b>bold</b> & my_var_name" },
        story: { id: "Cerita", en: "Story" },
        target: 1_000_000n,
        startsOn: new Date("2026-11-01"),
        endsOn: new Date("2026-12-31"),
        status: "active",
        isDemo: true,
      },
    });
    const answer = await tg.user(301, { lang: "en" }).send("/campaign ESC");
    expect(answer.texts[0]).toContain("Title &lt;b&gt;bold&lt;/b&gt; &amp; my_var_name");
    expect(unescapeHtml(answer.texts[0]!)).toContain("Title <b>bold</b> & my_var_name");
  });
});
