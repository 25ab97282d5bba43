import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { useTestBot } from "../../support/test-bot.js";
import { createWhatsAppHarness, type WhatsAppHarness } from "./support/whatsapp-harness.js";

const STAFF = "6281100000001";
const t = (key: string, args?: Record<string, string | number>) => new Translator("id").translate("id", key, args);

describe("WhatsApp (whatsapp-web.js) channel over a fake client", () => {
  const bot = useTestBot({ staff: [`whatsapp:${STAFF}`] });
  let wa: WhatsAppHarness;

  beforeAll(async () => {
    wa = createWhatsAppHarness(bot);
    await wa.connect();
  });
  afterAll(async () => {
    await wa.channel.stop();
  });

  it("answers in the person's chat, as whatsapp:<number>, with a language guessed from the country code", async () => {
    expect(await wa.say("6281234567001", "/start")).toContain(t("welcome"));
    expect(wa.client().sent.at(-1)!.chatId).toBe("6281234567001@c.us");
    const member = await bot.database.db.member.findUniqueOrThrow({ where: { channel_userId: { channel: "whatsapp", userId: "6281234567001" } } });
    expect(member.displayName).toBe("Person 001");

    expect(await wa.say("821012345678", "/help")).toContain("/campaigns");
    expect(await wa.say("821012345678", "campaigns")).toContain("PADI");
    expect(await wa.say("821012345678", "xyz")).toContain(new Translator("id").translate("ko", "error-not-understood"));
  });

  it("runs every command, for everyone and for staff", async () => {
    const commands = [
      "/start", "/help", "/lang en", "/lang id", "/campaigns", "/campaign PADI", "/progress BTS", "/total", "/top BTS",
      "/subscribe PADI", "/unsubscribe PADI", "/subscribe", "/stop", "/mypledges", "/paid 1", "/cancel 1",
      "/pending", "/confirm 999", "/reject 999 no", "/delivered 999", "/close NOPE", "/update PADI Bibit sudah ditanam",
      "/staff", "/prephone", "/register", "batal", "/pledge", "batal", "/newcampaign", "batal",
    ];
    for (const command of commands) {
      const answer = await wa.say(STAFF, command);
      expect(answer, command).not.toBe("");
      expect(answer, command).not.toContain(t("error-internal"));
      expect(answer, command).not.toContain(t("error-unknown-command", { command: command.split(" ")[0]! }));
    }
  });

  it("numbers the choices, and takes the number or the option's name as the answer", async () => {
    const partner = "6281234567002";
    await wa.say(partner, "/register");
    await wa.say(partner, "PT Sinar Sukabumi");
    await wa.say(partner, "Siti");
    const wall = await wa.say(partner, "Sukabumi");
    expect(wall).toContain("1. Tampilkan nama kami\n2. Hamba Allah");
    expect(wall).toContain("Balas 1 atau 2");
    expect(await wa.say(partner, "1")).toContain("PT Sinar Sukabumi");

    const campaigns = await wa.say(partner, "/pledge");
    expect(campaigns).toMatch(/1\. PADI · /);
    expect(campaigns).toContain("Balas 1 (atau ketik nama pilihannya)");
    expect(await wa.say(partner, "padi")).toContain("1. 💵 Tunai\n2. 📦 Barang");
    expect(await wa.say(partner, "Tunai")).toContain(t("pledge-ask-amount"));
    await wa.say(partner, "10jt");
    expect(await wa.say(partner, "Lewati")).toContain("Rp 10.000.000");
    expect(await wa.say(partner, "1")).toMatch(/#\d+/);

    const pledges = await bot.database.db.pledge.findMany({ where: { organization: { name: "PT Sinar Sukabumi" } } });
    expect(pledges.map((pledge) => pledge.amount)).toEqual([10_000_000n]);
  });

  it("keeps a typed answer that only looks like a choice as text", async () => {
    const partner = "6281234567003";
    await wa.say(partner, "/register");
    await wa.say(partner, "PT Kopi Lampung");
    await wa.say(partner, "Andi");
    await wa.say(partner, "Lampung");
    await wa.say(partner, "2");
    await wa.say(partner, "/pledge PADI");
    await wa.say(partner, "1");
    await wa.say(partner, "5jt");
    // "Lewati saja dulu" starts like the "Lewati" option but is a note of its own.
    expect(await wa.say(partner, "Lewati saja dulu")).toContain("Catatan: Lewati saja dulu");
  });

  it("links a partner whose number staff pre-registered on their first message", async () => {
    expect(await wa.say(STAFF, "/prephone PT Sinar Sukabumi +62 812-3456-7004")).toContain(
      t("prephone-done", { phone: "6281234567004", company: "PT Sinar Sukabumi" }),
    );
    const first = await wa.say("6281234567004", "/mypledges");
    expect(first).toContain(t("prephone-linked", { company: "PT Sinar Sukabumi" }));
    expect(first).toContain(t("mypledges-heading", { company: "PT Sinar Sukabumi" }));
    expect(await wa.say("6281234567004", "/mypledges")).not.toContain(t("prephone-linked", { company: "PT Sinar Sukabumi" }));
    expect(await wa.say(STAFF, "/prephone")).toContain("6281234567004 · PT Sinar Sukabumi · sudah terhubung");

    expect(await wa.say(STAFF, "/prephone PT Tidak Ada 6281234567005")).toContain(t("error-unknown-company", { company: "PT Tidak Ada" }));
    expect(await wa.say("6281234567006", "/prephone PT Sinar Sukabumi 6281234567005")).toContain(t("error-staff-only"));
    const audit = await bot.database.db.auditLog.findMany({ where: { action: { in: ["phone.preregister", "phone.link"] } } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["phone.link", "phone.preregister"]);
  });

  it("gives groups the read-only commands only, and answers in the group", async () => {
    const group = { chatId: "120363025555555555@g.us", senderId: "6281234567007@c.us" };
    expect(await wa.say("6281234567007", "/campaigns", group)).toContain("PADI");
    expect(wa.client().sent.at(-1)!.chatId).toBe(group.chatId);
    expect(await wa.say("6281234567007", "/pledge", group)).toContain(t("error-private-only", { command: "/pledge" }));
  });

  it("ignores status broadcasts and its own messages", async () => {
    expect(await wa.say("6281234567008", "/start", { chatId: "status@broadcast", isStatus: true })).toBe("");
    expect(await wa.say(STAFF, "/start", { fromMe: true })).toBe("");
    const members = await bot.database.db.member.count({ where: { userId: "6281234567008" } });
    expect(members).toBe(0);
  });

  it("acts once on a message id delivered twice", async () => {
    const message = { id: "false_6281234567009@c.us_3EB0DUPLICATE" };
    expect(await wa.say("6281234567009", "/subscribe PADI", message)).toContain("PADI");
    expect(await wa.say("6281234567009", "/subscribe PADI", message)).toBe("");
    expect(await bot.database.db.subscription.count({ where: { member: { userId: "6281234567009" } } })).toBe(1);
  });
});
