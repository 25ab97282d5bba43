// Benchmark of the Telegram channel (issue 3): updates served by long polling from a loopback
// fake Bot API that answers at once, through grammY + @grammyjs/runner, the adapter and the core
// on a real PostgreSQL, to the reply arriving back at the fake. Side by side in the same run: a
// bare grammY bot on the same runner that only replies with a constant text, the framework's
// ceiling. Closed loop: BENCH_TG_USERS people each send their next update once the previous one
// was answered; latency is from the update becoming available to its reply arriving.
//
//   npm run bench:telegram   (BENCH_TG_UPDATES=2000 BENCH_TG_FLOWS=200 BENCH_TG_USERS=20
//                             BENCH_TG_ROUNDS=5 by default)
//
// The pledge flow also runs through the adapter and core of BENCH_TG_BASELINE (default f666bf3,
// before flow steps wrote through plain SQL on the transaction's connection; "none" skips it;
// abb4584 and older no longer fit this bench's channel wiring), checked out beside this one, in
// the same rounds and on the same database: the before/after of one run.
//
// Database: TEST_DATABASE_URL or DATABASE_URL (a temporary database on that server), else the
// embedded PostgreSQL in a temporary directory.
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { mkdtempSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createTelegramChannel } from "../src/channels/telegram/telegram-channel.js";
import { createTelegramStores } from "../src/wire-channels.js";
import { createBotCore } from "../src/core/bot-core.js";
import { outboxPort } from "../src/outbox/enqueue-broadcast.js";
import { cronPort } from "../src/scheduler/cron.js";
import { Translator } from "../src/core/i18n/translator.js";
import { openDatabase, type Db } from "../src/db/database.js";
import { seedDemoData } from "../src/seed-demo-data.js";
import { createLogger } from "../src/logger.js";
import { checkOutBaseline, removeBaseline } from "./support/baseline-checkout.js";
import { mb, percentile, trackPeakRss } from "./support/measure.js";

const UPDATES = Number(process.env.BENCH_TG_UPDATES ?? 2_000);
const FLOWS = Number(process.env.BENCH_TG_FLOWS ?? 200);
const USERS = Number(process.env.BENCH_TG_USERS ?? 20);
const ROUNDS = Number(process.env.BENCH_TG_ROUNDS ?? 5);
const WARM_UP = 200;
const CONCURRENCY = 100;
const TOKEN = "123456:BENCH";
const BASELINE = process.env.BENCH_TG_BASELINE ?? "f666bf3";
const ROOT = fileURLToPath(new URL("../", import.meta.url));
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

/** The adapter and core a bot is built from: this checkout's, or the baseline's. */
interface BotCode {
  createBotCore: typeof createBotCore;
  createTelegramChannel: typeof createTelegramChannel;
  outboxPort: typeof outboxPort;
  cronPort: typeof cronPort;
}

const THIS_CODE: BotCode = { createBotCore, createTelegramChannel, outboxPort, cronPort };

/** The baseline's adapter and core, imported from its worktree (it shares node_modules, so grammY is the same). */
async function baselineCode(dir: string): Promise<BotCode> {
  const from = (path: string) => import(join(dir, path));
  const [core, channel, outbox, cron] = await Promise.all([
    from("src/core/bot-core.ts"),
    from("src/channels/telegram/telegram-channel.ts"),
    from("src/outbox/enqueue-broadcast.ts"),
    from("src/scheduler/cron.ts"),
  ]);
  return { createBotCore: core.createBotCore, createTelegramChannel: channel.createTelegramChannel, outboxPort: outbox.outboxPort, cronPort: cron.cronPort };
}

function benchCore(db: Db, code: BotCode = THIS_CODE) {
  return code.createBotCore({ outbox: code.outboxPort, cron: code.cronPort, db, logger, translator: new Translator("id"), clock: () => new Date(), config: { staff: [], defaultLocale: "id", flowTimeoutMinutes: 30 } });
}

