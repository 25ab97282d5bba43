import { describe, expect, it } from "vitest";
import { lineKeys } from "../../../src/payments/statements/line-key.js";
import type { StatementLine } from "../../../src/payments/statements/statement.js";

const line = (date: string, amount: bigint, description: string): StatementLine => ({ date, amount, direction: "credit", pending: false, description });

describe("the key a statement line is stored under", () => {
  it("is the same for the same line in an overlapping statement, however it was spaced or cased", () => {
    const first = [line("2026-08-01", 5_000_123n, "TRSF E-BANKING CR PT HANJIN"), line("2026-08-02", 2_500_000n, "SWITCHING CR CV SINAR JAYA")];
    const overlapping = [line("2026-08-02", 2_500_000n, "switching  cr   CV Sinar Jaya "), line("2026-08-03", 750_000n, "TRSF E-BANKING CR KIM")];
    const [, secondOfFirst] = lineKeys("'0123456789", first);
    const [firstOfOverlapping, secondOfOverlapping] = lineKeys("0123456789", overlapping);
    expect(firstOfOverlapping).toBe(secondOfFirst);
    expect(secondOfOverlapping).not.toBe(secondOfFirst);
    expect(secondOfFirst).toMatch(/^[0-9a-f]{64}$/);
  });

  it("tells two alike payments in one statement apart, and gives them the same keys in the next", () => {
    const twice = [line("2026-08-02", 2_500_000n, "TRANSFER DARI LOTTE MART"), line("2026-08-02", 2_500_000n, "TRANSFER DARI LOTTE MART")];
    const keys = lineKeys("1370012345678", twice);
    expect(new Set(keys).size).toBe(2);
    expect(lineKeys("1370012345678", [line("2026-08-01", 1n, "OTHER"), ...twice]).slice(1)).toEqual(keys);
  });

  it("differs when the account, the date, the amount or the description does", () => {
    const base = line("2026-08-02", 2_500_000n, "TRANSFER");
    const [key] = lineKeys("1370012345678", [base]);
    expect(lineKeys("1370012345679", [base])[0]).not.toBe(key);
    expect(lineKeys("1370012345678", [{ ...base, date: "2026-08-03" }])[0]).not.toBe(key);
    expect(lineKeys("1370012345678", [{ ...base, amount: 2_500_001n }])[0]).not.toBe(key);
    expect(lineKeys("1370012345678", [{ ...base, description: "TRANSFER 2" }])[0]).not.toBe(key);
  });
});
