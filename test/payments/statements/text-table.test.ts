import { describe, expect, it } from "vitest";
import { csvRows } from "../../../src/payments/statements/text-table.js";

describe("the CSV rows of a statement", () => {
  it("keeps quoted separators, doubled quotes and line breaks, and counts lines from where a row starts", () => {
    const text = ['"Tanggal","Keterangan ""A""","Jumlah"', '"01/08/2026","TRANSFER, DARI', 'PT MAJU","1,000.00 CR"', "", "'02/08,plain \"quote\" inside,  5  "].join("\r\n");
    expect(csvRows(text)).toEqual([
      { cells: ["Tanggal", 'Keterangan "A"', "Jumlah"], line: 1 },
      { cells: ["01/08/2026", "TRANSFER, DARI\r\nPT MAJU", "1,000.00 CR"], line: 2 },
      { cells: ["02/08", 'plain "quote" inside', "5"], line: 5 },
    ]);
  });

  it("takes semicolons where the file uses them more than commas, and lone CRs as line ends", () => {
    expect(csvRows("Tanggal;Jumlah\r01/08/2026;1.000,00\r")).toEqual([
      { cells: ["Tanggal", "Jumlah"], line: 1 },
      { cells: ["01/08/2026", "1.000,00"], line: 2 },
    ]);
  });

  it("reads an unclosed quote to the end rather than failing", () => {
    expect(csvRows('a,"b\nc')).toEqual([{ cells: ["a", "b\nc"], line: 1 }]);
  });
});
