import { describe, expect, it } from "vitest";
import { daysLeft, jakartaMinuteOfDay, jakartaToday, nextJakartaMidnight, readCalendarDate, readJakartaTime } from "../../src/core/jakarta-time.js";

describe("Jakarta time (UTC+7 all year)", () => {
  it("turns the day at Jakarta midnight, which is 17:00 UTC the day before", () => {
    expect(jakartaToday(new Date("2026-11-30T16:59:59Z"))).toEqual(new Date("2026-11-30T00:00:00Z"));
    expect(jakartaToday(new Date("2026-11-30T17:00:00Z"))).toEqual(new Date("2026-12-01T00:00:00Z"));
    expect(nextJakartaMidnight(new Date("2026-11-30T16:59:59Z"))).toEqual(new Date("2026-11-30T17:00:00Z"));
    expect(nextJakartaMidnight(new Date("2026-11-30T17:00:00Z"))).toEqual(new Date("2026-12-01T17:00:00Z"));
    expect(daysLeft(new Date("2026-12-01T00:00:00Z"), new Date("2026-11-30T17:30:00Z"))).toBe(0);
  });

  it("tells the minute of the Jakarta day", () => {
    expect(jakartaMinuteOfDay(new Date("2026-11-30T14:00:00Z"))).toBe(21 * 60);
    expect(jakartaMinuteOfDay(new Date("2026-11-30T16:59:00Z"))).toBe(23 * 60 + 59);
    expect(jakartaMinuteOfDay(new Date("2026-11-30T17:00:00Z"))).toBe(0);
    expect(jakartaMinuteOfDay(new Date("1969-12-31T20:00:00Z"))).toBe(3 * 60);
  });

  it("reads typed times and days as Jakarta's, and refuses days that do not exist", () => {
    const now = new Date("2026-11-30T03:00:00Z"); // 10:00 WIB
    expect(readJakartaTime("2026-12-01 09:00", now)).toEqual(new Date("2026-12-01T02:00:00Z"));
    expect(readJakartaTime("01/12/2026 09:00", now)).toEqual(new Date("2026-12-01T02:00:00Z"));
    // A bare time already past today is tomorrow's.
    expect(readJakartaTime("09:00", now)).toEqual(new Date("2026-12-01T02:00:00Z"));
    expect(readJakartaTime("11:30", now)).toEqual(new Date("2026-11-30T04:30:00Z"));
    expect(readJakartaTime("2026-02-30 09:00", now)).toBeUndefined();
    expect(readJakartaTime("24:00", now)).toBeUndefined();
    expect(readCalendarDate("hari ini", new Date("2026-11-30T17:30:00Z"))).toEqual(new Date("2026-12-01T00:00:00Z"));
    expect(readCalendarDate("31/11/2026", now)).toBeUndefined();
  });
});
