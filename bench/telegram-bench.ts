// Benchmark of the Telegram channel (issue 3): updates served by long polling from a loopback
// fake Bot API that answers at once, through grammY + @grammyjs/runner, the adapter and the core
// on a real PostgreSQL, to the reply arriving back at the fake. Side by side in the same run: a
// bare grammY bot on the same runner that only replies with a constant text, the framework's
// ceiling. Closed loop: BENCH_TG_USERS people each send their next update once the previous one
// was answered; latency is from the update becoming available to its reply arriving.
//
//   npm run bench:telegram   (BENCH_TG_UPDATES=2000 BENCH_TG_FLOWS=200 BENCH_TG_USERS=20 by default)
//
// Database: TEST_DATABASE_URL or DATABASE_URL (a temporary database on that server), else the
// embedded PostgreSQL in a temporary directory.
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createTelegramChannel } from "../src/channels/telegram/telegram-channel.js";
import { createBotCore } from "../src/core/bot-core.js";
import { Translator } from "../src/core/i18n/translator.js";
import { openDatabase, type Db } from "../src/db/database.js";
import { seedDemoData } from "../src/db/seed-demo-data.js";
import { createLogger } from "../src/logger.js";
import { mb, percentile, trackPeakRss } from "./support/measure.js";

const UPDATES = Number(process.env.BENCH_TG_UPDATES ?? 2_000);
const FLOWS = Number(process.env.BENCH_TG_FLOWS ?? 200);
const USERS = Number(process.env.BENCH_TG_USERS ?? 20);
const CONCURRENCY = 100;
const TOKEN = "123456:BENCH";
const logger = createLogger({ level: "warn" });

const rss = trackPeakRss();

interface Result {
  label: string;
  updates: number;
  perSecond: number;
  p50: number;
  p99: number;
  peakRss: number;
}

/**
 * A Bot API on loopback that answers every call at once. getUpdates holds the request (long
 * polling) until an update is queued; every sendMessage resolves the waiter of its chat.
 */
