// Benchmark of the core (issue 2), driven directly without a channel, on the embedded PostgreSQL
// and on a PostgreSQL server (BENCH_DATABASE_URL or TEST_DATABASE_URL, default the machine's
// service) in one run. Baseline, side by side: the same totals computed by scanning pledges with
// SUM(), which is what the maintained counters replace. For pledges, the database's limit: the
// same writes as a pledge (message id, pledge, counter upsert, audit row) as one hand-written
// transaction through `pg`, 50-way concurrent, against the core's use case with those writes.
//
//   npm run bench            (BENCH_PLEDGES=100000 BENCH_ROUNDS=2000 by default)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createBotCore, type BotCore } from "../src/core/bot-core.js";
import { outboxPort } from "../src/outbox/enqueue-broadcast.js";
import { cronPort } from "../src/scheduler/cron.js";
import { Translator } from "../src/core/i18n/translator.js";
import { loadCampaignTotals } from "../src/core/use-cases/campaign-totals.js";
import { createPledge } from "../src/core/use-cases/create-pledge.js";
import { recordAudit } from "../src/core/use-cases/record-audit.js";
import { openDatabase, sqlIn, type Database } from "../src/db/database.js";
import { seedDemoData } from "../src/seed-demo-data.js";
import { createLogger } from "../src/logger.js";
import { fillPledges } from "./support/fill-pledges.js";
import { mb, percentile, trackPeakRss } from "./support/measure.js";
import { BENCH_SERVER_URL, withBenchDatabase } from "./support/bench-database.js";

const PLEDGES = Number(process.env.BENCH_PLEDGES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2_000);
const CREATE_SEQUENTIAL = 1_000;
const CREATE_CONCURRENT = 5_000;
const CONCURRENCY = 50;
const ORGANIZATIONS = 200;
const logger = createLogger({ level: "warn" });

const rss = trackPeakRss();

