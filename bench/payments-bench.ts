// Money in (issue 25), the pure parts: a 10,000-line bank statement read and matched against
// 50,000 open pledges, and a pledge's QRIS as a PNG, each beside a baseline in the same run:
//   - reading the file's bytes as text and splitting its lines (what any reader does first);
//   - reading the statement (KlikBCA CSV; MT940, CAMT.053, Mandiri CSV and XLSX of the same lines);
//   - matching its credits to the pledges, and both together (target ≤ 1 s, peak RSS < idle + 50 MB);
//   - the same at 1,000 lines: the pledges' part is fixed, and ten times the lines cost under ten times as much;
//   - the QR: the payload alone, the QR matrix alone (qrcode), the PNG (target p50 < 20 ms), and
//     reading a phone-photo-sized JPEG of it back.
// Peak RSS is sampled every 20 ms and reported over the idle RSS just before, with the inputs built.
//
//   npm run bench:payments        (BENCH_LINES, BENCH_PLEDGES, BENCH_ROUNDS to change the sizes)
import ExcelJS from "exceljs";
import QRCode from "qrcode";
import sharp from "sharp";
import { loadavg } from "node:os";
import { matchPayments, type OpenPledge, type PaymentLine } from "../src/payments/match-payments.js";
import { qrPng, readQrFromImage } from "../src/payments/qr-image.js";
import { dynamicQris } from "../src/payments/qris.js";
import { readStatement } from "../src/payments/statements/read-statement.js";
import { bookedCredits, type Statement } from "../src/payments/statements/statement.js";
import { exampleStaticQris, photoOf, seededRandom } from "../test/support/payment-samples.js";
import { megabytes, percentile, trackPeakRss } from "./support/measure.js";

