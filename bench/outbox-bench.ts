// Benchmark of the outbox (issue 5): broadcasts through a fake platform limited to 30 msg/s.
// Side by side in one run, each measured in a process of its own so peak RSS is its own:
//   A  10,000 recipients, one sender process: enqueue time, achieved rate / limit, over-limit sends
//   B  the same with two sender processes sharing the limit through PostgreSQL
//   C  100,000 recipients: enqueue time and RSS, then a bounded sample of sends (BENCH_SAMPLE_SECONDS)
// Database: TEST_DATABASE_URL or DATABASE_URL (a fresh database on that server), else the embedded
// PostgreSQL in a temporary directory.
//
//   npm run bench:outbox     (BENCH_RECIPIENTS=10000 BENCH_LARGE=100000 BENCH_SAMPLE_SECONDS=10)
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { Translator } from "../src/core/i18n/translator.js";
import { createPrismaClient, openDatabase } from "../src/db/database.js";
import { applyMigrations } from "../src/db/migrate.js";
import { createLogger } from "../src/logger.js";
import { enqueueBroadcast } from "../src/outbox/enqueue-broadcast.js";
import { claimDeliveries, releaseDeliveries } from "../src/outbox/claim-deliveries.js";
import { createSenderLoop } from "../src/outbox/sender-loop.js";
import { gapForRate } from "../src/outbox/start-outbox.js";
import { slidingWindowPeak } from "../test/outbox/support/fake-channel.js";
import { megabytes, percentile, trackPeakRss } from "./support/measure.js";

const LIMIT = 30;
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const LARGE = Number(process.env.BENCH_LARGE ?? 100_000);
const SAMPLE_SECONDS = Number(process.env.BENCH_SAMPLE_SECONDS ?? 10);
const logger = createLogger({ level: "warn" });

const rss = trackPeakRss();

/** Send statistics from the platform's timestamps (ms), whatever process they came from. */
function sendStats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((time, index) => time - sorted[index]!).sort((a, b) => a - b);
  const spanSeconds = sorted.length > 1 ? (sorted.at(-1)! - sorted[0]!) / 1000 : 0;
  const rate = spanSeconds > 0 ? (sorted.length - 1) / spanSeconds : 0;
  const { peak, overLimit } = slidingWindowPeak(sorted, 1000, LIMIT);
  return {
    sends: sorted.length,
    seconds: Number(spanSeconds.toFixed(1)),
    ratePerSecond: Number(rate.toFixed(2)),
    fractionOfLimit: Number((rate / LIMIT).toFixed(3)),
    peakInAnySecond: peak,
    overLimitSends: overLimit,
    gapP50ms: Number(percentile(gaps, 50).toFixed(1)),
    gapP99ms: Number(percentile(gaps, 99).toFixed(1)),
  };
}

// ---- child processes -------------------------------------------------------------------------

/** Child: makes `count` subscribers of a campaign of their own and enqueues one broadcast to them. */
async function childEnqueue(url: string, count: number, code: string) {
  const db = createPrismaClient(url);
  const campaign = await db.campaign.create({
    data: { code, title: { id: code }, story: { id: "bench" }, target: 1n, startsOn: new Date(), endsOn: new Date(Date.now() + 86_400_000), status: "active", isDemo: true },
  });
  await db.$executeRaw`INSERT INTO "Member" (channel, "userId", "updatedAt") SELECT 'telegram', ${code} || '-' || n, now() FROM generate_series(1, ${count}::int) n`;
  await db.$executeRaw`INSERT INTO "Subscription" ("memberId", "campaignId") SELECT id, ${campaign.id}::int FROM "Member" WHERE "userId" LIKE ${code + "-%"}`;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const broadcast = await enqueueBroadcast(db, {
    kind: "staff",
    audience: "campaign_subscribers",
    campaignId: campaign.id,
    texts: { id: "Kabar terbaru kampanye", en: "Campaign news" },
    sendAt: new Date(),
    requestKey: `bench-${code}`,
  });
  const enqueueMs = performance.now() - started;
  const enqueuePeakRssMB = megabytes(rss.peak());
  // The claim's cost with this many queued: claim 60 (unpaced, so no slots are used up) and put them back.
  const claimMs: number[] = [];
  for (let round = 0; round < 20; round++) {
    const t0 = performance.now();
    const { deliveries } = await claimDeliveries(db, "telegram", new Date(), { workerId: "bench-probe", pacing: { gapMs: 0, perChatGapMs: 0 }, leaseMs: 60_000, claimAheadMs: 2000, leadMs: 0, maxBatch: 60, urgentOnly: false });
    claimMs.push(performance.now() - t0);
    await releaseDeliveries(db, "bench-probe", deliveries.map((delivery) => delivery.id), new Date(0));
  }
  claimMs.sort((a, b) => a - b);
  await db.$disconnect();
  return {
    broadcastId: broadcast.id,
    recipients: broadcast.recipients,
    enqueueMs: Math.round(enqueueMs),
    perRecipientUs: Number(((enqueueMs * 1000) / count).toFixed(2)),
    rssBeforeEnqueueMB: megabytes(rssBefore),
    peakRssMB: enqueuePeakRssMB,
    claim60P50ms: Number(percentile(claimMs, 50).toFixed(1)),
    claim60P99ms: Number(percentile(claimMs, 99).toFixed(1)),
  };
}