async function timed(label: string, rounds: number, run: (index: number) => Promise<unknown>) {
  for (let index = 0; index < 50; index++) await run(-index - 1); // warm-up
  const latencies: number[] = [];
  const started = performance.now();
  for (let index = 0; index < rounds; index++) {
    const t0 = performance.now();
    await run(index);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { label, perSecond: rounds / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function benchTarget(name: string, database: Database) {
  const db = database.db;
  await seedDemoData(db, new Date());
  const campaignId = await fillPledges(database.db, { pledges: PLEDGES, organizations: ORGANIZATIONS });
  const core: BotCore = createBotCore({ outbox: outboxPort, cron: cronPort,
    db,
    logger,
    translator: new Translator("id"),
    clock: () => new Date(),
    config: { staff: ["console:bench-staff"], defaultLocale: "id", flowTimeoutMinutes: 30 },
  });
  const ask = (text: string, index: number) =>
    core.handle({ channel: "console", chatId: "bench-reader", userId: "bench-reader", messageId: `${name}:${text}:${index}`, text });

  const results = [
    await timed("/campaign BENCH", ROUNDS, (index) => ask("/campaign BENCH", index)),
    await timed("/total", ROUNDS, (index) => ask("/total", index)),
    await timed("totals from the counters (what /campaign uses)", ROUNDS, () => loadCampaignTotals(db, [campaignId])),
    await timed("baseline: the same totals by SUM() over pledges", ROUNDS, () =>
      db.$queryRaw`SELECT SUM(amount) FILTER (WHERE status IN ('confirmed','delivered')) AS confirmed,
                          SUM(amount) FILTER (WHERE status <> 'cancelled' AND status <> 'rejected') AS pledged,
                          count(DISTINCT "organizationId") AS companies
                   FROM "Pledge" WHERE "campaignId" = ${campaignId}`,
    ),
  ];

  // Pledge creation through the use case the pledge wizard ends in.
  const organizations = await db.organization.findMany({ where: { nameKey: { startsWith: "bench company" } }, take: CONCURRENCY });
  const members = await Promise.all(
    organizations.map((organization, index) =>
      db.member.create({ data: { channel: "whatsapp", userId: `bench-${index}`, organizationId: organization.id } }),
    ),
  );
  const pledge = (index: number) => {
    const member = members[Math.abs(index) % members.length]!;
    return createPledge(db, {
      campaignId,
      organizationId: member.organizationId!,
      memberId: member.id,
      kind: "cash",
      amount: 1_000_000n,
      sourceMessageId: `${name}:create:${index}:${Math.random()}`,
    });
  };
  const sequential = await timed("create pledge, sequential", CREATE_SEQUENTIAL, pledge);
  // The pool's connections are opened before the concurrent runs: opening 50 at once (a SCRAM
  // handshake each on a busy machine) can outlast the 2 s Prisma gives a transaction to start.
  const opened = await Promise.all(Array.from({ length: CONCURRENCY }, () => db.$pool.connect()));
  for (const client of opened) client.release();
  let next = 0;
  const concurrentStarted = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < CREATE_CONCURRENT) await pledge(next++);
    }),
  );
  const concurrentPerSecond = CREATE_CONCURRENT / ((performance.now() - concurrentStarted) / 1000);

  // The writes a pledge makes, through the core: its message id (as the core's `act` writes it),
  // the use case (pledge and counters), and an audit row (the core's helper), in one Prisma
  // interactive transaction, as a confirming flow step does.
  const corePledge = (index: number) => {
    const member = members[Math.abs(index) % members.length]!;
    const key = `${name}:core-writes:${index}:${Math.random()}`;
    return db.$transaction(async (tx) => {
      await sqlIn(tx).query(`INSERT INTO "ProcessedMessage" (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`, [key]);
      const { pledge } = await createPledge(tx, { campaignId, organizationId: member.organizationId!, memberId: member.id, kind: "cash", amount: 1_000_000n, sourceMessageId: key });
      await recordAudit(tx, { actor: `whatsapp:${member.userId}`, action: "pledge.create", entity: "Pledge", entityId: String(pledge.id), after: { amount: "1000000" } });
    });
  };
  // The database's limit: the same four writes by hand, one transaction per pledge on one
  // connection of the same pool (the embedded server allows 64 connections in all).
  const rawPool = db.$pool;
  const rawPledge = async (index: number) => {
    const member = members[Math.abs(index) % members.length]!;
    const key = `${name}:raw-writes:${index}:${Math.random()}`;
    const client = await rawPool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`INSERT INTO "ProcessedMessage" (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`, [key]);
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO "Pledge" ("campaignId", "organizationId", "memberId", kind, amount, status, "sourceMessageId", "updatedAt")
         VALUES ($1, $2, $3, 'cash', 1000000, 'pledged', $4, now()) RETURNING id`,
        [campaignId, member.organizationId, member.id, key],
      );
      await client.query(
        `INSERT INTO "CampaignPartnerTotal" ("campaignId", "organizationId", pledged, confirmed, "livePledges") VALUES ($1, $2, 1000000, 0, 1)
         ON CONFLICT ("campaignId", "organizationId") DO UPDATE SET pledged = "CampaignPartnerTotal".pledged + 1000000, "livePledges" = "CampaignPartnerTotal"."livePledges" + 1`,
        [campaignId, member.organizationId],
      );
      await client.query(`INSERT INTO "AuditLog" (actor, action, entity, "entityId", after) VALUES ($1, 'pledge.create', 'Pledge', $2, '{"amount":"1000000"}')`, [`whatsapp:${member.userId}`, String(rows[0]!.id)]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
  const concurrently = async (run: (index: number) => Promise<unknown>) => {
    for (let index = 0; index < 50; index++) await run(-index - 1); // warm-up
    let nextIndex = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (nextIndex < CREATE_CONCURRENT) await run(nextIndex++);
    }));
    return CREATE_CONCURRENT / ((performance.now() - started) / 1000);
  };
  // Alternating, so the machine's other load falls on both alike; the better of two runs each.
  const rawRuns: number[] = [];
  const coreRuns: number[] = [];
  for (let run = 0; run < 2; run++) {
    rawRuns.push(await concurrently(rawPledge));
    coreRuns.push(await concurrently(corePledge));
  }
  const rawPerSecond = Math.max(...rawRuns);
  const corePerSecond = Math.max(...coreRuns);

  // The whole wizard through the core: three messages per pledge.
  const wizard = await timed("pledge wizard (3 messages), sequential", 300, async (index) => {
    const member = members[Math.abs(index) % members.length]!;
    const say = (text: string, step: string) =>
      core.handle({ channel: "whatsapp", chatId: member.userId, userId: member.userId, messageId: `${name}:w:${index}:${step}:${Math.random()}`, text });
    await say("/pledge BENCH 10jt", "a");
    await say("skip", "b");
    await say("ya", "c");
  });

  console.log(`\n## ${name}`);
  console.log("| what | per second | p50 ms | p99 ms |\n| --- | --- | --- | --- |");
  for (const row of [...results, sequential, wizard]) {
    console.log(`| ${row.label} | ${row.perSecond.toFixed(0)} | ${row.p50.toFixed(2)} | ${row.p99.toFixed(2)} |`);
  }
  console.log(`| create pledge, ${CONCURRENCY}-way concurrent | ${concurrentPerSecond.toFixed(0)} | | |`);
  console.log(`| baseline: message id + pledge + counter + audit, raw SQL transaction through pg, ${CONCURRENCY}-way | ${rawPerSecond.toFixed(0)} | | |`);
  console.log(`| the same writes through the core (createPledge in a Prisma transaction), ${CONCURRENCY}-way | ${corePerSecond.toFixed(0)} | | |`);
  console.log(`core's concurrent pledges: ${((100 * corePerSecond) / rawPerSecond).toFixed(0)}% of the raw SQL baseline (target ≥ 50%); runs raw ${rawRuns.map((value) => value.toFixed(0)).join(", ")}, core ${coreRuns.map((value) => value.toFixed(0)).join(", ")}`);
  const [, , counters, baseline] = results;
  console.log(`totals from counters vs SUM() over ${PLEDGES.toLocaleString("en")} pledges: ${(counters!.perSecond / baseline!.perSecond).toFixed(1)}× the throughput`);
}

