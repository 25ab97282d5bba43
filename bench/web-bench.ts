// Benchmark of the web side (issue 13) on a PostgreSQL server (BENCH_DATABASE_URL or
// TEST_DATABASE_URL, default the machine's service) with 100,000 pledges. Side by side in the
// same process and run: Hono's hello-world route on @hono/node-server, the baseline.
//
//   npm run bench:web        (BENCH_PLEDGES=100000 BENCH_SECONDS=5 BENCH_CONCURRENCY=16)
import { Agent } from "node:http";
import { httpGet } from "./support/http-get.mjs";
import { Worker } from "node:worker_threads";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { Translator } from "../src/core/i18n/translator.js";
import { openDatabase } from "../src/db/database.js";
import { createLogger } from "../src/logger.js";
import { outboxPort } from "../src/outbox/enqueue-broadcast.js";
import { cronPort } from "../src/scheduler/cron.js";
import { seedDemoData } from "../src/seed-demo-data.js";
import { startSession } from "../src/web/sessions.js";
import { startWebServer } from "../src/web/start-web-server.js";
import { fillPledges } from "./support/fill-pledges.js";
import { percentile } from "./support/measure.js";

const PLEDGES = Number(process.env.BENCH_PLEDGES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PAGE_ROUNDS = 200;
const STAFF = "console:bench-staff";
const logger = createLogger({ level: "warn" });
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

const get = (url: string, cookie?: string) => httpGet(agent, url, cookie);

/**
 * CONCURRENCY clients on a worker thread requesting `url` back to back for SECONDS: requests/s
 * and latency percentiles as the clients saw them.
 */
async function load(label: string, url: string, cookie?: string) {
  const worker = new Worker(new URL("./support/http-load.mjs", import.meta.url), {
    workerData: { url, cookie, seconds: SECONDS, concurrency: CONCURRENCY, warmup: 200 },
  });
  const result = await new Promise<{ latencies: number[]; failures: number; seconds: number }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  if (result.failures > 0) throw new Error(`${label}: ${result.failures} requests did not answer 200`);
  const latencies = result.latencies.sort((a, b) => a - b);
  return { label, perSecond: latencies.length / result.seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** One request at a time, PAGE_ROUNDS times: the latency a single staff member sees. */
async function sequential(label: string, url: string, cookie?: string) {
  for (let index = 0; index < 20; index++) await get(url, cookie);
  const latencies: number[] = [];
  for (let index = 0; index < PAGE_ROUNDS; index++) {
    const t0 = performance.now();
    const status = await get(url, cookie);
    if (status !== 200) throw new Error(`${label}: HTTP ${status}`);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  return { label, perSecond: 0, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

function print(rows: { label: string; perSecond: number; p50: number; p99: number }[]) {
  for (const row of rows) {
    const rate = row.perSecond > 0 ? `${Math.round(row.perSecond).toLocaleString("en")} req/s`.padStart(14) : "".padStart(14);
    console.log(`  ${row.label.padEnd(62)} ${rate}   p50 ${row.p50.toFixed(2)} ms   p99 ${row.p99.toFixed(2)} ms`);
  }
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/test";
  const benchDb = `kpeduli_web_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${benchDb}"`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${benchDb}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: "unused", logger, poolSize: CONCURRENCY });
    try {
      await seedDemoData(database.db, new Date());
      const campaignId = await fillPledges(database.db, { pledges: PLEDGES, organizations: 200 });
      const ids = await database.db.pledge.aggregate({ where: { campaignId }, _min: { id: true }, _max: { id: true } });
      const sessionCookie = `kp_session=${await startSession(database.db, STAFF, new Date())}`;

      const web = await startWebServer(
        {
          db: database.db,
          translator: new Translator("id"),
          logger,
          clock: () => new Date(),
          outbox: outboxPort,
          cron: cronPort,
          config: { staff: [STAFF], defaultLocale: "id" },
        },
        { host: "127.0.0.1", port: 0 },
      );
      // The page's own bytes, served as a constant: how much of the gap is only the payload's size.
      const pageBytes = await (await fetch(`${web.url}/c/BENCH`)).text();
      const hello = new Hono().get("/", (c) => c.text("Hello Hono!")).get("/same-size", (c) => c.html(pageBytes));
      const helloServer = serve({ fetch: hello.fetch, hostname: "127.0.0.1", port: 0 });
      await new Promise((resolve) => helloServer.once("listening", resolve));
      const helloUrl = `http://127.0.0.1:${(helloServer.address() as AddressInfo).port}/`;

      console.log(`Web benchmark: ${PLEDGES.toLocaleString("en")} pledges on ${new URL(serverUrl).host}, ${CONCURRENCY} clients, ${SECONDS} s each, clients on a worker thread`);
      const helloRow = await load("Hono hello world (baseline)", helloUrl);
      const sameSizeRow = await load(`Hono, a constant ${pageBytes.length.toLocaleString("en")}-character page`, `${helloUrl}same-size`);
      const pageRow = await load("/c/BENCH (public campaign page)", `${web.url}/c/BENCH`);
      const overviewRow = await load("/dashboard overview (signed in)", `${web.url}/dashboard`, sessionCookie);
      print([helloRow, sameSizeRow, pageRow, overviewRow]);
      console.log(`  /c/BENCH at ${((100 * pageRow.perSecond) / helloRow.perSecond).toFixed(0)}% of hello world's requests/s (target ≥ 50%)`);

      console.log(`Pledges table, one staff member at a time (${PAGE_ROUNDS} requests each):`);
      const depth = (fraction: number) => Math.round(ids._max.id! - fraction * (ids._max.id! - ids._min.id!));
      // The amount order's cursor deep in the table: the (amount, id) of the pledge 99,900 rows in.
      const [deepByAmount] = await database.db.pledge.findMany({ where: { campaignId }, orderBy: [{ amount: "desc" }, { id: "desc" }], skip: Math.round(PLEDGES * 0.999), take: 1 });
      const someCompany = await database.db.campaignPartnerTotal.findFirstOrThrow({ where: { campaignId } });
      const pages = [];
      for (const [label, query] of [
        ["first page", ""],
        ["after 50,000 pledges", `?after=${depth(0.5)}`],
        ["after 99,900 pledges (last pages)", `?after=${depth(0.999)}`],
        ["status=confirmed, first page", "?status=confirmed"],
        ["status=confirmed, last pages", `?status=confirmed&after=${depth(0.999)}`],
        ["largest first, last pages", `?sort=largest&after=${deepByAmount!.amount}_${deepByAmount!.id}`],
        ["one company, last pages", `?company=${someCompany.organizationId}&after=${depth(0.999)}`],
      ] as const) {
        pages.push(await sequential(`/dashboard/campaigns/BENCH ${label}`, `${web.url}/dashboard/campaigns/BENCH${query}`, sessionCookie));
      }
      pages.push(await sequential("/dashboard overview", `${web.url}/dashboard`, sessionCookie));
      print(pages);
      console.log(`Peak memory (RSS) of the process, server and clients: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);

      await web.stop();
      await new Promise((resolve) => helloServer.close(resolve));
    } finally {
      agent.destroy();
      await database.close();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${benchDb}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
