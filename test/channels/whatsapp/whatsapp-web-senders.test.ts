import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { useTestBot } from "../../support/test-bot.js";
import { createWhatsAppHarness, type WhatsAppHarness } from "./support/whatsapp-harness.js";

const STAFF = "6281100000002";
const translator = new Translator("id");
const t = (key: string, args?: Record<string, string | number>) => translator.translate("id", key, args);
const GROUP = "120363025555555555@g.us";

describe("WhatsApp (whatsapp-web.js): who writes, and what is not a command", () => {
  const bot = useTestBot({ staff: [`whatsapp:${STAFF}`] });
  let wa: WhatsAppHarness;
  const member = (userId: string) => bot.database.db.member.findUnique({ where: { channel_userId: { channel: "whatsapp", userId } } });

  beforeAll(async () => {
    wa = createWhatsAppHarness(bot);
    await wa.connect();
  });
  afterAll(async () => {
    await wa.channel.stop();
  });

  /** A private message from a sender WhatsApp names only by `lid`. */
  const fromLid = (lid: string) => ({ chatId: lid, senderId: lid, senderPhone: undefined });

  it("keeps a staff member's rights when WhatsApp names them by @lid, and answers in their @lid chat", async () => {
    wa.client().lidPhones.set("104729384756281@lid", STAFF);
    expect(await wa.say("x", "/pending", fromLid("104729384756281@lid"))).not.toContain(t("error-staff-only"));
    expect(wa.client().sent.at(-1)!.chatId).toBe("104729384756281@lid");
    expect(await member(STAFF)).toMatchObject({ whatsappLid: "104729384756281@lid" });
    expect(await member("104729384756281@lid")).toBeNull();
  });

  it("links a pre-registered phone when its owner writes as @lid", async () => {
    await wa.say(STAFF, "/register");
    await wa.say(STAFF, "PT Lid Sukabumi");
    await wa.say(STAFF, "Rina");
    await wa.say(STAFF, "Sukabumi");
    await wa.say(STAFF, "1");
    expect(await wa.say(STAFF, "/prephone PT Lid Sukabumi 6281234567204")).toContain(t("prephone-done", { phone: "6281234567204", company: "PT Lid Sukabumi" }));
    wa.client().lidPhones.set("200000000000204@lid", "6281234567204");
    expect(await wa.say("x", "/mypledges", fromLid("200000000000204@lid"))).toContain(t("prephone-linked", { company: "PT Lid Sukabumi" }));
  });

  it("guesses the language from the number behind the @lid", async () => {
    wa.client().lidPhones.set("300000000000301@lid", "821012345301");
    expect(await wa.say("x", "음", fromLid("300000000000301@lid"))).toContain(translator.translate("ko", "error-not-understood"));
  });

  it("keeps one member for one person, whether WhatsApp names them by number or by @lid", async () => {
    await wa.say("6281234567401", "/start");
    wa.client().lidPhones.set("400000000000401@lid", "6281234567401");
    await wa.say("x", "/total", fromLid("400000000000401@lid"));
    // Remembered in the database: a restart (a fresh lookup that fails) still knows the number.
    wa.client().lidPhones.clear();
    await wa.say("x", "/total", fromLid("400000000000401@lid"));
    const people = await bot.database.db.member.findMany({ where: { OR: [{ userId: "6281234567401" }, { userId: "400000000000401@lid" }] } });
    expect(people.map((person) => [person.userId, person.whatsappLid])).toEqual([["6281234567401", "400000000000401@lid"]]);
  });

  it("knows a sender whose number WhatsApp will not tell by the @lid, and moves them to their number once it does", async () => {
    expect(await wa.say("x", "/subscribe PADI", fromLid("500000000000501@lid"))).toContain("PADI");
    expect(await member("500000000000501@lid")).not.toBeNull();
    wa.client().lidPhones.set("500000000000501@lid", "6281234567501");
    await wa.say("x", "/total", fromLid("500000000000501@lid"));
    expect(await member("500000000000501@lid")).toBeNull();
    const moved = await member("6281234567501");
    expect(moved).toMatchObject({ whatsappLid: "500000000000501@lid" });
    expect(await bot.database.db.subscription.count({ where: { memberId: moved!.id } })).toBe(1);
  });

  it("sends to whichever id WhatsApp accepts: the number's chat, else the @lid", async () => {
    wa.client().registered.add("6281234567401");
    expect(await wa.channel.send("6281234567401", { text: "Kabar PADI" })).toEqual({ ok: true });
    expect(wa.client().sent.at(-1)).toEqual({ chatId: "6281234567401@c.us", text: "Kabar PADI" });
    wa.client().missingChats.add("6281234567401@c.us");
    expect(await wa.channel.send("6281234567401", { text: "Kabar BTS" })).toEqual({ ok: true });
    expect(wa.client().sent.at(-1)).toEqual({ chatId: "400000000000401@lid", text: "Kabar BTS" });
    // The number is not on WhatsApp at all, but the @lid still reaches the person.
    wa.client().registered.delete("6281234567401");
    expect(await wa.channel.send("6281234567401", { text: "Kabar KER" })).toEqual({ ok: true });
    expect(wa.client().sent.at(-1)!.chatId).toBe("400000000000401@lid");
  });

  it("counts a send WhatsApp Web found no chat for as failed, not sent", async () => {
    wa.client().registered.add("6281234567601");
    wa.client().missingChats.add("6281234567601@c.us");
    await wa.say("6281234567601", "/start");
    const before = wa.client().sent.length;
    expect(await wa.channel.send("6281234567601", { text: "Kabar" })).toMatchObject({ ok: false, permanent: false });
    expect(wa.client().sent.length).toBe(before);
  });

  it("lets group members chat among themselves, and answers only a command or a mention of the bot", async () => {
    const inGroup = (author: string) => ({ chatId: GROUP, senderId: `${author}@c.us`, senderPhone: author });
    expect(await wa.say("6281234567701", "Selamat pagi semua!", inGroup("6281234567701"))).toBe("");
    expect(await wa.say("6281234567702", "Pagi bu, sudah transfer?", inGroup("6281234567702"))).toBe("");
    expect(await wa.say("6281234567703", "ok", { ...inGroup("6281234567703"), kind: "media", body: "" })).toBe("");
    expect(await wa.say("6281234567703", "total", { ...fromLid("700000000000703@lid"), chatId: GROUP })).toBe("");
    expect(await wa.say("6281234567702", "/campaigns", inGroup("6281234567702"))).toContain("PADI");
    expect(await wa.say("6281234567701", "@6281100000000 campaigns", { ...inGroup("6281234567701"), mentionsMe: true })).toContain("PADI");
    expect(wa.client().sent.at(-1)!.chatId).toBe(GROUP);
  });

  it("answers a photo without words once with a hint in the person's language, and reads a caption as text", async () => {
    await wa.say("6281234567801", "/lang en");
    const photo = { kind: "media" as const, body: "" };
    expect(await wa.say("6281234567801", "", photo)).toBe(translator.translate("en", "whatsapp-media-hint"));
    // The rest of an album, a sticker right after: no second hint.
    expect(await wa.say("6281234567801", "", photo)).toBe("");
    expect(await wa.say("6281234567801", "", photo)).toBe("");
    expect(await wa.say("6281234567801", "/campaigns")).toContain("PADI");
    expect(await wa.say("6281234567802", "", photo)).toBe(t("whatsapp-media-hint"));
  });
});
