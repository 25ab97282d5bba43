import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../src/core/i18n/translator.js";
import { createSenderLoop } from "../../src/outbox/sender-loop.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { adminQuery } from "../support/global-setup.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { waitUntil } from "../support/wait-until.js";
import { createFakeChannel } from "./support/fake-channel.js";
import { inject } from "vitest";

const translator = new Translator("id");

/** A logger whose lines the test reads back. */
function capturingLogger() {
  const lines: Array<{ msg: string; failures?: number }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString("utf8")) as { msg: string });
      done();
    },
  });
  return { lines, logger: pino({ level: "info" }, sink) };
}

/** The database refuses every connection, as a server that is down does; its open ones are cut. */
async function takeDown(database: TestDatabase) {
  const serverUrl = inject("serverUrl");
  await adminQuery(serverUrl, `ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS false`);
  await adminQuery(serverUrl, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database.name}'`);
}

async function bringBack(database: TestDatabase) {
  await adminQuery(inject("serverUrl"), `ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS true`);
}

describe("while the database is down, the outbox and the scheduler log once per backoff step", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await bringBack(database);
    await database.drop();
  });

  it("the outbox sender backs off (1 s, 2 s…) instead of logging every poll, and says when it works again", async () => {
    const { lines, logger } = capturingLogger();
    const loop = createSenderLoop(
      { db: database.db, senders: [createFakeChannel("console")], translator, defaultLocale: "id", logger, clock: () => new Date() },
      { pacing: {}, leaseMs: 30_000, maxAttempts: 3, quietHours: null, concurrency: 1, idlePollMs: 20 },
    );
    await takeDown(database);
    loop.start();
    await new Promise((done) => setTimeout(done, 2_500));
    const failed = lines.filter((line) => line.msg === "outbox round failed");
    // Failures at 0 s, 1 s and 3 s: the 1st and 2nd are logged in these 2.5 s. Polling every 20 ms logged ~100.
    expect(failed.map((line) => line.failures)).toEqual([1, 2]);

    await bringBack(database);
    await waitUntil("the outbox says it works again", () => lines.some((line) => line.msg === "outbox rounds work again"), 5_000);
    await loop.stop();
  });

  it("the scheduler logs the 1st, 2nd, 4th and 8th failed minute of ten, then that it works again", async () => {
    const { lines, logger } = capturingLogger();
    const scheduler = createScheduler({ db: database.db, translator, logger, staff: [] });
    await takeDown(database);
    const start = Date.UTC(2026, 10, 30, 2, 0);
    for (let minute = 0; minute < 10; minute++) await scheduler.runMinute(new Date(start + minute * 60_000));
    expect(lines.filter((line) => line.msg === "scheduler tick failed").map((line) => line.failures)).toEqual([1, 2, 4, 8]);

    await bringBack(database);
    await scheduler.runMinute(new Date(start + 10 * 60_000));
    expect(lines.filter((line) => line.msg === "scheduler ticks work again")).toMatchObject([{ failures: 10 }]);
  });
});
