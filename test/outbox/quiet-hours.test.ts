import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { isQuietTime, parseQuietHours } from "../../src/outbox/quiet-hours.js";

describe("quiet hours (Jakarta time, a fake clock)", () => {
  const quiet = parseQuietHours("21:00-07:00")!;

  it("holds from 21:00 to 07:00 WIB, across midnight", () => {
    expect(isQuietTime(new Date("2026-11-28T13:59:00Z"), quiet)).toBe(false); // 20:59 WIB
    expect(isQuietTime(new Date("2026-11-28T14:00:00Z"), quiet)).toBe(true); // 21:00 WIB
    expect(isQuietTime(new Date("2026-11-28T17:00:00Z"), quiet)).toBe(true); // 00:00 WIB
    expect(isQuietTime(new Date("2026-11-28T23:59:00Z"), quiet)).toBe(true); // 06:59 WIB
    expect(isQuietTime(new Date("2026-11-29T00:00:00Z"), quiet)).toBe(false); // 07:00 WIB
  });

  it("reads a window inside one day, or off", () => {
    const lunch = parseQuietHours("12:00-13:30")!;
    expect(isQuietTime(new Date("2026-11-28T05:15:00Z"), lunch)).toBe(true); // 12:15 WIB
    expect(isQuietTime(new Date("2026-11-28T06:30:00Z"), lunch)).toBe(false); // 13:30 WIB
    expect(parseQuietHours("off")).toBeNull();
    expect(isQuietTime(new Date("2026-11-28T17:00:00Z"), null)).toBe(false);
  });

  it("refuses a bad QUIET_HOURS at start-up, naming the key", () => {
    expect(loadConfig({}).QUIET_HOURS).toEqual({ startMinute: 21 * 60, endMinute: 7 * 60 });
    expect(() => loadConfig({ QUIET_HOURS: "9pm-7am" })).toThrow(/QUIET_HOURS/);
    expect(() => loadConfig({ QUIET_HOURS: "25:00-07:00" })).toThrow(/QUIET_HOURS/);
  });
});