async function startupAndIdle() {
  const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-bench-start-"));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: "warn" });
  const measureStart = async () => {
    const t0 = performance.now();
    const app = await startApp(config, logger);
    return { app, ms: performance.now() - t0 };
  };
  const fresh = await measureStart();
  await fresh.app.close();
  const existing = await measureStart();
  await existing.app.close();
  console.log(`\n## Start-up (in process: database, migrations, seed, core)`);
  console.log(`new data directory: ${fresh.ms.toFixed(0)} ms; existing data directory: ${existing.ms.toFixed(0)} ms`);

  // The bot process as `npm start` runs it (compiled, its flags): `npm run bench:runtime`.
  console.log("the bot process's RSS and spawn-to-first-reply, as npm start runs it: npm run bench:runtime");
  rmSync(dataDir, { recursive: true, force: true });
}

async function main() {
  console.log(`# Core benchmark: ${PLEDGES.toLocaleString("en")} pledges, ${ROUNDS} rounds per read command`);
  const embeddedDir = mkdtempSync(join(tmpdir(), "kpeduli-bench-pg-"));
  const embedded = await openDatabase({ dataDir: embeddedDir, logger, poolSize: CONCURRENCY });
  await benchTarget("embedded PostgreSQL 17", embedded);
  await embedded.close();
  rmSync(embeddedDir, { recursive: true, force: true });

  await withBenchDatabase("bench", { logger, poolSize: CONCURRENCY }, (server) => benchTarget(`PostgreSQL server (${new URL(BENCH_SERVER_URL).host})`, server));

  await startupAndIdle();
  rss.stop();
  console.log(`\npeak RSS of the benchmark process: ${mb(rss.peak())}`);
}

await main();
