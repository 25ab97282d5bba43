import { describe, expect, it } from "vitest";
import { normalizePhone } from "../../src/core/use-cases/preregister-phone.js";
import { useTestBot } from "../support/test-bot.js";

describe("normalizePhone", () => {
  it.each([
    ["6281234567890", "6281234567890"],
    ["+62 812-3456-7890", "6281234567890"],
    ["0812 3456 7890", "6281234567890"],
    ["(0812) 3456.7890", "6281234567890"],
    ["+82 10-1234-5678", "821012345678"],
  ])("%s → %s", (input, expected) => expect(normalizePhone(input)).toBe(expected));

  it.each(["", "12345", "abc", "+62 812 ext 5", "1234567890123456"])("refuses %j", (input) => expect(normalizePhone(input)).toBeUndefined());
});

describe("/prephone and linking by phone number", () => {
  const bot = useTestBot({ staff: ["console:staff"] });

  it("links a person who chatted before their number was registered, once, even when two messages race", async () => {
    const partner = { channel: "whatsapp" as const, chatId: "6285700000001", userId: "6285700000001", phone: "6285700000001" };
    await bot.core.handle({ ...partner, messageId: "a", text: "/campaigns" });
    const staff = bot.chat("staff");
    await staff.send("/register");
    await staff.send("PT Gula Banten");
    await staff.send("Rina");
    await staff.send("Serang");
    await staff.pick("Tampilkan");
    expect(await staff.send("/prephone pt gula banten 0857-0000-0001")).toContain("6285700000001");
    expect(await staff.send("/prephone PT Gula Banten 12")).toContain('"12"');

    const [first, second] = await Promise.all([
      bot.core.handle({ ...partner, messageId: "b", text: "/mypledges" }),
      bot.core.handle({ ...partner, messageId: "c", text: "/mypledges" }),
    ]);
    const notes = [...first!, ...second!].filter((reply) => reply.text.includes("PT Gula Banten") && reply.text.startsWith("Selamat datang"));
    expect(notes).toHaveLength(1);
    const member = await bot.database.db.member.findUniqueOrThrow({ where: { channel_userId: { channel: "whatsapp", userId: "6285700000001" } }, include: { organization: true } });
    expect(member.organization?.name).toBe("PT Gula Banten");

    // Once it has linked someone, the number cannot be moved to another company.
    await bot.database.db.organization.create({ data: { name: "PT Lain", nameKey: "pt lain", city: "Medan" } });
    expect(await staff.send("/prephone PT Lain 6285700000001")).toContain("6285700000001");
    expect((await bot.database.db.preregisteredPhone.findUniqueOrThrow({ where: { phone: "6285700000001" } })).organizationId).toBe(member.organizationId);
  });
});
