// Benchmark of the WhatsApp Cloud API webhook (issues 4 and 11): signed webhook POSTs carrying
// real commands, through the core on a real PostgreSQL, to the reply arriving at a loopback fake
// Graph API. Side by side in the same run: a bare node:http handler that only answers 200, the
// floor any webhook pays. Closed loops: BENCH_WA_USERS people each send their next message once
//   - the previous one was answered (a person waiting for the bot), or
//   - Meta had its 200 (Meta's side: the call is recorded in the inbox; handling goes on after,
//     and the run ends when the last reply is out, so the answered rate counts all the work).
//
//   npm run bench:whatsapp   (BENCH_WA_MESSAGES=2000 BENCH_WA_USERS=20 by default)
//
// Database: TEST_DATABASE_URL or DATABASE_URL (a temporary database on that server), else the
// embedded PostgreSQL in a temporary directory.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createWhatsAppCloudChannel } from "../src/channels/whatsapp/cloud-api-channel.js";
import { createRecipients } from "../src/db/recipients.js";
import { createSendPacer } from "../src/channels/whatsapp/send-pacer.js";
import { createWhatsAppDailySends } from "../src/db/whatsapp-daily-sends.js";
import { createWebhookInbox } from "../src/db/webhook-inbox.js";
import { createWhatsAppServiceWindows } from "../src/db/whatsapp-service-windows.js";
import { createLateDeliveryFailures } from "../src/outbox/late-delivery-failures.js";
import { createWhatsAppConversation } from "../src/channels/whatsapp/whatsapp-conversation.js";
import { createBotCore } from "../src/core/bot-core.js";
import { outboxPort } from "../src/outbox/enqueue-broadcast.js";
import { cronPort } from "../src/scheduler/cron.js";
import { Translator } from "../src/core/i18n/translator.js";
import { openDatabase } from "../src/db/database.js";
import { seedDemoData } from "../src/seed-demo-data.js";
import { createLogger } from "../src/logger.js";
import { metaJson, PHONE_NUMBER_ID, sign, textMessage } from "../test/channels/whatsapp/support/cloud-payloads.js";
import { startFakeGraphApi } from "../test/channels/whatsapp/support/fake-graph-api.js";
import { mb, percentile, trackPeakRss } from "./support/measure.js";

const MESSAGES = Number(process.env.BENCH_WA_MESSAGES ?? 2_000);
const USERS = Number(process.env.BENCH_WA_USERS ?? 20);
const WARM_UP = 100;
const APP_SECRET = "bench-secret";
const COMMANDS = ["/campaigns", "/total", "/campaign PADI", "/top BTS"];
const logger = createLogger({ level: "warn" });

const rss = trackPeakRss();