async function ourBot(api: FakeBotApi, db: Db, code: BotCode = THIS_CODE) {
  const translator = new Translator("id");
  const core = benchCore(db, code);
  const channel = code.createTelegramChannel({
    bot: new Bot(TOKEN, { client: { apiRoot: api.apiRoot } }),
    core,
    logger,
    translator,
    defaultLocale: "id",
    ...createTelegramStores(db, []),
    clock: () => new Date(),
    apiRoot: api.apiRoot,
    mode: { kind: "polling" },
    wait: async () => {},
    concurrency: CONCURRENCY,
  });
  await channel.start();
  await channel.connected;
  return { stop: () => channel.stop() };
}

const userId = (scenario: number, userIndex: number) => scenario * 1_000_000 + userIndex + 1;
/** The scenario whose people pledge in a round; they are registered partners before the rounds. */
const flowScenario = (round: number) => 100 + round * 10 + 5;
/** The same for the baseline's bot. */
const baselineFlowScenario = (round: number) => 100 + round * 10 + 6;

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

/**
 * Runs one bot against its own fake API for one scenario, then stops both. Each bot first
 * answers `WARM_UP` untimed /campaign updates, and garbage left by the previous scenario is
 * collected before timing starts: otherwise whichever bot runs second has the edge.
 */
async function scenario(start: (api: FakeBotApi) => Promise<{ stop(): Promise<unknown> }>, scenarioId: number, measure: (api: FakeBotApi) => Promise<Result>) {
  const api = await startFakeBotApi();
  const bot = await start(api);
  try {
    await campaignLoop("warm-up", api, scenarioId, WARM_UP);
    const warmUpReplies = api.replies;
    (globalThis as { gc?: () => void }).gc?.();
    const result = await measure(api);
    return { result, replies: api.replies - warmUpReplies };
  } finally {
    await bot.stop();
    await api.close();
  }
}