/** Child: one in-process sender loop on Telegram's pace until the broadcast is done or time is up. */
async function childSend(url: string, broadcastId: number, maxSeconds: number) {
  const db = createPrismaClient(url);
  const times: number[] = [];
  const loop = createSenderLoop(
    {
      db,
      senders: [{ channel: "telegram", send: async () => (times.push(performance.timeOrigin + performance.now()), { ok: true }) }],
      translator: new Translator("id"),
      defaultLocale: "id",
      logger,
      clock: () => new Date(),
    },
    { pacing: { telegram: { gapMs: gapForRate(LIMIT), perChatGapMs: 1000 } }, leaseMs: 60_000, maxAttempts: 5, quietHours: null, concurrency: 1 },
  );
  const deadline = Date.now() + maxSeconds * 1000;
  for (;;) {
    const open = await db.delivery.count({ where: { broadcastId, status: { in: ["queued", "sending"] } } });
    if (open === 0 || Date.now() > deadline) break;
    await loop.runRound("telegram");
  }
  await loop.stop();
  await db.$disconnect();
  return { ...sendStats(times), peakRssMB: megabytes(rss.peak()) };
}

// ---- the run ---------------------------------------------------------------------------------

function runChild(args: string[], env: Record<string, string> = {}): Promise<Record<string, number>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/outbox-bench.ts", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.on("exit", (code) => (code === 0 ? done(JSON.parse(out.trim().split("\n").at(-1)!)) : fail(new Error(`child ${args.join(" ")} exited ${code}`))));
  });
}

/** Two sender processes (test/outbox/support/sender-process.ts) sharing one database and one limit. */
async function twoSenders(url: string, broadcastId: number) {
  const dir = mkdtempSync(join(tmpdir(), "kpeduli-bench-"));
  const files = [join(dir, "a.txt"), join(dir, "b.txt")];
  const children = files.map((file) =>
    spawn(process.execPath, ["--import", "tsx", "test/outbox/support/sender-process.ts"], {
      env: { ...process.env, DATABASE_URL: url, SENDS_FILE: file, SENDER_CHANNEL: "telegram", SENDER_GAP_MS: String(gapForRate(LIMIT)), SENDER_LEASE_MS: "60000" },
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  const db = createPrismaClient(url);
  const deadline = Date.now() + (RECIPIENTS / LIMIT) * 2000 + 60_000;
  while ((await db.delivery.count({ where: { broadcastId, status: { in: ["queued", "sending"] } } })) > 0 && Date.now() < deadline) {
    await new Promise((wake) => setTimeout(wake, 500));
  }
  await Promise.all(children.map((child) => new Promise((exited) => (child.on("exit", exited), child.kill("SIGTERM")))));
  await db.$disconnect();
  const perProcess = files.map((file) => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((line) => Number(line.split(" ")[1])) : []));
  rmSync(dir, { recursive: true, force: true });
  return { ...sendStats(perProcess.flat()), sendsPerProcess: perProcess.map((times) => times.length) };
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  const url = process.env.BENCH_DB_URL;
  if (mode === "--enqueue") return console.log(JSON.stringify(await childEnqueue(url!, Number(args[0]), args[1]!)));
  if (mode === "--send") return console.log(JSON.stringify(await childSend(url!, Number(args[0]), Number(args[1]))));

  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let cleanup: () => Promise<void>;
  let dbUrl: string;
  if (serverUrl) {
    const name = `kpeduli_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    dbUrl = target.toString();
    await applyMigrations(dbUrl);
    cleanup = async () => (await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), await admin.end());
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-bench-pg-"));
    const database = await openDatabase({ dataDir, logger });
    await database.db.$disconnect();
    dbUrl = database.url;
    cleanup = async () => (await database.close(), rmSync(dataDir, { recursive: true, force: true }));
  }
  const env = { BENCH_DB_URL: dbUrl };
  const results: Record<string, unknown> = { database: serverUrl ? "PostgreSQL server" : "embedded PostgreSQL", limitPerSecond: LIMIT };
  try {
    // One broadcast queued at a time, so each sender run sends only its own.
    const enqueueA = await runChild(["--enqueue", String(RECIPIENTS), "BENCHA"], env);
    results.oneSender = await runChild(["--send", String(enqueueA.broadcastId), String((RECIPIENTS / LIMIT) * 2 + 60)], env);
    console.error(JSON.stringify({ oneSender: results.oneSender }));
    const enqueueB = await runChild(["--enqueue", String(RECIPIENTS), "BENCHB"], env);
    results.twoSenderProcesses = await twoSenders(dbUrl, enqueueB.broadcastId!);
    console.error(JSON.stringify({ twoSenderProcesses: results.twoSenderProcesses }));
    const enqueueC = await runChild(["--enqueue", String(LARGE), "BENCHC"], env);
    results.enqueue = {
      [RECIPIENTS]: enqueueA,
      [LARGE]: enqueueC,
      timeRatio: Number((enqueueC.enqueueMs! / enqueueA.enqueueMs!).toFixed(2)),
      rssRatio: Number((enqueueC.peakRssMB! / enqueueA.peakRssMB!).toFixed(2)),
    };
    // With 100,000 queued, a bounded sample: does claiming slow down as the queue grows?
    results.sampleFrom100k = await runChild(["--send", String(enqueueC.broadcastId), String(SAMPLE_SECONDS)], env);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await cleanup();
  }
}

await main();
