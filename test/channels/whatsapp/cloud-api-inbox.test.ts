import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Translator } from "../../../src/core/i18n/translator.js";
import { createWebhookInbox } from "../../../src/db/webhook-inbox.js";
import { spawnBot, type SpawnedBot } from "../../support/spawn-bot.js";
import { useTestBot } from "../../support/test-bot.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";
import { waitUntil } from "../../support/wait-until.js";
import { APP_SECRET, createCloudChannel } from "./support/cloud-harness.js";
import { metaJson, PHONE_NUMBER_ID, sign, textMessage } from "./support/cloud-payloads.js";
import { startFakeGraphApi, type FakeGraphApi } from "./support/fake-graph-api.js";

const subscribedPadi = new Translator("id").translate("id", "subscribed-one", { code: "PADI" });

function signedPost(url: string, payload: unknown): Promise<Response> {
  const body = metaJson(payload);
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": sign(body, APP_SECRET) }, body });
}

/** A transaction of the test's own holding a lock until `release`: what makes the bot wait at that table. */
async function holdLock(url: string, sql: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  await client.query(sql);
  return {
    async release() {
      await client.query("COMMIT");
      await client.end();
    },
  };
}

describe("the Cloud API webhook's inbox: 200 once the call is durable, handled after", () => {
  const bot = useTestBot();
  let graph: FakeGraphApi;
  beforeAll(async () => {
    graph = await startFakeGraphApi();
  });
  afterAll(() => graph.close());
  const inboxRows = () => bot.database.db.inboundWebhook.count();

  it("answers 200 only once the call's row is committed, then answers the person", async () => {
    const channel = createCloudChannel(bot, graph);
    await channel.start();
    try {
      // Nothing can be written to the inbox while this lock is held.
      const lock = await holdLock(bot.database.url, `LOCK TABLE "InboundWebhook" IN ACCESS EXCLUSIVE MODE`);
      let status: number | undefined;
      const answered = signedPost(channel.webhookUrl()!, textMessage({ from: "6281234573001", id: "wamid.DURABLE1", body: "/total" })).then((response) => (status = response.status));
      await new Promise((done) => setTimeout(done, 300));
      expect(status).toBeUndefined();
      expect(graph.requests.filter((request) => request.body.to === "6281234573001")).toHaveLength(0);
      await lock.release();
      expect(await answered).toBe(200);
      await waitUntil("the person is answered", () => graph.requests.some((request) => request.body.to === "6281234573001"));
      await channel.stop();
      expect(await inboxRows()).toBe(0);
    } finally {
      await channel.stop();
    }
  });

  it("answers 500 when the call cannot be recorded, and handles nothing of it", async () => {
    const failing = { record: async () => Promise.reject(new Error("database down")), takePending: async () => [], done: async () => {} };
    const channel = createCloudChannel(bot, graph, { inbox: failing });
    await channel.start();
    try {
      const response = await signedPost(channel.webhookUrl()!, textMessage({ from: "6281234573002", id: "wamid.UNRECORDED", body: "/subscribe PADI" }));
      expect(response.status).toBe(500);
      await channel.stop();
      expect(await bot.database.db.processedMessage.count({ where: { key: { contains: "wamid.UNRECORDED" } } })).toBe(0);
      expect(graph.requests.filter((request) => request.body.to === "6281234573002")).toHaveLength(0);
    } finally {
      await channel.stop();
    }
  });

  it("handles a call whose process died after the 200, once, even with two instances sweeping", async () => {
    // What a process that died right after its 200 leaves: the row, held by a lease that lapses.
    const dead = createWebhookInbox(bot.database.db, "whatsapp-cloud", { leaseMs: 50 });
    const body = metaJson(textMessage({ from: "6281234573003", id: "wamid.ORPHAN1", body: "/subscribe PADI" }));
    await dead.record(body);
    await dead.record(body); // Meta's redelivery of the same call, also answered 200 before the crash
    await new Promise((done) => setTimeout(done, 100));

    const instances = [createCloudChannel(bot, graph), createCloudChannel(bot, graph)];
    await Promise.all(instances.map((instance) => instance.start()));
    try {
      await waitUntil("the inbox is empty", async () => (await inboxRows()) === 0);
      await Promise.all(instances.map((instance) => instance.stop()));
      const replies = graph.requests.filter((request) => request.body.to === "6281234573003");
      expect(replies.map((request) => request.body.text?.body)).toEqual([subscribedPadi]);
      expect(await bot.database.db.subscription.count({ where: { member: { userId: "6281234573003" } } })).toBe(1);
    } finally {
      await Promise.all(instances.map((instance) => instance.stop()));
    }
  });

  it("answers a redelivered message once when both deliveries come in at the same moment", async () => {
    const channel = createCloudChannel(bot, graph);
    await channel.start();
    try {
      const payload = textMessage({ from: "6281234573004", id: "wamid.TWICE1", body: "/subscribe PADI" });
      const statuses = await Promise.all([signedPost(channel.webhookUrl()!, payload), signedPost(channel.webhookUrl()!, payload)]);
      expect(statuses.map((response) => response.status)).toEqual([200, 200]);
      await channel.stop();
      expect(graph.requests.filter((request) => request.body.to === "6281234573004")).toHaveLength(1);
      expect(await inboxRows()).toBe(0);
    } finally {
      await channel.stop();
    }
  });
});