/** The middle round by throughput: the figure least moved by a noisy neighbour. */
function medianRound(results: Result[]): Result {
  return [...results].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(results.length / 2)]!;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function main(): Promise<void> {
  const { database, kind, cleanup } = await openBenchDatabase();
  const db = database.db;
  const baselineDir = BASELINE === "none" ? undefined : mkdtempSync(join(tmpdir(), "kpeduli-tg-baseline-"));
  try {
    if (baselineDir) {
      rmSync(baselineDir, { recursive: true });
      checkOutBaseline(ROOT, BASELINE, baselineDir);
    }
    const before = baselineDir ? await baselineCode(baselineDir) : undefined;
    await seedDemoData(db, new Date());
    // Hundreds of 10jt pledges would pass PADI's target, and a pledge above what a campaign still
    // needs is asked about once: the bench measures the ordinary five-step wizard.
    await db.campaign.update({ where: { code: "PADI" }, data: { target: 1_000_000_000_000n } });
    // Every round's pledgers are registered partners of their own, so no round sees another's ids.
    for (let round = 0; round < ROUNDS; round++) {
      await registerPartners(db, flowScenario(round));
      if (before) await registerPartners(db, baselineFlowScenario(round));
    }
    const idleRss = process.memoryUsage().rss;

    // The bots take turns, round after round, and which goes first alternates: whatever the
    // machine does meanwhile falls on both alike.
    const bare: Result[] = [];
    const campaign: Result[] = [];
    const coreOnly: Result[] = [];
    const bareFlow: Result[] = [];
    const flow: Result[] = [];
    const ratios: number[] = [];
    const flowRatios: number[] = [];
    const beforeFlow: Result[] = [];
    const beforeFlowRatios: number[] = [];
    let campaignReplies = 0;
    let flowReplies = 0;
    const core = benchCore(db);
    let messageId = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const base = 100 + round * 10;
      const runBare = async () => bare.push((await scenario(bareBot, base + 1, (api) => campaignLoop("bare grammY bot, constant reply", api, base + 1, UPDATES))).result);
      const runOurs = async () => {
        const ours = await scenario((api) => ourBot(api, db), base + 2, (api) => campaignLoop("/campaign PADI through adapter + core", api, base + 2, UPDATES));
        campaignReplies += ours.replies;
        campaign.push(ours.result);
      };
      for (const run of round % 2 === 0 ? [runBare, runOurs] : [runOurs, runBare]) await run();
      ratios.push(campaign.at(-1)!.perSecond / bare.at(-1)!.perSecond);
      // The core alone, called directly: what the adapter adds on top of it is the difference.
      (globalThis as { gc?: () => void }).gc?.();
      coreOnly.push(
        await closedLoop("core.handle alone (no Telegram)", UPDATES, (userIndex, _unit, timed) =>
          timed(async () => {
            const id = String(userId(base + 3, userIndex));
            await core.handle({ channel: "telegram", chatId: id, userId: id, messageId: `core-${++messageId}`, text: "/campaign PADI" });
          }),
        ),
      );
      const runBareFlow = async () => bareFlow.push((await scenario(bareBot, base + 4, (api) => pledgeLoop("bare grammY bot, pledge-flow updates", api, base + 4, FLOWS))).result);
      const runFlow = async () => {
        const ours = await scenario((api) => ourBot(api, db), flowScenario(round), (api) => pledgeLoop("whole pledge flow (5 updates per pledge)", api, flowScenario(round), FLOWS));
        flowReplies += ours.replies;
        flow.push(ours.result);
      };
      const runBeforeFlow = async () => {
        const label = `pledge flow, before (${BASELINE})`;
        const old = await scenario((api) => ourBot(api, db, before!), baselineFlowScenario(round), (api) => pledgeLoop(label, api, baselineFlowScenario(round), FLOWS));
        flowReplies += old.replies;
        beforeFlow.push(old.result);
      };
      const flowRuns = before ? [runBareFlow, runFlow, runBeforeFlow] : [runBareFlow, runFlow];
      // Each round starts with a different one, so none always runs on a warmer (or busier) machine.
      for (let index = 0; index < flowRuns.length; index++) await flowRuns[(index + round) % flowRuns.length]!();
      flowRatios.push(flow.at(-1)!.perSecond / bareFlow.at(-1)!.perSecond);
      if (before) beforeFlowRatios.push(beforeFlow.at(-1)!.perSecond / bareFlow.at(-1)!.perSecond);
    }
    const pledges = await db.pledge.count({ where: { member: { channel: "telegram" } } });

    console.log(`Telegram channel benchmark: long polling from a loopback fake Bot API, ${USERS} people in closed loops, ${ROUNDS} rounds, ${kind}`);
    console.log(`  Each line is the median round by throughput.`);
    for (const result of [bare, campaign, coreOnly, bareFlow, flow, ...(before ? [beforeFlow] : [])].map(medianRound)) {
      console.log(
        `  ${result.label.padEnd(42)} ${String(result.updates).padStart(5)} updates ${result.perSecond.toFixed(0).padStart(6)} updates/s   p50 ${result.p50.toFixed(2)} ms   p99 ${result.p99.toFixed(2)} ms   peak RSS ${mb(result.peakRss)}`,
      );
    }
    const percents = (values: number[]) => values.map((value) => `${(value * 100).toFixed(0)}%`).join(", ");
    console.log(`  /campaign throughput: median ${(median(ratios) * 100).toFixed(0)}% of the bare bot in the same round (target ≥ 50%); rounds: ${percents(ratios)}`);
    console.log(`  /campaign through Telegram: ${((medianRound(campaign).perSecond / medianRound(coreOnly).perSecond) * 100).toFixed(0)}% of the core called directly (the adapter's own cost)`);
    console.log(`  pledge-flow throughput: median ${(median(flowRatios) * 100).toFixed(0)}% of the bare bot on the same updates (target ≥ 20%); rounds: ${percents(flowRatios)}`);
    if (before) console.log(`  pledge-flow throughput before (${BASELINE}): median ${(median(beforeFlowRatios) * 100).toFixed(0)}% of the bare bot; rounds: ${percents(beforeFlowRatios)}`);
    console.log(`  replies seen: /campaign ${campaignReplies} (expected ${UPDATES * ROUNDS}), pledge flow ${flowReplies} (expected ${FLOWS * 5 * ROUNDS * (before ? 2 : 1)}); pledges stored ${pledges} (expected ${FLOWS * ROUNDS * (before ? 2 : 1)})`);
    console.log(`  RSS: idle ${mb(idleRss)}, peak ${mb(rss.peak())} (Node process; the database server not included)`);
  } finally {
    rss.stop();
    if (baselineDir) removeBaseline(ROOT, baselineDir);
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
