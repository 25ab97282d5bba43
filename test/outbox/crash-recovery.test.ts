import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueBroadcast } from "../../src/outbox/enqueue-broadcast.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { insertSubscribers, waitUntilSettled } from "./support/outbox-fixtures.js";
import { waitUntil } from "../support/wait-until.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RECIPIENTS = 400;

function startSender(env: Record<string, string>): ChildProcess & { exited: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", "test/outbox/support/sender-process.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return Object.assign(child, { exited: new Promise<void>((done) => child.on("exit", () => done())) });
}

function sentLines(file: string): string[] {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => line.split(" ")[0]!) : [];
}

describe("a sender killed with kill -9 mid-broadcast", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("picks up where it stopped after a restart: nobody skipped, at most the one in-flight message twice", async () => {
    await insertSubscribers(database.db, { channel: "console", count: RECIPIENTS, prefix: "crash-" });
    const broadcast = await enqueueBroadcast(database.db, {
      kind: "staff",
      audience: "all_subscribers",
      texts: { id: "Halo" },
      sendAt: new Date(),
      requestKey: "crash",
    });
    const file = join(mkdtempSync(join(tmpdir(), "kpeduli-crash-")), "sends.txt");
    const env = { DATABASE_URL: database.url, SENDS_FILE: file, SENDER_GAP_MS: "10", SENDER_LEASE_MS: "1500" };

    const first = startSender(env);
    await waitUntil("the first sender has sent 120 messages", () => sentLines(file).length >= 120, 60_000);
    first.kill("SIGKILL");
    await first.exited;
    const beforeRestart = sentLines(file).length;
    expect(beforeRestart).toBeLessThan(RECIPIENTS);

    const second = startSender(env);
    try {
      await waitUntilSettled(database.db, [broadcast.id], 90_000);
    } finally {
      second.kill("SIGTERM");
      await second.exited;
    }

    const lines = sentLines(file);
    const unique = new Set(lines);
    expect(unique.size).toBe(RECIPIENTS);
    // The single documented exception: the message in flight at the kill (sent, not yet recorded).
    expect(lines.length - unique.size).toBeLessThanOrEqual(1);
    expect(await database.db.delivery.count({ where: { broadcastId: broadcast.id, status: "sent" } })).toBe(RECIPIENTS);
  }, 180_000);
});
