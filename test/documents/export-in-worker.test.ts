import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { writeExportInWorker } from "../../src/documents/export-in-worker.js";
import type { CompanyTotalRow, PledgeExportRow } from "../../src/documents/pledge-export.js";

const labels = {
  pledgeColumns: ["#", "Campaign", "Company", "Channel", "Type", "Amount", "Items", "Status", "Created", "Updated", "Receipt", "Proof"],
  totalColumns: ["Campaign", "Company", "Pledges", "Pledged", "Confirmed"],
  pledgesSheet: "Pledges",
  totalsSheet: "Totals",
  yes: "ya",
  no: "tidak",
};

function pledge(id: number): PledgeExportRow {
  return {
    pledgeId: id, campaign: "BTS", company: `PT 한국 ${id % 7}`, contactChannel: "whatsapp", kind: "Tunai", amount: 1_000_000n + BigInt(id),
    items: id % 10 === 0 ? "Laptop × 2 @ Rp 5.000.000" : "", status: "Dijanjikan", createdAt: "2026-11-01T00:00:00.000Z", updatedAt: "2026-11-02T00:00:00.000Z",
    receiptNumber: id % 4 === 0 ? `KP-2026-${String(id).padStart(6, "0")}` : "", hasProof: id % 2 === 0,
  };
}

/** `count` pledges in pages of 1,000, counting the pages handed out and whether the reading was stopped. */
function pledgePages(count: number, failAfterPages = Number.POSITIVE_INFINITY) {
  const reading = { pages: 0, stopped: false, finished: false };
  async function* pages() {
    try {
      for (let first = 1; first <= count; first += 1_000) {
        if (reading.pages === failAfterPages) throw new Error("the database went away");
        reading.pages += 1;
        await sleep(1);
        yield Array.from({ length: Math.min(1_000, count - first + 1) }, (_, index) => pledge(first + index));
      }
      reading.finished = true;
    } finally {
      reading.stopped = !reading.finished;
    }
  }
  return { pages: pages(), reading };
}

/** A download that takes each chunk after `delayMs`, as a slow reader would, and keeps the bytes. */
function slowDownload(delayMs: number, destroyAfterChunks = Number.POSITIVE_INFINITY) {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      if (chunks.length === destroyAfterChunks) {
        out.destroy();
        return;
      }
      setTimeout(done, delayMs);
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

const totals: CompanyTotalRow[] = [{ campaign: "BTS", company: "PT 한국 1", livePledges: 3, pledged: 3_000_000n, confirmed: 1_000_000n }];

describe("exports written on a worker thread", () => {
  it("a CSV through a slow download has every row, in order, with Hangul and exact amounts", async () => {
    const { pages, reading } = pledgePages(2_500);
    const download = slowDownload(1);
    await writeExportInWorker({ format: "csv", labels }, pages, () => totals, download.out);
    expect(download.out.writableFinished).toBe(true);
    const records = parse(download.bytes(), { bom: true, columns: true }) as Record<string, string>[];
    expect(records.map((record) => Number(record["#"]))).toEqual(Array.from({ length: 2_500 }, (_, index) => index + 1));
    expect(records[9]).toMatchObject({ Company: "PT 한국 3", Amount: "1000010", Items: "Laptop × 2 @ Rp 5.000.000", Proof: "ya" });
    expect(records[2]).toMatchObject({ Items: "", Receipt: "", Proof: "tidak" });
    expect(reading).toEqual({ pages: 3, stopped: false, finished: true });
  });

  it("an XLSX has the pledges and the totals handed over after the last page; two at once each get their own", async () => {
    const [first, second] = [pledgePages(1_500), pledgePages(2_200)];
    const [one, two] = [slowDownload(0), slowDownload(0)];
    await Promise.all([
      writeExportInWorker({ format: "xlsx", labels }, first.pages, () => totals, one.out),
      writeExportInWorker({ format: "xlsx", labels: { ...labels, pledgesSheet: "Janji" } }, second.pages, () => [], two.out),
    ]);
    const read = async (bytes: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      return workbook.worksheets;
    };
    const [pledges, sums] = await read(one.bytes());
    expect(pledges!.actualRowCount).toBe(1_501);
    expect(pledges!.getRow(1_501).getCell(1).value).toBe(1_500);
    expect(pledges!.getRow(11).getCell(6).value).toBe(1_000_010);
    expect(sums!.getRow(2).values).toEqual([undefined, "BTS", "PT 한국 1", 3, 3_000_000, 1_000_000]);
    const [otherPledges, otherSums] = await read(two.bytes());
    expect(otherPledges!.name).toBe("Janji");
    expect(otherPledges!.actualRowCount).toBe(2_201);
    expect(otherSums!.actualRowCount).toBe(1);
  });

  it.each(["csv", "xlsx"] as const)("a %s download that stops taking the file stops the reading until it takes it again", async (format) => {
    const { pages, reading } = pledgePages(60_000);
    let stalled: (() => void)[] = [];
    let taking = false;
    const chunks: Buffer[] = [];
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        if (taking) done();
        else stalled.push(done);
      },
    });
    const written = writeExportInWorker({ format, labels }, pages, () => totals, out);
    // Once the worker writes (it may take a while to start), the reading comes to a stop.
    let pagesBefore = -1;
    await expect
      .poll(async () => {
        const settled = chunks.length > 0 && reading.pages === pagesBefore;
        pagesBefore = reading.pages;
        return settled;
      }, { interval: 500, timeout: 30_000 })
      .toBe(true);
    expect(reading.pages).toBeLessThan(20);
    taking = true;
    for (const done of stalled) done();
    stalled = [];
    await written;
    expect(reading).toEqual({ pages: 60, stopped: false, finished: true });
    expect(Buffer.concat(chunks).byteLength).toBeGreaterThan(1_000_000);
  });

  it("a reader that goes away stops the reading and fails the export; the next export is whole", async () => {
    const { pages, reading } = pledgePages(50_000);
    const gone = slowDownload(1, 2);
    await expect(writeExportInWorker({ format: "csv", labels }, pages, () => totals, gone.out)).rejects.toThrow(/reader went away/);
    await expect.poll(() => reading.stopped).toBe(true);
    expect(reading.pages).toBeLessThan(10);

    const next = pledgePages(1_200);
    const download = slowDownload(0);
    await writeExportInWorker({ format: "csv", labels }, next.pages, () => totals, download.out);
    expect(parse(download.bytes(), { bom: true, columns: true })).toHaveLength(1_200);
  });

  it("a file the worker cannot write fails the export with the worker's error, and the reading stops", async () => {
    const { pages, reading } = pledgePages(50_000);
    const broken = { ...labels, pledgeColumns: undefined as unknown as string[] };
    await expect(writeExportInWorker({ format: "xlsx", labels: broken }, pages, () => totals, slowDownload(0).out)).rejects.toThrow(TypeError);
    expect(reading.stopped).toBe(true);
    expect(reading.pages).toBeLessThan(10);
  });

  it("rows that fail to read fail the export with their error, and the file is not ended as if whole", async () => {
    const { pages } = pledgePages(5_000, 2);
    const download = slowDownload(0);
    await expect(writeExportInWorker({ format: "xlsx", labels }, pages, () => totals, download.out)).rejects.toThrow("the database went away");
    expect(download.out.writableEnded).toBe(false);
  });
});
