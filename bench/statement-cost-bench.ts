// Where a flow step's time goes, statement by statement (issue 11): one transaction of five
// ProcessedMessage inserts, run sequentially on one connection, written five ways side by side
// in one run on the PostgreSQL server (BENCH_DATABASE_URL or TEST_DATABASE_URL):
//   - a Prisma model operation (`tx.processedMessage.create`) on the app's client (with its
//     change-feed `$extends` hook and the `$transaction` wrapper),
//   - the same on a bare PrismaClient over the same pool (no hook, no wrapper): the hook's cost,
//   - `tx.$executeRaw` on the app's client: Prisma without the query planner's model work,
//   - `sqlIn(tx)`: plain parameterised SQL on the transaction's own connection,
//   - hand-written BEGIN … COMMIT through `pg`: the floor.
// Each figure is microseconds of wall time per statement, and per empty transaction, at p50.
//
//   npm run bench:statements   (BENCH_STATEMENT_ROUNDS=1000 by default)
import { PrismaPg } from "@prisma/adapter-pg";
import { sqlIn, type DbClient } from "../src/db/database.js";
import { PrismaClient } from "../src/generated/prisma/client.js";
import { createLogger } from "../src/logger.js";
import { BENCH_SERVER_URL, withBenchDatabase } from "./support/bench-database.js";
import { percentile } from "./support/measure.js";

const ROUNDS = Number(process.env.BENCH_STATEMENT_ROUNDS ?? 1_000);
const STATEMENTS = 5;
const logger = createLogger({ level: "warn" });

async function perRound(run: (round: number) => Promise<unknown>): Promise<number> {
  for (let round = 0; round < 100; round++) await run(-round - 1); // warm-up
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    await run(round);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  return percentile(latencies, 50) * 1000;
}

await withBenchDatabase("statements", { logger, poolSize: 2 }, async ({ db }) => {
  const bare = new PrismaClient({ adapter: new PrismaPg(db.$pool) });
  const keys = (label: string, round: number) => Array.from({ length: STATEMENTS }, (_, index) => `${label}:${round}:${index}:${Math.random()}`);
  const emptyPrisma = await perRound(() => db.$transaction(async () => {}));
  const emptyPg = await perRound(async () => {
    const client = await db.$pool.connect();
    await client.query("BEGIN");
    await client.query("COMMIT");
    client.release();
  });
  const ways: Array<[string, (round: number) => Promise<unknown>]> = [
    ["Prisma model op (tx.processedMessage.create), app client", (round) => db.$transaction(async (tx) => { for (const key of keys("model", round)) await tx.processedMessage.create({ data: { key } }); })],
    ["Prisma model op, bare client (no $extends hook, no wrapper)", (round) => bare.$transaction(async (tx) => { for (const key of keys("bare", round)) await tx.processedMessage.create({ data: { key } }); })],
    ["tx.$executeRaw, app client", (round) => db.$transaction(async (tx) => { for (const key of keys("raw", round)) await tx.$executeRaw`INSERT INTO "ProcessedMessage" (key) VALUES (${key})`; })],
    ["sqlIn(tx): SQL on the transaction's own connection", (round) => db.$transaction(async (tx: DbClient) => { for (const key of keys("sql", round)) await sqlIn(tx).query(`INSERT INTO "ProcessedMessage" (key) VALUES ($1)`, [key]); })],
    ["pg: hand-written BEGIN … COMMIT", async (round) => {
      const client = await db.$pool.connect();
      try {
        await client.query("BEGIN");
        for (const key of keys("pg", round)) await client.query(`INSERT INTO "ProcessedMessage" (key) VALUES ($1)`, [key]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    }],
  ];
  console.log(`# Statement cost: ${ROUNDS} transactions of ${STATEMENTS} inserts each, sequential, on ${new URL(BENCH_SERVER_URL).host}`);
  console.log(`empty transaction, p50: Prisma ${emptyPrisma.toFixed(0)} µs, pg ${emptyPg.toFixed(0)} µs`);
  console.log("| way | µs per statement (p50, less the empty transaction) | × pg |\n| --- | --- | --- |");
  const results: Array<[string, number]> = [];
  for (const [label, run] of ways) {
    const empty = label.startsWith("pg") ? emptyPg : emptyPrisma;
    results.push([label, ((await perRound(run)) - empty) / STATEMENTS]);
  }
  const floor = results.at(-1)![1];
  for (const [label, micros] of results) console.log(`| ${label} | ${micros.toFixed(0)} | ${(micros / floor).toFixed(1)} |`);
  await bare.$disconnect();
});
