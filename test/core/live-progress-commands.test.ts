import { describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { useTestBot } from "../support/test-bot.js";

const translator = new Translator("id");
const t = (locale: "id" | "ko" | "en", key: string, args?: Record<string, string | number>) => translator.translate(locale, key, args);

describe("/pin and /unpin where the channel has no live progress display (the console)", () => {
  const bot = useTestBot();

  it("tells staff, in their language, that live progress is not available here, and stores nothing", async () => {
    for (const [lang, locale] of [["id", "id"], ["ko-KR", "ko"], ["en", "en"]] as const) {
      const staff = bot.chat("staff", { localeHint: lang });
      await staff.send(`/lang ${locale}`);
      expect(await staff.send("/pin PADI")).toBe(t(locale, "live-progress-unavailable"));
      expect(await staff.send("/unpin PADI")).toBe(t(locale, "live-progress-unavailable"));
    }
    expect(await bot.database.db.telegramPinnedMessage.count()).toBe(0);
    expect(await bot.database.db.auditLog.count({ where: { action: { startsWith: "progress." } } })).toBe(0);
  });

  it("refuses them to anyone but staff, and in a group too", async () => {
    expect(await bot.chat("donor-pin", { localeHint: "en" }).send("/pin PADI")).toBe(t("en", "error-staff-only"));
    expect(await bot.chat("donor-pin", { chatId: "group-1", chatType: "group", localeHint: "en" }).send("/unpin PADI")).toBe(t("en", "error-staff-only"));
  });

  it("takes bad input without storing anything: NUL, a huge argument, an unknown campaign", async () => {
    const staff = bot.chat("staff", { localeHint: "en" });
    await staff.send("/lang en");
    expect(await staff.send("/pin PA\u0000DI")).toBe(t("en", "error-control-characters"));
    expect(await staff.send(`/pin ${"X".repeat(2000)}`)).toBe(t("en", "error-too-long", { max: 1000 }));
    expect(await bot.database.db.auditLog.count({ where: { action: { startsWith: "progress." } } })).toBe(0);
  });
});