const LINES = Number(process.env.BENCH_LINES ?? 10_000);
const PLEDGES = Number(process.env.BENCH_PLEDGES ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const QR_ROUNDS = Number(process.env.BENCH_QR_ROUNDS ?? 200);
const COMPANIES = 5_000;
const TODAY = { today: "2026-09-20" };
const GIVEN = ["Budi", "Siti", "Agus", "Dewi", "Rina", "Joko", "Minjun", "Seoyeon", "Jihoon", "Soojin", "Hyun", "Yuna", "Eko", "Putri", "Andi", "Wulan", "Dimas", "Sari", "Taeyang", "Eunji"];
const FAMILY = ["Santoso", "Wijaya", "Kim", "Lee", "Park", "Choi", "Pratama", "Hidayat", "Kusuma", "Jung", "Kang", "Saputra", "Nugroho", "Han", "Yoon", "Setiawan", "Lim", "Halim", "Gunawan", "Shin"];
const WORDS = ["Hanjin", "Daehan", "Korea", "Sejahtera", "Global", "Karya", "Maju", "Jaya", "Sinar", "Abadi", "Lotte", "Mandiri", "Cahaya", "Nusantara", "Samudra", "Indah", "Makmur", "Bersama", "Prima", "Utama"];

/** The same data every run. */
const random = seededRandom(25);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/**
 * 50,000 open pledges of 5,000 companies, each company with its contact person: round amounts
 * (1–50 million, so a thousand pledges share each) plus a code, as partners pledge.
 */
function openPledges(count: number): OpenPledge[] {
  const companies = Array.from({ length: COMPANIES }, (_, index) => ({
    name: `PT ${pick(WORDS)} ${pick(WORDS)} ${WORDS[index % WORDS.length]} ${index}`,
    contact: `${GIVEN[index % GIVEN.length]} ${FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length]} ${pick(FAMILY)}`,
  }));
  return Array.from({ length: count }, (_, index) => {
    const company = companies[index % COMPANIES]!;
    // Each company's pledges (every 5,000th) of different amounts, and each amount a thousand pledges'.
    const amount = BigInt(1 + ((index + Math.floor(index / COMPANIES)) % 50)) * 1_000_000n;
    const code = BigInt(1 + (Math.floor(index / 50) % 999));
    return { id: index + 1, amount, transferAmount: amount + code, companyName: company.name, contactName: company.contact };
  });
}

interface GeneratedLine {
  day: number;
  amount: bigint;
  credit: boolean;
  pending: boolean;
  description: string;
}

/**
 * A month's statement as it might come: transfers of the exact unique amount, some naming KP-<id>,
 * some with only the round amount and the company's name, payments in two parts, fees, pending
 * rows and money that came with no pledge.
 */
function statementLines(count: number, pledges: readonly OpenPledge[]): GeneratedLine[] {
  const lines: GeneratedLine[] = [];
  const bca = (day: number, amount: bigint, name: string) => `TRSF E-BANKING CR ${String(day).padStart(2, "0")}09/FTSCY/WS95031 ${amount}.00 ${name.toUpperCase().slice(0, 24)}`;
  for (let index = 0; lines.length < count; index++) {
    const day = 1 + (index % 28);
    const pledge = pledges[(index * 7919) % pledges.length]!;
    const kind = index % 20;
    if (kind < 12) lines.push({ day, amount: pledge.transferAmount, credit: true, pending: false, description: bca(day, pledge.transferAmount, pledge.contactName ?? "") });
    else if (kind < 14) lines.push({ day, amount: pledge.amount, credit: true, pending: false, description: `SWITCHING CR TRANSFER DARI BANK MANDIRI KP-${pledge.id} ${pledge.companyName.toUpperCase()}` });
    else if (kind < 16) lines.push({ day, amount: pledge.amount, credit: true, pending: false, description: bca(day, pledge.amount, pledge.companyName.replace(/^PT /, "")) });
    else if (kind === 16) {
      const half = pledge.transferAmount / 2n;
      lines.push({ day, amount: half, credit: true, pending: false, description: `SETORAN ${pledge.companyName.toUpperCase()} CICILAN 1` });
      lines.push({ day, amount: pledge.transferAmount - half, credit: true, pending: false, description: `SETORAN ${pledge.companyName.toUpperCase()} CICILAN 2` });
    } else if (kind === 17) lines.push({ day, amount: BigInt(5_000 + (index % 90) * 1_000), credit: false, pending: false, description: "BIAYA ADM" });
    else if (kind === 18) lines.push({ day, amount: pledge.transferAmount, credit: true, pending: true, description: bca(day, pledge.transferAmount, "PENDING") });
    else lines.push({ day, amount: BigInt(100_000 + index * 13), credit: true, pending: false, description: bca(day, BigInt(100_000 + index * 13), `${pick(WORDS)} ${pick(WORDS)}`) });
  }
  return lines.slice(0, count);
}

function klikBcaCsv(lines: readonly GeneratedLine[]): Uint8Array {
  const rows = lines.map((line) => `${line.pending ? "PEND" : `'${String(line.day).padStart(2, "0")}/09`},${line.description},'0000,${line.amount}.00,${line.credit ? "CR" : "DB"},0.00`);
  const header = ["Informasi Rekening - Mutasi Rekening", "", "No. rekening : ,'0123456789", "Nama : ,YAYASAN CONTOH PEDULI", "Periode : ,01/09/2026 - 28/09/2026", "Kode Mata Uang : ,Rp", "", "Tanggal Transaksi,Keterangan,Cabang,Jumlah,,Saldo"];
  return new TextEncoder().encode([...header, ...rows, "Saldo Awal,:,0.00"].join("\n"));
}

function mandiriCsv(lines: readonly GeneratedLine[]): Uint8Array {
  const money = (amount: bigint) => `"${amount.toLocaleString("en")}.00"`;
  const rows = lines.map((line, index) => `1370012345678,${String(line.day).padStart(2, "0")}/09/26,${String(line.day).padStart(2, "0")}/09/26,1221,${line.description},,FT${index},${line.credit ? ".00" : money(line.amount)},${line.credit ? money(line.amount) : ".00"}`);
  return new TextEncoder().encode(["Account No,Date,Val. Date,Transaction Code,Description,Description,Reference No.,Debit,Credit", ...rows].join("\n"));
}

function mt940(lines: readonly GeneratedLine[]): Uint8Array {
  let balance = 0n;
  const body = lines.flatMap((line, index) => {
    balance += line.credit ? line.amount : -line.amount;
    return [`:61:2609${String(line.day).padStart(2, "0")}${line.credit ? "C" : "D"}${line.amount},00NTRFNONREF//FT${index}`, `:86:${line.description}`];
  });
  const closing = `${balance < 0n ? "D" : "C"}260928IDR${balance < 0n ? -balance : balance},00`;
  return new TextEncoder().encode([":20:STMT202609", ":25:1370012345678", ":28C:1/1", ":60F:C260831IDR0,00", ...body, `:62F:${closing}`, ""].join("\n"));
}

