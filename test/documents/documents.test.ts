import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { amountInWords } from "../../src/documents/amount-in-words.js";
import { renderPaperPdf } from "../../src/documents/paper-pdf.js";
import { writePledgesCsv, writePledgesXlsx, type PledgeExportRow } from "../../src/documents/pledge-export.js";
import { CHART_HEIGHT, CHART_WIDTH, renderProgressChart } from "../../src/documents/progress-chart.js";
import { pdfText } from "../support/pdf-text.js";
import { pixelsOfColour, pngStatistics } from "../support/png-pixels.js";

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  await write(out);
  return Buffer.concat(chunks);
}

describe("amounts in words", () => {
  it("reads rupiah in Indonesian (terbilang), Korean and English", () => {
    expect(amountInWords(1_500_000n, "id")).toBe("satu juta lima ratus ribu");
    expect(amountInWords(1_500_000n, "ko")).toBe("백오십만");
    expect(amountInWords(1_500_000n, "en")).toBe("one million five hundred thousand");
    expect(amountInWords(250_000_000n, "id")).toBe("dua ratus lima puluh juta");
    expect(amountInWords(250_000_000n, "ko")).toBe("이억 오천만");
    expect(amountInWords(1_001n, "id")).toBe("seribu satu");
    expect(amountInWords(12_000_000_000n, "en")).toBe("twelve billion");
    expect(() => amountInWords(-1n, "en")).toThrow(RangeError);
  });
});