async function startFakeBotApi() {
  const queue: Update[] = [];
  let heldPoll: (() => void) | undefined;
  const replyWaiters = new Map<string, () => void>();
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let replies = 0;

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const method = request.url!.split("/").pop()!;
      const payload = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
      const answer = (result: unknown) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
      if (method === "getUpdates") {
        const offset: number = payload.offset ?? 0;
        while (queue.length && queue[0]!.update_id < offset) queue.shift();
        const serve = () => answer(queue.filter((update) => update.update_id >= offset).slice(0, payload.limit ?? 100));
        if (queue.some((update) => update.update_id >= offset)) return serve();
        heldPoll = serve;
        return;
      }
      if (method === "getMe") return answer({ id: 1, is_bot: true, first_name: "Bench", username: "BenchBot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      if (method === "sendMessage") {
        replies++;
        answer({ message_id: nextMessageId++, date: 0, chat: { id: Number(payload.chat_id), type: "private" }, text: payload.text });
        const chatId = String(payload.chat_id);
        const waiter = replyWaiters.get(chatId);
        replyWaiters.delete(chatId);
        return waiter?.();
      }
      answer(true);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get replies() {
      return replies;
    },
    /** Queues an update from `userId` and resolves when the bot's reply to that chat arrives. */
    send(userId: number, content: { text: string } | { data: string }): Promise<void> {
      const replied = new Promise<void>((resolve) => replyWaiters.set(String(userId), resolve));
      const from = { id: userId, is_bot: false, first_name: `U${userId}`, language_code: "id" };
      const chat = { id: userId, type: "private" as const, first_name: from.first_name };
      const updateId = nextUpdateId++;
      queue.push(
        "text" in content
          ? ({ update_id: updateId, message: { message_id: updateId, date: 0, chat, from, text: content.text } } as Update)
          : ({ update_id: updateId, callback_query: { id: `q${updateId}`, from, chat_instance: "c", data: content.data, message: { message_id: 1, date: 0, chat, text: "…" } } } as Update),
      );
      const poll = heldPoll;
      heldPoll = undefined;
      poll?.();
      return replied;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;

/** USERS closed loops; `script` runs one unit of work for a user and returns how many updates it sent. */
async function closedLoop(label: string, units: number, script: (userIndex: number, unit: number, timed: (work: () => Promise<void>) => Promise<void>) => Promise<void>): Promise<Result> {
  const latencies: number[] = [];
  const timed = async (work: () => Promise<void>) => {
    const t0 = performance.now();
    await work();
    latencies.push(performance.now() - t0);
  };
  let next = 0;
  rss.reset();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, userIndex) => {
      while (next < units) await script(userIndex, next++, timed);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { label, updates: latencies.length, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), peakRss: rss.peak() };
}

/** The bare grammY bot: same runner, replies a constant text to any message or button. */
async function bareBot(api: FakeBotApi) {
  const bot = new Bot(TOKEN, { client: { apiRoot: api.apiRoot } });
  bot.on(["message", "callback_query:data"], (ctx) => ctx.reply("ok"));
  await bot.init();
  const runner = run(bot, { runner: { silent: true }, sink: { concurrency: CONCURRENCY } });
  return { stop: () => runner.stop() };
}

function benchCore(db: Db) {
  return createBotCore({ db, logger, translator: new Translator("id"), clock: () => new Date(), config: { staff: [], defaultLocale: "id", flowTimeoutMinutes: 30 } });
}

async function ourBot(api: FakeBotApi, db: Db) {
  const translator = new Translator("id");
  const core = benchCore(db);
  const channel = createTelegramChannel({
    bot: new Bot(TOKEN, { client: { apiRoot: api.apiRoot } }),
    core,
    db,
    logger,
    translator,
    defaultLocale: "id",
    configuredStaff: [],
    clock: () => new Date(),
    apiRoot: api.apiRoot,
    mode: { kind: "polling" },
    progressThrottleMs: 10_000,
    wait: async () => {},
    concurrency: CONCURRENCY,
  });
  await channel.start();
  await channel.connected;
  return { stop: () => channel.stop() };
}

const userId = (scenario: number, userIndex: number) => scenario * 1_000_000 + userIndex + 1;

/** `/campaign PADI` (or the bare bot's reply to it), USERS at a time. */
function campaignLoop(label: string, api: FakeBotApi, scenario: number, updates: number) {
  return closedLoop(label, updates, (userIndex, _unit, timed) => timed(() => api.send(userId(scenario, userIndex), { text: "/campaign PADI" })));
}

/** The whole pledge wizard: /pledge PADI, Cash, 10jt, Skip note, Confirm; five updates per pledge. */
function pledgeLoop(label: string, api: FakeBotApi, scenario: number, flows: number) {
  const steps: Array<{ text: string } | { data: string }> = [{ text: "/pledge PADI" }, { data: "cash" }, { text: "10jt" }, { data: "skip" }, { data: "yes" }];
  return closedLoop(label, flows, async (userIndex, _unit, timed) => {
    for (const step of steps) await timed(() => api.send(userId(scenario, userIndex), step));
  });
}

async function registerPartners(db: Db, scenario: number): Promise<void> {
  for (let index = 0; index < USERS; index++) {
    const org = await db.organization.create({ data: { name: `Bench ${scenario}-${index}`, nameKey: `bench ${scenario}-${index}`, city: "Jakarta" } });
    await db.member.create({ data: { channel: "telegram", userId: String(userId(scenario, index)), organizationId: org.id } });
  }
}

async function openBenchDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-tg-bench-"));
    const database = await openDatabase({ dataDir, logger, poolSize: 10 });
    return { database, kind: "embedded PostgreSQL", cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `kpeduli_tg_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: tmpdir(), logger, poolSize: 10 });
  return { database, kind: `PostgreSQL server at ${url.host}`, cleanup: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Runs one bot against its own fake API for one scenario, then stops both. */
async function scenario(start: (api: FakeBotApi) => Promise<{ stop(): Promise<unknown> }>, measure: (api: FakeBotApi) => Promise<Result>) {
  const api = await startFakeBotApi();
  const bot = await start(api);
  try {
    const result = await measure(api);
    return { result, replies: api.replies };
  } finally {
    await bot.stop();
    await api.close();
  }
}

async function main(): Promise<void> {
  const { database, kind, cleanup } = await openBenchDatabase();
  const db = database.db;
  try {
    await seedDemoData(db, new Date());
    for (const scenarioId of [3, 4]) await registerPartners(db, scenarioId);
    const idleRss = process.memoryUsage().rss;
    const warmUp = Math.min(200, UPDATES / 10);

    // Warm-up of both bots (JIT, connection pools), not measured.
    await scenario(bareBot, (api) => campaignLoop("warm-up", api, 9, warmUp));
    await scenario((api) => ourBot(api, db), (api) => campaignLoop("warm-up", api, 8, warmUp));

    const bare = await scenario(bareBot, (api) => campaignLoop("bare grammY bot, constant reply", api, 1, UPDATES));
    const campaign = await scenario((api) => ourBot(api, db), (api) => campaignLoop("/campaign PADI through adapter + core", api, 2, UPDATES));
    // The core alone, called directly: what the adapter adds on top of it is the difference.
    const core = benchCore(db);
    let messageId = 0;
    const coreOnly = await closedLoop("core.handle alone (no Telegram)", UPDATES, (userIndex, _unit, timed) =>
      timed(async () => {
        const id = String(userId(5, userIndex));
        await core.handle({ channel: "telegram", chatId: id, userId: id, messageId: `core-${++messageId}`, text: "/campaign PADI" });
      }),
    );
    const bareFlow = await scenario(bareBot, (api) => pledgeLoop("bare grammY bot, pledge-flow updates", api, 3, FLOWS));
    const flow = await scenario((api) => ourBot(api, db), (api) => pledgeLoop("whole pledge flow (5 updates per pledge)", api, 4, FLOWS));
    const pledges = await db.pledge.count({ where: { member: { channel: "telegram" } } });

    console.log(`Telegram channel benchmark: long polling from a loopback fake Bot API, ${USERS} people in closed loops, ${kind}`);
    for (const result of [bare.result, campaign.result, coreOnly, bareFlow.result, flow.result]) {
      console.log(
        `  ${result.label.padEnd(42)} ${String(result.updates).padStart(5)} updates ${result.perSecond.toFixed(0).padStart(6)} updates/s   p50 ${result.p50.toFixed(2)} ms   p99 ${result.p99.toFixed(2)} ms   peak RSS ${mb(result.peakRss)}`,
      );
    }
    console.log(`  /campaign throughput: ${((campaign.result.perSecond / bare.result.perSecond) * 100).toFixed(0)}% of the bare bot (target ≥ 50%)`);
    console.log(`  /campaign through Telegram: ${((campaign.result.perSecond / coreOnly.perSecond) * 100).toFixed(0)}% of the core called directly (the adapter's own cost)`);
    console.log(`  pledge-flow throughput: ${((flow.result.perSecond / bareFlow.result.perSecond) * 100).toFixed(0)}% of the bare bot on the same updates`);
    console.log(`  replies seen: /campaign ${campaign.replies} (expected ${UPDATES}), pledge flow ${flow.replies} (expected ${FLOWS * 5}); pledges stored ${pledges} (expected ${FLOWS})`);
    console.log(`  RSS: idle ${mb(idleRss)}, peak ${mb(rss.peak())} (Node process; the database server not included)`);
  } finally {
    rss.stop();
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
