// Proof and paper: receipt PDFs and progress charts (p50/p99 against a floor), and the export of
// 100,000 pledges (rows/s and peak RSS over idle), each beside a baseline in the same run.
//   npm run bench:paper            (BENCH_PLEDGES, BENCH_ROUNDS to change the sizes)
import PDFDocument from "pdfkit";
import * as echarts from "echarts";
import { Writable } from "node:stream";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Translator } from "../src/core/i18n/translator.js";
import { EXPORT_WORKER_IDLE_MS } from "../src/documents/export-in-worker.js";
import { exportedPledgePages, pledgeExportBytes, writePledgeExport } from "../src/core/use-cases/export-pledges.js";
import { viewIn } from "../src/core/views/in-every-locale.js";
import { receiptPaper } from "../src/core/views/receipt-paper.js";
import { renderPaperPdf } from "../src/documents/paper-pdf.js";
import { renderProgressChart, type ProgressChartData } from "../src/documents/progress-chart.js";
import type { Campaign, Member, Organization, Pledge } from "../src/generated/prisma/client.js";
import { createLogger } from "../src/logger.js";
import { seedDemoData } from "../src/seed-demo-data.js";
import { BENCH_SERVER_URL, withBenchDatabase } from "./support/bench-database.js";
import { npmStartCommand } from "../test/support/start-command.js";
import { fillPledges } from "./support/fill-pledges.js";
import { megabytes, percentile, trackPeakRss } from "./support/measure.js";