describe("papers", () => {
  it("a PDF holds its Hangul, Indonesian and English text, in the embedded font, on one page", async () => {
    const pdf = await renderPaperPdf({
      title: "기부금 영수증",
      issuer: "K-Peduli",
      reference: "KP-2026-000007",
      fields: [
        { label: "회사", value: "PT 한국 인도네시아" },
        { label: "Terbilang", value: "satu juta rupiah" },
      ],
      table: { heading: "Goods", columns: ["Item", "Qty", "Unit", "Total"], rows: [["Laptop", "10", "Rp 5,000,000", "Rp 50,000,000"]] },
      signature: "Confirmed by Budi",
      footer: "K-Peduli footer",
      issuedAt: new Date("2026-11-28T03:00:00Z"),
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    expect(Buffer.from(pdf).toString("latin1")).toContain("Pretendard");
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBe(1);
    for (const expected of ["기부금 영수증", "KP-2026-000007", "PT 한국 인도네시아", "satu juta rupiah", "Laptop", "Rp 50,000,000", "Confirmed by Budi"]) expect(text).toContain(expected);
  });

  it("the same paper gives the same bytes, so storing it again finds the same file", async () => {
    const paper = { title: "Receipt", issuer: "K-Peduli", fields: [{ label: "A", value: "B" }], footer: "f", issuedAt: new Date("2026-11-28T03:00:00Z") };
    expect(Buffer.from(await renderPaperPdf(paper)).equals(Buffer.from(await renderPaperPdf(paper)))).toBe(true);
  });
});

describe("the progress chart", () => {
  it("on a campaign's first day, shows the day's amounts and the target as points, not an empty grid", () => {
    const png = renderProgressChart({
      title: "BARU · hari pertama",
      days: ["1 Des"],
      pledged: [40e6],
      confirmed: [10e6],
      target: 100e6,
      companies: [{ name: "PT Satu", confirmed: 10e6, pledged: 40e6 }],
      labels: { pledged: "Dijanjikan", confirmed: "Dikonfirmasi", target: "Target", companies: "Perusahaan teratas", unit: "juta rupiah" },
      unitValue: 1e6,
    });
    // The line chart's grid, below its legend: the target's red appears only where its point is drawn.
    const upperGrid = { left: 90, top: 90, right: CHART_WIDTH - 40, bottom: 470 };
    expect(pixelsOfColour(png, [0xc0, 0x39, 0x2b], upperGrid)).toBeGreaterThan(10);
  });

  it("is a PNG of the promised size with a drawing on it, Hangul labels included", () => {
    const png = renderProgressChart({
      title: "PADI · 진행 상황",
      days: ["11월 1일", "11월 2일", "11월 3일"],
      pledged: [5e6, 20e6, 40e6],
      confirmed: [0, 5e6, 25e6],
      target: 100e6,
      companies: [
        { name: "PT 한국", confirmed: 20e6, pledged: 30e6 },
        { name: "Hamba Allah", confirmed: 5e6, pledged: 10e6 },
      ],
      labels: { pledged: "약정", confirmed: "확인", target: "목표", companies: "상위 기업", unit: "백만 루피아" },
      unitValue: 1e6,
    });
    const stats = pngStatistics(png);
    expect(stats.width).toBe(CHART_WIDTH);
    expect(stats.height).toBe(CHART_HEIGHT);
    expect(png.byteLength).toBeGreaterThan(10_000);
    expect(stats.lumaVariance).toBeGreaterThan(100);
    expect(stats.distinctColours).toBeGreaterThan(20);
  });
});

describe("pledge exports", () => {
  const labels = { pledgeColumns: ["#", "Campaign", "Company", "Channel", "Type", "Amount", "Items", "Status", "Created", "Updated", "Receipt", "Proof"], totalColumns: ["Campaign", "Company", "Pledges", "Pledged", "Confirmed"], pledgesSheet: "Pledges", totalsSheet: "Totals", yes: "yes", no: "no" };
  const rows: PledgeExportRow[] = [
    { pledgeId: 1, campaign: "BTS", company: 'PT "Maju", Jaya', contactChannel: "whatsapp", kind: "cash", amount: 9_007_199_254_740_000n, items: "", status: "confirmed", createdAt: "2026-11-01T00:00:00.000Z", updatedAt: "2026-11-02T00:00:00.000Z", receiptNumber: "KP-2026-000001", hasProof: true },
    { pledgeId: 2, campaign: "BTS", company: "한국 회사\nline two", contactChannel: "telegram", kind: "goods", amount: 50_000_000n, items: "10 × Laptop", status: "pledged", createdAt: "2026-11-03T00:00:00.000Z", updatedAt: "2026-11-03T00:00:00.000Z", receiptNumber: "", hasProof: false },
  ];
  async function* stream() {
    yield rows;
  }

  it("CSV quotes commas, quotes and line breaks, keeps Hangul and exact amounts", async () => {
    const bytes = await collect((out) => writePledgesCsv(stream(), labels, out));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(2);
    expect(records[0]!.Company).toBe('PT "Maju", Jaya');
    expect(records[0]!.Amount).toBe("9007199254740000");
    expect(records[0]!.Proof).toBe("yes");
    expect(records[1]!.Company).toBe("한국 회사\nline two");
    expect(records[1]!.Created).toBe("2026-11-03T00:00:00.000Z");
  });

  it("XLSX has the pledges and, on a second sheet, the totals handed over after the last row", async () => {
    let rowsWritten = 0;
    async function* counted() {
      for (const row of rows) {
        rowsWritten += 1;
        yield [row];
      }
    }
    const bytes = await collect((out) => writePledgesXlsx(counted(), () => [{ campaign: "BTS", company: "X", livePledges: rowsWritten, pledged: 1n, confirmed: 1n }], labels, out));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const [pledges, totals] = workbook.worksheets;
    expect(pledges!.name).toBe("Pledges");
    expect(pledges!.getRow(2).getCell(3).value).toBe('PT "Maju", Jaya');
    expect(pledges!.getRow(3).getCell(3).value).toBe("한국 회사\nline two");
    expect(pledges!.getRow(3).getCell(6).value).toBe(50_000_000);
    expect(pledges!.getRow(3).getCell(9).value).toBe("2026-11-03T00:00:00.000Z");
    // No items, no receipt yet: empty cells, not cells holding an empty text.
    expect(pledges!.getRow(2).getCell(7).type).toBe(ExcelJS.ValueType.Null);
    expect(pledges!.getRow(3).getCell(11).type).toBe(ExcelJS.ValueType.Null);
    expect(pledges!.getRow(2).getCell(11).value).toBe("KP-2026-000001");
    expect(totals!.name).toBe("Totals");
    expect(totals!.getRow(2).getCell(3).value).toBe(2);
  });
});