interface Result {
  label: string;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Runs `total` messages as USERS closed loops; `one` resolves when the message counts as done. */
async function closedLoop(label: string, total: number, one: (user: number, index: number) => Promise<void>): Promise<Result> {
  for (let index = 0; index < WARM_UP; index++) await one(index % USERS, -index - 1);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, user) => {
      while (next < total) {
        const index = next++;
        const t0 = performance.now();
        await one(user, index);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { label, perSecond: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function openBenchDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-wa-bench-"));
    const database = await openDatabase({ dataDir, logger });
    return { database, kind: "embedded PostgreSQL", cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `kpeduli_wa_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: tmpdir(), logger });
  return { database, kind: `PostgreSQL server at ${new URL(serverUrl).host}`, cleanup: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function main(): Promise<void> {
  const { database, kind, cleanup } = await openBenchDatabase();
  const graph = await startFakeGraphApi();
  const bare = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(200).end());
  });
  await new Promise<void>((done) => bare.listen(0, "127.0.0.1", done));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/whatsapp/webhook`;
  try {
    await seedDemoData(database.db, new Date());
    const core = createBotCore({ outbox: outboxPort, cron: cronPort,
      db: database.db,
      logger,
      translator: new Translator("id"),
      clock: () => new Date(),
      config: { staff: [], defaultLocale: "id", flowTimeoutMinutes: 30 },
    });
    const recipients = createRecipients(database.db, "whatsapp");
    const channel = createWhatsAppCloudChannel({
      settings: {
        token: "bench-token",
        appSecret: APP_SECRET,
        verifyToken: "bench",
        phoneNumberId: PHONE_NUMBER_ID,
        apiVersion: "v24.0",
        graphUrl: graph.url,
        host: "127.0.0.1",
        port: 0,
        path: "/whatsapp/webhook",
        inboxSweepMs: 30_000,
        handleConcurrency: 5,
        templates: { text: {}, image: {}, document: {} },
      },
      conversation: createWhatsAppConversation({ core, recipients, translator: new Translator("id"), defaultLocale: "id", clock: () => new Date() }),
      recipients,
      windows: createWhatsAppServiceWindows(database.db),
      lateFailures: createLateDeliveryFailures(database.db, () => new Date()),
      inbox: createWebhookInbox(database.db, "whatsapp-cloud", { leaseMs: 60_000 }),
      pacer: createSendPacer({
        minGapMs: 0,
        jitterMs: 0,
        dailyCap: 1_000_000,
        counter: createWhatsAppDailySends(database.db, "cloud"),
        clock: Date.now,
        sleep: async () => {},
      }),
      logger,
      clock: () => new Date(),
      defaultLocale: "id",
    });
    await channel.start();

    // A reply for a user settles that user's pending message; the fake keeps no history here.
    const waiting = new Map<string, () => void>();
    const accept = graph.answer;
    graph.answer = (request) => {
      waiting.get(request.body.to ?? "")?.();
      return accept(request);
    };
    graph.requests.length = 0;
    const phone = (user: number) => `62812${String(user).padStart(8, "0")}`;
    const signedBody = (user: number, index: number) => {
      const body = metaJson(textMessage({ from: phone(user), id: `wamid.BENCH${index}_${user}`, body: COMMANDS[Math.abs(index) % COMMANDS.length]! }));
      return { body, headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, APP_SECRET) } };
    };

    const webhookUrl = channel.webhookUrl()!;
    const post = async (url: string, user: number, index: number) => {
      const response = await fetch(url, { method: "POST", ...signedBody(user, index) });
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
      await response.arrayBuffer();
    };
    const idleRss = process.memoryUsage().rss;
    const answered = await closedLoop("webhook → core → reply, person waits", MESSAGES, async (user, index) => {
      const replied = new Promise<void>((done) => waiting.set(phone(user), done));
      await post(webhookUrl, user, index);
      await replied;
    });
    const answeredRss = rss.peak();
    rss.reset();

    // Meta's view: each call waits for its 200 only; the replies follow from the inbox.
    waiting.clear();
    const repliesBefore = graph.requests.length;
    const started = performance.now();
    const acknowledged = await closedLoop("webhook, Meta's 200 (call in the inbox)", MESSAGES, (user, index) =>
      // Ids of their own (the warm-up's are negative), so none is a redelivery of the first loop's.
      post(webhookUrl, user, index >= 0 ? MESSAGES + index : index - WARM_UP),
    );
    while (graph.requests.length < repliesBefore + MESSAGES + WARM_UP) await new Promise((done) => setTimeout(done, 5));
    const drained: Result = { label: "  …and every one of them answered", perSecond: (MESSAGES + WARM_UP) / ((performance.now() - started) / 1000), p50: NaN, p99: NaN };
    const acknowledgedRss = rss.peak();
    rss.reset();

    const baseline = await closedLoop("bare node:http handler answering 200", MESSAGES, (user, index) => post(bareUrl, user, index));
    await channel.stop();

    const ratio = (result: Result) => `${((100 * result.perSecond) / baseline.perSecond).toFixed(0)}% of bare`;
    console.log(`WhatsApp Cloud API webhook benchmark: ${MESSAGES} messages, ${USERS} people in closed loops, ${kind}`);
    for (const result of [answered, acknowledged, drained, baseline]) {
      const latency = Number.isNaN(result.p50) ? "" : `p50 ${result.p50.toFixed(2)} ms   p99 ${result.p99.toFixed(2)} ms`;
      console.log(`  ${result.label.padEnd(46)} ${result.perSecond.toFixed(0).padStart(6)} msg/s   ${result === baseline ? "" : ratio(result).padEnd(12)} ${latency}`);
    }
    console.log(`  replies received by the fake Graph API: ${graph.requests.length} (expected ${2 * (MESSAGES + WARM_UP)})`);
    console.log(`  RSS: idle ${mb(idleRss)}, peak ${mb(answeredRss)} (person waits), ${mb(acknowledgedRss)} (Meta's 200), ${mb(rss.peak())} (bare) (Node process)`);
  } finally {
    rss.stop();
    bare.close();
    await graph.close();
    await database.close();
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
