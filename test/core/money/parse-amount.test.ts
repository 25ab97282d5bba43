import { describe, it, expect } from "vitest";
import { parseAmount, MAX_AMOUNT_RUPIAH } from "../../../src/core/money/parse-amount.js";

describe("parseAmount", () => {
  describe("plain rupiah numbers", () => {
    it.each([
      ["10000000", 10_000_000n],
      ["10.000.000", 10_000_000n], // Indonesian thousands dots
      ["10,000,000", 10_000_000n], // English thousands commas
      ["10 000 000", 10_000_000n],
      ["Rp10.000.000", 10_000_000n],
      ["Rp 10.000.000,00", 10_000_000n],
      ["Rp. 10.000.000,-", 10_000_000n],
      ["IDR 10,000,000.00", 10_000_000n],
      ["rp 250.000", 250_000n],
      ["10.000.000 rupiah", 10_000_000n],
      ["50.000 IDR", 50_000n],
      ["2.500", 2_500n],
      ["1.000", 1_000n],
      ["1,000", 1_000n],
      ["1.500", 1_500n],
      ["1,500", 1_500n],
      ["1.500.000,00", 1_500_000n],
      ["1,500,000.00", 1_500_000n],
      ["10 000,00", 10_000n],
      ["Rp 500", 500n], // explicit Rp: taken literally
      ["500 rupiah", 500n],
      ["Rp 5", 5n],
      ["  Rp   75.000  ", 75_000n],
      ["Rp\u00a050.000", 50_000n], // non-breaking space
      ["10\u202f000", 10_000n], // narrow non-breaking space as thousands separator
      ["１０．０００", 10_000n], // fullwidth digits and dot
      ["Rp 1.000.000.000.000", MAX_AMOUNT_RUPIAH],
    ])("%j → %s", (text, rupiah) => {
      expect(parseAmount(text)).toEqual({ kind: "amount", rupiah });
    });
  });

  describe("Indonesian and English units", () => {
    it.each([
      ["10jt", 10_000_000n],
      ["10 juta", 10_000_000n],
      ["10 JT", 10_000_000n],
      ["7 jut", 7_000_000n],
      ["1,5 M", 1_500_000_000n], // M = miliar
      ["1.5M", 1_500_000_000n],
      ["2 miliar", 2_000_000_000n],
      ["2 milyar", 2_000_000_000n],
      ["3 mlyr", 3_000_000_000n],
      ["2,5jt", 2_500_000n],
      ["500rb", 500_000n],
      ["500 ribu", 500_000n],
      ["500k", 500_000n],
      ["500K", 500_000n],
      ["2.5k", 2_500n],
      ["1 triliun", MAX_AMOUNT_RUPIAH],
      ["Rp 1 triliun", MAX_AMOUNT_RUPIAH],
      ["1T", MAX_AMOUNT_RUPIAH],
      ["1,25 jt", 1_250_000n],
      ["0,5 jt", 500_000n],
      ["1.500 jt", 1_500_000_000n], // a 3-digit group is thousands even with a unit
      ["1.500,5 jt", 1_500_500_000n],
      ["Rp 10 juta", 10_000_000n],
      ["Rp 25rb", 25_000n],
      ["10 juta rupiah", 10_000_000n],
      ["2 million", 2_000_000n],
      ["1.5 billion", 1_500_000_000n],
      ["500 thousand", 500_000n],
      ["3 mn", 3_000_000n],
      ["3Mn", 3_000_000n],
      ["2 bn", 2_000_000_000n],
      ["0,5 rb", 500n], // a unit was given, so no "missing unit" question
    ])("%j → %s", (text, rupiah) => {
      expect(parseAmount(text)).toEqual({ kind: "amount", rupiah });
    });
  });

  describe("compound amounts", () => {
    it.each([
      ["1 juta 500 ribu", 1_500_000n],
      ["1jt 500rb", 1_500_000n],
      ["2 M 500 jt", 2_500_000_000n],
      ["10jt 250 ribu", 10_250_000n],
    ])("%j → %s", (text, rupiah) => {
      expect(parseAmount(text)).toEqual({ kind: "amount", rupiah });
    });

    it.each([
      ["1 jt 2 jt"], // units must strictly decrease
      ["500 ribu 1 juta"],
      ["1 juta 1500 ribu"], // the lower part must be smaller than the unit before it
      ["10 5 jt"], // a unit-less number cannot come first
    ])("%j → unparseable", (text) => {
      expect(parseAmount(text)).toEqual({ kind: "unclear", reason: "unparseable", candidates: [] });
    });
  });

  describe("Korean forms", () => {
    it.each([
      ["1000만", 10_000_000n],
      ["1억", 100_000_000n],
      ["1억 5000만", 150_000_000n],
      ["1억5000만", 150_000_000n],
      ["5천만", 50_000_000n],
      ["3천5백만", 35_000_000n],
      ["천만", 10_000_000n],
      ["3,000만", 30_000_000n],
      ["1.5억", 150_000_000n],
      ["1억 루피아", 100_000_000n],
      ["2천", 2_000n],
    ])("%j → %s", (text, rupiah) => {
      expect(parseAmount(text)).toEqual({ kind: "amount", rupiah });
    });
  });

  describe("invalid amounts", () => {
    it.each([
      ["0", "zero"],
      ["Rp 0", "zero"],
      ["0 jt", "zero"],
      ["0,00", "zero"],
      ["-5jt", "negative"],
      ["- 10.000", "negative"],
      ["minus 5 juta", "negative"],
      ["Rp -5.000", "negative"],
      ["-Rp 5.000", "negative"],
      ["\u22125.000.000", "negative"], // typographic minus sign
      ["-10", "negative"], // negative even though the unit is unclear
      ["1,5 triliun", "too-large"],
      ["2T", "too-large"],
      ["1.000.000.000.001", "too-large"],
      ["1 triliun 1 rb", "too-large"],
      ["5000 M", "too-large"],
    ])("%j → %s", (text, reason) => {
      expect(parseAmount(text)).toEqual({ kind: "invalid", reason });
    });
  });

  describe("unclear amounts", () => {
    it.each([
      // bare number below 1,000: probably a forgotten ribu/juta
      ["10", "maybe-missing-unit", [10n, 10_000n, 10_000_000n]],
      ["500", "maybe-missing-unit", [500n, 500_000n, 500_000_000n]],
      ["1", "maybe-missing-unit", [1n, 1_000n, 1_000_000n]],
      ["500,00", "maybe-missing-unit", [500n, 500_000n, 500_000_000n]],
      ["5백", "maybe-missing-unit", [500n, 500_000n, 500_000_000n]],
      // a trailing bare number after a unit
      ["1 juta 500", "maybe-missing-unit", [1_000_500n, 1_500_000n]],
      ["1억 5천", "maybe-missing-unit", [100_005_000n, 150_000_000n]],
      // lower-case "m": million in English, miliar in Indonesian
      ["5m", "maybe-missing-unit", [5_000_000n, 5_000_000_000n]],
      ["2 m", "maybe-missing-unit", [2_000_000n, 2_000_000_000n]],
      ["5000m", "maybe-missing-unit", [5_000_000_000n]], // 5000 miliar is above the maximum
      // a lone separator without a unit
      ["1,5", "ambiguous-separator", [1_500n, 1_500_000n]],
      ["1.5", "ambiguous-separator", [1_500n, 1_500_000n]],
      ["12.50", "ambiguous-separator", [12_500n, 12_500_000n]],
      ["Rp 1,5", "ambiguous-separator", [1_500n, 1_500_000n]],
      // mixed or irregular grouping
      ["1.500,000", "ambiguous-separator", [1_500n, 1_500_000n]],
      ["1,500.000", "ambiguous-separator", [1_500n, 1_500_000n]],
      ["1.00.000", "ambiguous-separator", [100_000n]],
      ["10,00,000", "ambiguous-separator", [1_000_000n]], // Indian lakh grouping
      ["1,5 juta 500 ribu", "ambiguous-separator", []],
      // a real fraction of a rupiah
      ["10.000,50", "fraction-of-rupiah", [10_000n, 10_001n]],
      ["Rp 12.500,50", "fraction-of-rupiah", [12_500n, 12_501n]],
      ["1,500.50", "fraction-of-rupiah", [1_500n, 1_501n]],
      ["1,0000005 jt", "fraction-of-rupiah", [1_000_000n, 1_000_001n]],
      // foreign currency
      ["$100", "foreign-currency", []],
      ["100 USD", "foreign-currency", []],
      ["usd 100", "foreign-currency", []],
      // Won: the same figure in rupiah is offered, never a conversion.
      ["1000만원", "foreign-currency", [10_000_000n]],
      ["1억 5000만 원", "foreign-currency", [150_000_000n]],
      ["100원", "foreign-currency", [100n]],
      ["₩10000", "foreign-currency", [10_000n]],
      ["￦10000", "foreign-currency", [10_000n]], // fullwidth won sign
      ["€50", "foreign-currency", []],
      ["SGD 20", "foreign-currency", []],
      ["RM 50", "foreign-currency", []],
      ["20 dolar", "foreign-currency", []],
      ["-$5", "foreign-currency", []],
      // not an amount at all
      ["", "unparseable", []],
      ["   ", "unparseable", []],
      ["abc", "unparseable", []],
      ["ten", "unparseable", []],
      ["1x2", "unparseable", []],
      ["1e6", "unparseable", []],
      ["sepuluh juta", "unparseable", []],
      ["10jt lagi?", "unparseable", []],
      ["10jt.", "unparseable", []],
      ["Rp", "unparseable", []],
      ["jt", "unparseable", []],
      ["-", "unparseable", []],
      ["$abc", "unparseable", []],
      ["10 - 5", "unparseable", []],
      ["10 mil", "unparseable", []], // "mil" could be million or miliar: not a known unit
    ])("%j → %s %s", (text, reason, candidates) => {
      expect(parseAmount(text)).toEqual({ kind: "unclear", reason, candidates });
    });
  });

  describe("robustness", () => {
    it("exposes the maximum as Rp 1 triliun", () => {
      expect(MAX_AMOUNT_RUPIAH).toBe(1_000_000_000_000n);
    });

    it.each([
      ["digits", "1".repeat(10_000), { kind: "invalid", reason: "too-large" }],
      ["separators", "1.".repeat(5_000), { kind: "unclear", reason: "unparseable", candidates: [] }],
      ["spaced numbers", "1 ".repeat(5_000) + "x", { kind: "unclear", reason: "unparseable", candidates: [] }],
      ["letters", "a".repeat(10_000), { kind: "unclear", reason: "unparseable", candidates: [] }],
      ["repeated suffixes", "1 jt" + " rp".repeat(3_000), { kind: "amount", rupiah: 1_000_000n }],
    ])("handles 10,000-character %s quickly", (_label, text, expected) => {
      const started = performance.now();
      expect(parseAmount(text)).toEqual(expected);
      expect(performance.now() - started).toBeLessThan(1_000);
    });
  });
});
