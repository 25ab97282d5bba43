import { describe, expect, it } from "vitest";
import { nameWords, PayerIndex } from "../../src/payments/payer-names.js";

describe("payer names in bank descriptions", () => {
  it("reads names as words: accents, case, dots and legal forms evened out, digits apart from letters", () => {
    expect(nameWords("P.T. Café Sejahtera, Tbk")).toEqual(["CAFE", "SEJAHTERA"]);
    expect(nameWords("807400.00ANDI WIJAYA")).toEqual(["80740000", "ANDI", "WIJAYA"]);
    expect(nameWords("CV. Sinar-Jaya Co., Ltd")).toEqual(["SINAR", "JAYA"]);
  });

  it("finds a name whole, or cut off at the end after ten of its characters; one payer however it was written", () => {
    const index = new PayerIndex<number>();
    index.add("PT Hanjin Logistics Indonesia", "company", 1);
    index.add("HANJIN LOGISTICS INDONESIA", "company", 2);
    index.add("Lotte", "company", 3);
    index.add("Samsungelectronics Asia", "company", 4);
    const found = (description: string) => index.findIn(nameWords(description)).flatMap((payer) => payer.owners);
    expect(found("TRSF E-BANKING CR HANJIN LOGISTICS INDONESIA DONASI")).toEqual([1, 2]);
    expect(found("TRSF E-BANKING CR 5000000.00PT HANJIN LOGISTICS IN")).toEqual([1, 2]);
    expect(found("TRSF E-BANKING CR HANJIN LOG")).toEqual([1, 2]); // 10 characters: HANJIN LOG
    expect(found("TRSF E-BANKING CR HANJIN LO")).toEqual([]);
    expect(found("TRSF HANJIN INDONESIA")).toEqual([]);
    expect(found("SETORAN LOTTE")).toEqual([3]);
    expect(found("SETORAN LOTTEMART")).toEqual([]);
    expect(found("SETORAN SAMSUNGELECTRONICS")).toEqual([4]); // cut right after a first word of 18 characters
  });
});
