// A sender loop in a process of its own, for the crash test and the benchmark: its fake platform
// appends "chatId wallClockMs" to SENDS_FILE synchronously before answering, so a kill -9 at any
// moment leaves on disk exactly what the platform received.
import { appendFileSync } from "node:fs";
import { Translator } from "../../../src/core/i18n/translator.js";
import { createPrismaClient } from "../../../src/db/database.js";
import { createLogger } from "../../../src/logger.js";
import { createSenderLoop } from "../../../src/outbox/sender-loop.js";

const env = process.env;
const db = createPrismaClient(env.DATABASE_URL!);
const channel = (env.SENDER_CHANNEL ?? "console") as "console" | "telegram";
const gapMs = Number(env.SENDER_GAP_MS ?? 0);
const loop = createSenderLoop(
  {
    db,
    senders: [
      {
        channel,
        async send(chatId) {
          appendFileSync(env.SENDS_FILE!, `${chatId} ${(performance.timeOrigin + performance.now()).toFixed(3)}\n`);
          return { ok: true };
        },
      },
    ],
    translator: new Translator("id"),
    defaultLocale: "id",
    logger: createLogger({ level: "silent" }),
    clock: () => new Date(),
  },
  {
    pacing: { [channel]: { gapMs, perChatGapMs: 0 } },
    leaseMs: Number(env.SENDER_LEASE_MS ?? 30_000),
    maxAttempts: 5,
    quietHours: null,
    concurrency: 1,
    idlePollMs: 200,
  },
);
loop.start();
process.stdout.write("sender ready\n");
process.on("SIGTERM", () => {
  void loop.stop().then(() => db.$disconnect()).then(() => process.exit(0));
});