function camt053(lines: readonly GeneratedLine[]): Uint8Array {
  const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");
  const entries = lines.map(
    (line, index) =>
      `<Ntry><Amt Ccy="IDR">${line.amount}.00</Amt><CdtDbtInd>${line.credit ? "CRDT" : "DBIT"}</CdtDbtInd><Sts>${line.pending ? "PDNG" : "BOOK"}</Sts>` +
      `<BookgDt><Dt>2026-09-${String(line.day).padStart(2, "0")}</Dt></BookgDt><AcctSvcrRef>FT${index}</AcctSvcrRef>` +
      `<NtryDtls><TxDtls><RmtInf><Ustrd>${escape(line.description)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
  );
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>B</MsgId></GrpHdr><Stmt><Id>S</Id>` +
      `<Acct><Id><Othr><Id>1370012345678</Id></Othr></Id></Acct>${entries.join("\n")}</Stmt></BkToCstmrStmt></Document>`,
  );
}

async function mandiriXlsx(lines: readonly GeneratedLine[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Rekening Koran");
  sheet.addRow(["No. Rekening", "1370012345678"]);
  sheet.addRow(["Tgl.", "Tgl. Val.", "Rincian Transaksi", "No. Referensi", "Debit", "Kredit", "Saldo"]);
  lines.forEach((line, index) => {
    const day = new Date(Date.UTC(2026, 8, line.day));
    sheet.addRow([day, day, line.description, `FT${index}`, line.credit ? 0 : Number(line.amount), line.credit ? Number(line.amount) : 0, 0]);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function settle(): Promise<number> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
  return process.memoryUsage.rss();
}

const rss = trackPeakRss();

/** This process's CPU time in ms: on a machine shared with other work, wall times wander and this does not. */
function cpuMs(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Wall-clock p50/p99 over the rounds (after two warm-up runs), CPU p50, throughput in lines/s at the wall p50, and the worst RSS growth over idle. */
async function timed(label: string, lines: number, rounds: number, run: () => Promise<unknown> | unknown) {
  for (let index = 0; index < 2; index++) await run();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let growth = 0;
  for (let index = 0; index < rounds; index++) {
    const idle = await settle();
    rss.reset();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await run();
    cpuTimes.push(cpuMs(cpuStart));
    times.push(performance.now() - start);
    growth = Math.max(growth, rss.peak() - idle);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return { label, lines, p50: percentile(times, 50), p99: percentile(times, 99), cpuP50: percentile(cpuTimes, 50), growth };
}

function printRows(rows: Awaited<ReturnType<typeof timed>>[], baseline: number): void {
  for (const row of rows) {
    const perSecond = row.lines > 0 ? `${Math.round((row.lines / row.p50) * 1000).toLocaleString("en").padStart(10)} lines/s` : "".padStart(17);
    console.log(
      `  ${row.label.padEnd(62)} p50 ${row.p50.toFixed(1).padStart(7)} ms  p99 ${row.p99.toFixed(1).padStart(7)} ms  CPU p50 ${row.cpuP50.toFixed(1).padStart(7)} ms  ${perSecond}  ×${(row.p50 / baseline).toFixed(1).padStart(6)} baseline  peak +${megabytes(row.growth)} MB`,
    );
  }
}

async function benchStatements(): Promise<void> {
  const pledges = openPledges(PLEDGES);
  const generated = statementLines(LINES, pledges);
  const small = generated.slice(0, LINES / 10);
  const files = {
    csv: klikBcaCsv(generated),
    smallCsv: klikBcaCsv(small),
    mandiri: mandiriCsv(generated),
    mt940: mt940(generated),
    camt: camt053(generated),
    xlsx: await mandiriXlsx(generated),
  };
  const read = async (bytes: Uint8Array): Promise<Statement> => {
    const result = await readStatement(bytes, TODAY);
    if (!result.ok) throw new Error(`benchmark statement refused: ${JSON.stringify(result.refusal)}`);
    return result.statement;
  };
  const credits = (statement: Statement): PaymentLine[] => bookedCredits(statement);
  const statement = await read(files.csv);
  const match = (lines: PaymentLine[]) => matchPayments({ account: statement.account, lines, pledges });
  const result = match(credits(statement));
  const counts = { strong: 0, likely: 0, possible: 0 };
  for (const proposal of result.proposals) counts[proposal.strength]++;

  console.log(
    `Statement of ${LINES.toLocaleString("en")} lines (KlikBCA CSV, ${megabytes(files.csv.byteLength)} MB; ${statement.lines.length} lines read, skipped ${JSON.stringify(statement.skipped)}) ` +
      `against ${PLEDGES.toLocaleString("en")} open pledges of ${COMPANIES.toLocaleString("en")} companies; ${ROUNDS} rounds; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(`  proposals: ${counts.strong} strong, ${counts.likely} likely, ${counts.possible} possible; ${result.unmatched.length} credit lines unmatched`);
  const baseline = await timed("baseline: bytes → text → lines (TextDecoder, split)", LINES, ROUNDS, () => new TextDecoder().decode(files.csv).split("\n").length);
  const rows = [
    baseline,
    await timed("read the statement (KlikBCA CSV)", LINES, ROUNDS, () => read(files.csv)),
    await timed("match its credits to the open pledges", LINES, ROUNDS, () => match(credits(statement))),
    await timed("read and match (target ≤ 1,000 ms, peak < +50 MB)", LINES, ROUNDS, async () => match(credits(await read(files.csv)))),
    // The pledges' indexes cost the same for any statement; ten times the lines must cost less than ten times as much.
    await timed(`read and match, ${small.length.toLocaleString("en")} lines (the pledges' part is fixed)`, small.length, ROUNDS, async () => match(credits(await read(files.smallCsv)))),
    await timed("read the same lines as Mandiri CSV", LINES, ROUNDS, () => read(files.mandiri)),
    await timed("read the same lines as MT940 (mt940js)", LINES, ROUNDS, () => read(files.mt940)),
    await timed("read the same lines as CAMT.053 (saxes)", LINES, ROUNDS, () => read(files.camt)),
    await timed("read the same lines as Mandiri XLSX (exceljs)", LINES, Math.max(3, Math.floor(ROUNDS / 3)), () => read(files.xlsx)),
  ];
  printRows(rows, baseline.p50);
  console.log(`  files: Mandiri CSV ${megabytes(files.mandiri.byteLength)} MB, MT940 ${megabytes(files.mt940.byteLength)} MB, CAMT ${megabytes(files.camt.byteLength)} MB, XLSX ${megabytes(files.xlsx.byteLength)} MB`);
}

async function benchQr(): Promise<void> {
  const checked = exampleStaticQris();
  let pledgeId = 0;
  const nextPayload = () => dynamicQris(checked, { amount: 5_000_000n + BigInt(++pledgeId % 999), billNumber: `KP-${pledgeId}` });
  const payload = nextPayload();
  const png = await qrPng(payload);
  const photo = await photoOf(png, { angle: 7, scale: 2, noise: 25, quality: 70 });
  const photoSize = await sharp(photo).metadata();

  console.log(`\nA pledge's QRIS (${payload.length} characters) as a PNG (${png.byteLength.toLocaleString("en")} bytes), ${QR_ROUNDS} rounds; load average ${loadavg()[0]!.toFixed(1)}`);
  const quick = async (label: string, run: () => unknown) => {
    for (let index = 0; index < 10; index++) await run();
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let index = 0; index < QR_ROUNDS; index++) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      await run();
      cpuTimes.push(cpuMs(cpuStart));
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    return { label, p50: percentile(times, 50), p99: percentile(times, 99), cpuP50: percentile(cpuTimes, 50) };
  };
  const baseline = await quick("baseline: the payload alone (dynamicQris)", nextPayload);
  const rows = [
    baseline,
    await quick("the QR matrix alone (qrcode's create, no image)", () => QRCode.create(nextPayload(), { errorCorrectionLevel: "M" })),
    await quick("the PNG (qrPng; target p50 < 20 ms)", () => qrPng(nextPayload())),
    await quick(`reading a ${photoSize.width}×${photoSize.height} JPEG photo of it (readQrFromImage)`, () => readQrFromImage(photo)),
  ];
  for (const row of rows) {
    console.log(`  ${row.label.padEnd(62)} p50 ${row.p50.toFixed(2).padStart(8)} ms  p99 ${row.p99.toFixed(2).padStart(8)} ms  CPU p50 ${row.cpuP50.toFixed(2).padStart(8)} ms  ×${(row.p50 / baseline.p50).toFixed(0).padStart(6)} baseline`);
  }
}

try {
  await benchStatements();
  await benchQr();
} finally {
  rss.stop();
}