describe("the bot killed with kill -9 after Meta had its 200", () => {
  const logFile = join(mkdtempSync(join(tmpdir(), "kpeduli-inbox-kill-")), "bot.log");
  let database: TestDatabase;
  let graph: FakeGraphApi;
  beforeAll(async () => {
    database = await createTestDatabase();
    graph = await startFakeGraphApi();
  });
  afterAll(async () => {
    await graph.close();
    await database.drop();
  });

  function start(): SpawnedBot {
    return spawnBot([], {
      DATABASE_URL: database.url,
      OUTBOX_ENABLED: "false",
      SCHEDULER_ENABLED: "false",
      WEB_ENABLED: "true",
      WEB_PORT: "0",
      WHATSAPP_CLOUD_TOKEN: "test-token",
      WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
      WHATSAPP_CLOUD_VERIFY_TOKEN: "verify-me",
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_CLOUD_GRAPH_URL: graph.url,
      WEBHOOK_INBOX_LEASE_SECONDS: "1",
      // The bot makes its log file private (0600): never point it at a shared file such as /dev/null.
      LOG_FILE: logFile,
    });
  }

  /** The web server's address, from the line the bot prints at start-up. */
  async function webhookUrlOf(bot: SpawnedBot): Promise<string> {
    await waitUntil("the web server listens", () => /Web pages at (http:\/\/\S+)\/c/.test(bot.errors()), 30_000);
    return `${/Web pages at (http:\/\/\S+)\/c/.exec(bot.errors())![1]}/whatsapp/webhook`;
  }

  it("handles the recorded call after the restart, and answers it once", async () => {
    const first = start();
    const url = await webhookUrlOf(first);
    // The bot can record the call but not act on it: its transaction waits at this lock.
    const lock = await holdLock(database.url, `LOCK TABLE "ProcessedMessage" IN ACCESS EXCLUSIVE MODE`);
    const response = await signedPost(url, textMessage({ from: "6281234573100", id: "wamid.KILLED1", body: "/subscribe PADI" }));
    expect(response.status).toBe(200);
    first.process.kill("SIGKILL");
    await first.exit;
    await lock.release();
    expect(await database.db.inboundWebhook.count()).toBe(1);
    expect(graph.requests).toHaveLength(0);

    const second = start();
    try {
      await waitUntil("the person is answered", () => graph.requests.length > 0, 20_000);
      await waitUntil("the inbox is empty", async () => (await database.db.inboundWebhook.count()) === 0, 20_000);
      // Another sweep comes and goes: nothing more is sent.
      await new Promise((done) => setTimeout(done, 1_500));
      expect(graph.requests.map((request) => [request.body.to, request.body.text?.body])).toEqual([["6281234573100", subscribedPadi]]);
      expect(await database.db.subscription.count({ where: { member: { userId: "6281234573100" } } })).toBe(1);
    } finally {
      second.process.kill("SIGTERM");
      await second.exit;
    }
  }, 60_000);
});
