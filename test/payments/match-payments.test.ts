import { describe, expect, it } from "vitest";
import { matchPayments, type OpenPledge, type PaymentLine } from "../../src/payments/match-payments.js";

const pledge = (id: number, amount: bigint, code: bigint, companyName: string, more: Partial<OpenPledge> = {}): OpenPledge => ({
  id,
  amount,
  transferAmount: amount + code,
  companyName,
  ...more,
});
const line = (amount: bigint, description: string): PaymentLine => ({ amount, description });

describe("matching statement lines to open pledges", () => {
  it("strong: the exact transfer amount (unique code included) of one open pledge", () => {
    const result = matchPayments({
      lines: [line(5_000_123n, "TRSF E-BANKING CR 2812/FTSCY/WS95031 5000123.00 SOMEONE ELSE")],
      pledges: [pledge(1, 5_000_000n, 123n, "PT Hanjin Logistics Indonesia"), pledge(2, 5_000_000n, 124n, "PT Korea Indah")],
    });
    expect(result).toEqual({ proposals: [{ pledgeId: 1, lines: [0], strength: "strong", reasons: [{ code: "unique-amount", amount: 5_000_123n }] }], unmatched: [] });
  });

  it("strong: KP-<id> in the description with the pledge's amount, with or without its code", () => {
    const result = matchPayments({
      lines: [line(2_500_000n, "SWITCHING CR TRANSFER DARI BANK MANDIRI KP-42 CV SINAR JAYA"), line(1_000_777n, "kp 43 donasi")],
      pledges: [pledge(42, 2_500_000n, 0n, "CV Sinar Jaya"), pledge(43, 1_000_000n, 777n, "PT Maju")],
    });
    expect(result.proposals).toEqual([
      { pledgeId: 42, lines: [0], strength: "strong", reasons: [{ code: "reference", reference: "KP-42" }, { code: "amount", amount: 2_500_000n, includesCode: false }] },
      {
        pledgeId: 43,
        lines: [1],
        strength: "strong",
        reasons: [{ code: "unique-amount", amount: 1_000_777n }, { code: "reference", reference: "kp 43" }, { code: "amount", amount: 1_000_777n, includesCode: true }],
      },
    ]);
  });

  it("proposes nothing when the reference names one pledge and the amount is another's unique one", () => {
    const result = matchPayments({
      lines: [line(3_000_009n, "DONASI KP-7 PT SEJAHTERA")],
      pledges: [pledge(7, 1_000_000n, 5n, "PT Sejahtera"), pledge(9, 3_000_000n, 9n, "PT Lain")],
    });
    expect(result).toEqual({ proposals: [], unmatched: [0] });
  });

  it("does not take an amount as unique when a pledge without a code has it too, nor a receipt number or two references as a reference", () => {
    const result = matchPayments({
      lines: [line(5_000_123n, "TRANSFER"), line(1_000_005n, "KUITANSI KP-2026-000123"), line(7_000_000n, "KP-1 KP-2")],
      pledges: [pledge(1, 5_000_000n, 123n, "PT A"), pledge(2, 5_000_123n, 0n, "PT B"), pledge(2026, 9_000_000n, 0n, "PT C"), pledge(3, 1_000_000n, 5n, "PT D", { accountId: "999" })],
      account: "0123456789",
    });
    expect(result).toEqual({ proposals: [], unmatched: [0, 1, 2] });
  });

  it("likely: the pledge's amount with the company's name, however the bank wrote it (case, PT/Tbk, dots, cut off)", () => {
    const result = matchPayments({
      lines: [
        line(1_000_000n, "TRSF E-BANKING CR 1809/FTSCY/WS95031 1000000.00 DAEHAN SEJAHTERA"),
        line(5_000_000n, "TRSF E-BANKING CR 2812/FTSCY/WS95031         5000000.00PT HANJIN LOGISTICS IN"),
        line(2_000_000n, "TRSF E-BANKING CR 0101/FTSCY/WS95031 2000000.00 P.T. GLOBAL KARYA"),
      ],
      pledges: [pledge(10, 1_000_000n, 0n, "PT. Daehan Sejahtera Tbk"), pledge(11, 5_000_000n, 321n, "PT Hanjin Logistics Indonesia"), pledge(12, 2_000_000n, 0n, "Global Karya"), pledge(13, 2_000_000n, 0n, "CV Lain")],
    });
    expect(result.proposals).toEqual([
      { pledgeId: 10, lines: [0], strength: "likely", reasons: [{ code: "amount", amount: 1_000_000n, includesCode: false }, { code: "name", who: "company", name: "PT. Daehan Sejahtera Tbk" }] },
      { pledgeId: 11, lines: [1], strength: "likely", reasons: [{ code: "amount", amount: 5_000_000n, includesCode: false }, { code: "name", who: "company", name: "PT Hanjin Logistics Indonesia" }] },
      { pledgeId: 12, lines: [2], strength: "likely", reasons: [{ code: "amount", amount: 2_000_000n, includesCode: false }, { code: "name", who: "company", name: "Global Karya" }] },
    ]);
  });

  it("likely: the contact's name; a name cut off too short, or a word inside another, is not a name", () => {
    const result = matchPayments({
      lines: [line(750_000n, "TRSF E-BANKING CR 0201/FTSCY/WS95031 750000.00 DONASI, KIM MIN-JUN"), line(300_000n, "TRSF E-BANKING CR 300000.00 HANJIN L"), line(400_000n, "TRANSFER MAJUMUNDUR")],
      pledges: [pledge(20, 750_000n, 0n, "PT Korea Indah", { contactName: "Kim Min-jun" }), pledge(21, 300_000n, 0n, "PT Hanjin Logistics"), pledge(22, 400_000n, 0n, "Maju"), pledge(23, 300_000n, 0n, "X"), pledge(24, 400_000n, 0n, "Y")],
    });
    expect(result.proposals).toEqual([
      { pledgeId: 20, lines: [0], strength: "likely", reasons: [{ code: "amount", amount: 750_000n, includesCode: false }, { code: "name", who: "contact", name: "Kim Min-jun" }] },
    ]);
    expect(result.unmatched).toEqual([1, 2]);
  });

  it("likely: the pledge's reference with another amount, said so", () => {
    const result = matchPayments({ lines: [line(2_000_000n, "DONASI KP-77 PT GLOBAL KARYA")], pledges: [pledge(77, 2_500_000n, 77n, "PT Global Karya")] });
    expect(result.proposals).toEqual([
      { pledgeId: 77, lines: [0], strength: "likely", reasons: [{ code: "reference", reference: "KP-77" }, { code: "amount-differs", expected: 2_500_077n, found: 2_000_000n }] },
    ]);
  });

  it("possible: several lines of one payer that add up to a pledge, with or without its code", () => {
    const result = matchPayments({
      lines: [
        line(2_500_000n, "TRANSFER DARI LOTTE MART INDONESIA CICILAN 1"),
        line(999_000n, "TRANSFER DARI SOMEONE"),
        line(2_500_000n, "TRANSFER DARI LOTTE MART INDONESIA CICILAN 2"),
        line(2_000_000n, "SETORAN PT SEJAHTERA ABADI"),
        line(2_000_000n, "SETORAN PT SEJAHTERA ABADI"),
        line(1_000_321n, "SETORAN SEJAHTERA ABADI TBK"),
      ],
      pledges: [pledge(30, 5_000_000n, 0n, "PT Lotte Mart Indonesia"), pledge(31, 5_000_000n, 321n, "PT Sejahtera Abadi Tbk")],
    });
    expect(result.proposals).toEqual([
      { pledgeId: 30, lines: [0, 2], strength: "possible", reasons: [{ code: "sum", lineCount: 2, total: 5_000_000n }, { code: "name", who: "company", name: "PT Lotte Mart Indonesia" }] },
      { pledgeId: 31, lines: [3, 4, 5], strength: "possible", reasons: [{ code: "sum", lineCount: 3, total: 5_000_321n }, { code: "name", who: "company", name: "PT Sejahtera Abadi Tbk" }] },
    ]);
    expect(result.unmatched).toEqual([1]);
  });

  it("possible: one line with the amount of the only pledge of that amount, and nothing else to go on", () => {
    const result = matchPayments({ lines: [line(1_000_000n, "SETORAN TUNAI"), line(2_000_000n, "SETORAN TUNAI")], pledges: [pledge(40, 1_000_000n, 0n, "PT A"), pledge(41, 2_000_000n, 0n, "PT B"), pledge(42, 2_000_000n, 0n, "PT C")] });
    expect(result).toEqual({ proposals: [{ pledgeId: 40, lines: [0], strength: "possible", reasons: [{ code: "amount", amount: 1_000_000n, includesCode: false }] }], unmatched: [1] });
  });

  it("gives a pledge one proposal and a line one pledge: a second transfer of the same code is left to staff", () => {
    const result = matchPayments({
      lines: [line(5_000_123n, "TRANSFER 1"), line(5_000_123n, "TRANSFER 2"), line(5_000_000n, "PT HANJIN")],
      pledges: [pledge(1, 5_000_000n, 123n, "PT Hanjin")],
    });
    expect(result).toEqual({ proposals: [{ pledgeId: 1, lines: [0], strength: "strong", reasons: [{ code: "unique-amount", amount: 5_000_123n }] }], unmatched: [1, 2] });
  });

  it("places strong evidence before likely, whatever the order of the lines", () => {
    const result = matchPayments({ lines: [line(5_000_000n, "PT HANJIN"), line(5_000_123n, "TRANSFER")], pledges: [pledge(1, 5_000_000n, 123n, "PT Hanjin")] });
    expect(result.proposals).toEqual([{ pledgeId: 1, lines: [1], strength: "strong", reasons: [{ code: "unique-amount", amount: 5_000_123n }] }]);
    expect(result.unmatched).toEqual([0]);
  });

  it("leaves a company's two pledges of one amount to staff, and a line of another account's pledge alone", () => {
    const result = matchPayments({
      account: "'0123456789",
      lines: [line(3_000_000n, "PT DAEHAN"), line(4_000_777n, "TRANSFER")],
      pledges: [pledge(1, 3_000_000n, 0n, "PT Daehan"), pledge(2, 3_000_000n, 0n, "PT Daehan"), pledge(3, 4_000_000n, 777n, "PT Lain", { accountId: "0350000001" })],
    });
    expect(result).toEqual({ proposals: [], unmatched: [0, 1] });
    const sameAccount = matchPayments({ account: "0123456789", lines: [line(4_000_777n, "TRANSFER")], pledges: [pledge(3, 4_000_000n, 777n, "PT Lain", { accountId: "0123-456-789" })] });
    expect(sameAccount.proposals.map(({ pledgeId }) => pledgeId)).toEqual([3]);
  });

  it("looks for a sum among a payer's twelve earliest lines, in at most four parts", () => {
    const many = Array.from({ length: 14 }, (_, index) => line(index < 12 ? 100n : 1_000n, "TRANSFER DARI PT CICIL TERUS"));
    expect(matchPayments({ lines: many, pledges: [pledge(1, 2_000n, 0n, "PT Cicil Terus")] }).proposals).toEqual([]); // needs the 13th and 14th
    expect(matchPayments({ lines: many, pledges: [pledge(1, 400n, 0n, "PT Cicil Terus")] }).proposals[0]?.lines).toEqual([0, 1, 2, 3]);
    expect(matchPayments({ lines: many, pledges: [pledge(1, 500n, 0n, "PT Cicil Terus")] }).proposals).toEqual([]); // five parts
  });
});
