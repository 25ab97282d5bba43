import { describe, expect, it } from "vitest";
import { MAX_UNIQUE_CODE, pickUniqueCode } from "../../src/payments/unique-code.js";

describe("a pledge's unique code", () => {
  it("is one of the free codes 1–999, chosen by the pick it is given", () => {
    const taken = [1, 2, 3, 500];
    expect(pickUniqueCode(taken, () => 0)).toBe(4);
    expect(pickUniqueCode(taken, (count) => count - 1)).toBe(999);
    // Free are 4–499 (496 codes, picks 0–495), then 501–999: pick 496 skips the taken 500.
    expect(pickUniqueCode(taken, () => 496)).toBe(501);
  });

  it("is the only free code when 998 are taken, and none when all are", () => {
    const allBut777 = Array.from({ length: MAX_UNIQUE_CODE }, (_, index) => index + 1).filter((code) => code !== 777);
    expect(pickUniqueCode(allBut777)).toBe(777);
    expect(pickUniqueCode([...allBut777, 777])).toBeUndefined();
  });

  it("is drawn at random by default, never a taken one", () => {
    const taken = new Set(Array.from({ length: 900 }, (_, index) => index + 50));
    const drawn = Array.from({ length: 300 }, () => pickUniqueCode(taken)!);
    for (const code of drawn) {
      expect(taken.has(code)).toBe(false);
      expect(code >= 1 && code <= 999).toBe(true);
    }
    expect(new Set(drawn).size).toBeGreaterThan(50); // 99 free codes, 300 draws
  });

  it("refuses a pick outside the free codes (a caller's bug)", () => {
    expect(() => pickUniqueCode([], () => 999)).toThrow(RangeError);
    expect(() => pickUniqueCode([], () => 1.5)).toThrow(RangeError);
  });
});