const PLEDGES = Number(process.env.BENCH_PLEDGES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
/** Measured runs of each export, after a first one reported apart: one run's rows/s wander by ±20% here. */
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const WARM_UP = 5;
const translator = new Translator("id");

/** This process's CPU time in ms: on a machine shared with other work, wall times wander and this does not. */
function cpuMs(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Wall-clock p50/p99 per call, and the median CPU time per call. */
async function timings(label: string, run: () => Promise<unknown> | unknown) {
  for (let index = 0; index < WARM_UP; index++) {
    await run();
    await new Promise(setImmediate);
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const started = performance.now();
  for (let index = 0; index < ROUNDS; index++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await run();
    cpuTimes.push(cpuMs(cpuStart));
    times.push(performance.now() - start);
    // A turn of the event loop between calls, as between a bot's requests: resvg's native memory
    // is freed by finalizers that run there, and a tight loop grew the process by ~4 MB a chart.
    await new Promise(setImmediate);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return { label, p50: percentile(times, 50), p99: percentile(times, 99), cpuP50: percentile(cpuTimes, 50), perSecond: (ROUNDS * 1000) / (performance.now() - started) };
}

function printTimings(rows: Awaited<ReturnType<typeof timings>>[]): void {
  for (const row of rows) {
    console.log(`  ${row.label.padEnd(58)} p50 ${row.p50.toFixed(1).padStart(7)} ms  p99 ${row.p99.toFixed(1).padStart(7)} ms  CPU p50 ${row.cpuP50.toFixed(1).padStart(6)} ms  ${row.perSecond.toFixed(1).padStart(7)}/s`);
  }
}

/** A sink that throws the bytes away and counts them: what a download is to the server. */
function countingSink(): Writable & { bytes: number } {
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((sink.bytes += chunk.length), done()) }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function benchPapers(): Promise<void> {
  const now = new Date("2026-11-28T03:00:00Z");
  const campaign = { code: "BTS", title: { id: "Kembali ke Sekolah", ko: "학교로 돌아가기" }, target: 250_000_000n } as unknown as Campaign;
  const pledge = {
    id: 12345, kind: "goods", amount: 50_000_000n, itemDescription: "Laptop untuk sekolah", itemQuantity: 10, itemUnitValue: 5_000_000n,
    campaign, organization: { name: "PT 한국 인도네시아 Sejahtera" } as Organization, member: { locale: "ko" } as Member,
  } as unknown as Pledge & { campaign: Campaign; organization: Organization; member: Member };
  const paper = receiptPaper(viewIn(translator, "ko", now), pledge, { number: "KP-2026-000123", confirmedBy: "Budi Santoso" });

  const days = Array.from({ length: 30 }, (_, index) => `11/${index + 1}`);
  const chart: ProgressChartData = {
    title: "BTS · 학교로 돌아가기",
    days,
    pledged: days.map((_, index) => (index + 1) * 8_000_000),
    confirmed: days.map((_, index) => (index + 1) * 5_000_000),
    target: 250_000_000,
    companies: Array.from({ length: 10 }, (_, index) => ({ name: index % 3 === 0 ? "Hamba Allah" : `PT 회사 ${index + 1}`, confirmed: (10 - index) * 4e6, pledged: (10 - index) * 6e6 })),
    labels: { pledged: "약정", confirmed: "확인", target: "목표", companies: "상위 기업", unit: "백만 루피아" },
    unitValue: 1e6,
  };
  let unseen = 0;
  const coldReceipt = performance.now();
  await renderPaperPdf(paper);
  const coldReceiptMs = performance.now() - coldReceipt;
  const coldChart = performance.now();
  renderProgressChart(chart);
  const coldChartMs = performance.now() - coldChart;

  console.log(`Receipt and chart, ${ROUNDS} rounds after ${WARM_UP} warm-up (first-ever call: receipt ${coldReceiptMs.toFixed(0)} ms, chart ${coldChartMs.toFixed(0)} ms)`);
  printTimings([
    await timings("baseline: pdfkit one line, built-in Helvetica", async () => {
      const doc = new PDFDocument();
      const chunks: Buffer[] = [];
      doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      const done = new Promise((resolve) => doc.on("end", resolve));
      doc.text("Receipt KP-2026-000123");
      doc.end();
      await done;
    }),
    await timings("receipt PDF (Korean, goods table, Pretendard subset)", () => renderPaperPdf(paper)),
    await timings("baseline: the chart's ECharts SVG alone", () => {
      const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width: 900, height: 900 });
      instance.setOption({ animation: false, xAxis: { type: "category", data: days }, yAxis: { type: "value" }, series: [{ type: "line", data: chart.pledged }] });
      instance.renderToSVGString();
      instance.dispose();
    }),
    await timings("progress chart PNG (SVG → resvg, 30 days, 10 companies)", () => renderProgressChart(chart)),
    // Shaped texts are cached across charts; this one's title, days and companies were never seen.
    await timings("progress chart PNG, every label new to the process", () => {
      unseen += 1;
      renderProgressChart({ ...chart, title: `BTS · 학교로 돌아가기 ${unseen}`, days: days.map((day) => `${day}/${unseen}`), companies: chart.companies.map((company) => ({ ...company, name: `${company.name} ${unseen}` })) });
    }),
  ]);
  console.log(`  receipt ${(await renderPaperPdf(paper)).byteLength.toLocaleString("en")} bytes, chart ${renderProgressChart(chart).byteLength.toLocaleString("en")} bytes; targets p50 < 100 ms each`);
}

async function benchExport(): Promise<void> {
  await withBenchDatabase("paper_bench", { logger: createLogger({ level: "warn" }), poolSize: 4 }, async (database) => {
    await seedDemoData(database.db, new Date());
    const campaignId = await fillPledges(database.db, { pledges: PLEDGES, organizations: 500 });
    const ctx = viewIn(translator, "id", new Date());
    const rss = trackPeakRss();
    const scenarios: [string, () => Promise<number>][] = [
      ["baseline: the keyset query alone, rows read and dropped", async () => {
        let rows = 0;
        for await (const page of exportedPledgePages(database.db, { campaignId })) rows += page.length;
        return rows;
      }],
      ["CSV streamed to a download (csv-stringify, in the worker)", async () => {
        const sink = countingSink();
        await writePledgeExport(database.db, { campaignId }, ctx, "csv", sink);
        return sink.bytes;
      }],
      ["XLSX streamed to a download (exceljs, in the worker)", async () => {
        const sink = countingSink();
        await writePledgeExport(database.db, { campaignId }, ctx, "xlsx", sink);
        return sink.bytes;
      }],
      ["XLSX as a chat attachment (the file kept, rows streamed; no 10 MB stop)", async () => (await pledgeExportBytes(database.db, { campaignId }, ctx, "xlsx", Number.POSITIVE_INFINITY))!.byteLength],
    ];
    console.log(
      `Export of ${PLEDGES.toLocaleString("en")} pledges (500 companies) on ${new URL(BENCH_SERVER_URL).host}, each scenario run ${EXPORT_RUNS + 1} times: ` +
        `the first (in a freshly started export worker) apart, then the median of ${EXPORT_RUNS}; RSS growth is the peak over the idle RSS just before, the worst of all runs; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    const perSecond = (value: number) => Math.round(value).toLocaleString("en").padStart(8);
    for (const [label, run] of scenarios) {
      const runs: { rowsPerSecond: number; rowsPerCpuSecond: number; growth: number; idle: number; size: number }[] = [];
      // The first run starts the export worker afresh, as the first export in a while does.
      if (!label.startsWith("baseline")) await new Promise((resolve) => setTimeout(resolve, EXPORT_WORKER_IDLE_MS + 1_000));
      for (let index = 0; index <= EXPORT_RUNS; index++) {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 200));
        const idle = process.memoryUsage.rss();
        rss.reset();
        const started = performance.now();
        const cpuStart = process.cpuUsage();
        const size = await run();
        runs.push({ rowsPerSecond: PLEDGES / ((performance.now() - started) / 1000), rowsPerCpuSecond: PLEDGES / (cpuMs(cpuStart) / 1000), growth: rss.peak() - idle, idle, size });
      }
      const [first, ...measured] = runs;
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      console.log(
        `  ${label.padEnd(58)} ${perSecond(median(measured.map((one) => one.rowsPerSecond)))} rows/s (first ${perSecond(first!.rowsPerSecond).trim()}; ` +
          `${perSecond(median(measured.map((one) => one.rowsPerCpuSecond))).trim()} per CPU-s of this process)  idle ${megabytes(first!.idle)} MB  ` +
          `peak +${megabytes(Math.max(...runs.map((one) => one.growth)))} MB  ${label.startsWith("baseline") ? `${first!.size} rows` : `${megabytes(first!.size)} MB out`}`,
      );
    }
    rss.stop();
    console.log("  targets: ≥ 50,000 rows/s, peak RSS < idle + 100 MB");
  });
}

/** The figures hold for the bot only under its own V8 flags (the young generation's size moves the export's rows/s by a third). */
function requireStartFlags(): void {
  const flags = npmStartCommand(fileURLToPath(new URL("../", import.meta.url))).filter((arg) => arg.startsWith("--") && arg !== "--no-warnings");
  const missing = flags.filter((flag) => !process.execArgv.includes(flag));
  if (missing.length > 0) throw new Error(`Run this with npm start's V8 flags (npm run bench:paper); missing: ${missing.join(" ")}`);
}

async function main(): Promise<void> {
  requireStartFlags();
  await benchPapers();
  await benchExport();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
