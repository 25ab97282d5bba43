import { request as httpRequest } from "node:http";
import { once } from "node:events";
import { connect } from "node:net";
import { Worker } from "node:worker_threads";
import { WhatsAppAPI } from "whatsapp-api-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { close, createBoundedServer, createClientGoneLog, listen, serveWebhook, type WebhookRoute } from "../../src/channels/http-server.js";
import { createTelegramWebhook } from "../../src/channels/telegram/webhook-server.js";
import { createCloudApiWebhook } from "../../src/channels/whatsapp/cloud-api-webhook.js";
import { createLogger } from "../../src/logger.js";
import { useTestBot } from "../support/test-bot.js";
import { useTestWebServer } from "../support/test-web-server.js";
import { waitUntil } from "../support/wait-until.js";

const logger = createLogger({ level: "silent" });
const BODY = Buffer.alloc(3 * 1024 * 1024, "x");

/** POSTs the shared 3 MB body; resolves with the status, or "reset" if the connection was cut first. */
function postBody(url: string, headers: Record<string, string> = {}): Promise<number | "reset"> {
  return new Promise((done) => {
    const request = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "content-length": BODY.length, ...headers } });
    request.on("response", (response) => {
      response.resume();
      done(response.statusCode!);
    });
    request.on("error", () => done("reset"));
    request.end(BODY);
  });
}

/** POSTs `count` 3 MB bodies at once from a worker thread; resolves with their statuses. */
async function floodFromAnotherThread(url: string, count: number, headers: Record<string, string>): Promise<Array<number | "reset">> {
  const worker = new Worker(
    `const { request } = require("node:http");
    const { workerData, parentPort } = require("node:worker_threads");
    const body = Buffer.alloc(3 * 1024 * 1024, "x");
    const post = () => new Promise((done) => {
      const sent = request(workerData.url, { method: "POST", headers: { "content-type": "application/json", "content-length": body.length, ...workerData.headers } });
      sent.on("response", (response) => { response.resume(); done(response.statusCode); });
      sent.on("error", () => done("reset"));
      sent.end(body);
    });
    Promise.all(Array.from({ length: workerData.count }, post)).then((statuses) => parentPort.postMessage(statuses));`,
    { eval: true, workerData: { url, count, headers } },
  );
  try {
    const [statuses] = (await once(worker, "message")) as [Array<number | "reset">];
    return statuses;
  } finally {
    await worker.terminate();
  }
}

const telegramHook = createTelegramWebhook({ secret: "s3cret", path: "/tg", isReady: () => true, handleUpdate: async () => {}, logger });
const whatsappHook = createCloudApiWebhook({
  api: new WhatsAppAPI({ token: "t", appSecret: "app-secret", webhookVerifyToken: "v", v: "v24.0" }),
  path: "/wa",
  logger,
  record: async () => {
    throw new Error("nothing unsigned may reach the channel");
  },
});

describe.each(["their own ports", "the web server"] as const)("webhooks on %s under unauthenticated load", (on) => {
  const ownPorts = [serveWebhook(telegramHook, "127.0.0.1", 0), serveWebhook(whatsappHook, "127.0.0.1", 0)] as const;
  const web = on === "the web server" ? useTestWebServer(useTestBot({ seed: false }), () => [telegramHook, whatsappHook]) : undefined;
  const telegramUrl = () => web?.url("/tg") ?? ownPorts[0].url();
  const whatsappUrl = () => web?.url("/wa") ?? ownPorts[1].url();
  beforeAll(() => Promise.all(ownPorts.map((server) => server.listen())));
  afterAll(() => Promise.all(ownPorts.map((server) => server.close())));

  it("answers 40 concurrent unsigned 3 MB POSTs with 401 without reading them: RSS grows by less than 30 MB", async () => {
    // Warm up both paths once, so what is measured is the cost of the requests, not of loading code.
    await Promise.all([postBody(telegramUrl()), postBody(whatsappUrl())]);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, index) => postBody(index % 2 ? telegramUrl() : whatsappUrl())));
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(statuses).toEqual(Array(40).fill(401));
    expect(grownMb).toBeLessThan(30);
  });
});

describe.each(["their own ports", "the web server"] as const)("the Cloud API webhook on %s under a flood of well-formed, wrong signatures", (on) => {
  const ownPort = serveWebhook(whatsappHook, "127.0.0.1", 0);
  const web = on === "the web server" ? useTestWebServer(useTestBot({ seed: false }), () => [whatsappHook]) : undefined;
  const url = () => web?.url("/wa") ?? ownPort.url();
  beforeAll(() => ownPort.listen());
  afterAll(() => ownPort.close());

  it("reads only a bounded number of 3 MB bodies at once across requests: 100 at once hold under 60 MB", async () => {
    // The signature covers the body, so a wrong one is known only once the body is read.
    const wrong = { "x-hub-signature-256": `sha256=${"0".repeat(64)}` };
    expect(await postBody(url(), wrong)).toBe(401);
    // What this thread holds (heap and buffers), not RSS: the allocator keeps freed pages, and the
    // flood comes from another thread, as fast as a client elsewhere would send it.
    const inUse = () => {
      const { heapUsed, external } = process.memoryUsage();
      return heapUsed + external;
    };
    const before = inUse();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, inUse())), 5);
    const statuses = await floodFromAnotherThread(url(), 100, wrong);
    clearInterval(sampler);
    const peakMb = Math.round((peak - before) / 1024 / 1024);
    console.info(`Cloud API webhook on ${on}, 100 wrongly signed 3 MB bodies at once: peak heap and buffers +${peakMb} MB`);
    // Those read get 401; the others are turned away unread with 503, and Meta sends them again.
    expect(statuses.every((status) => status === 401 || status === 503 || status === "reset"), String(statuses)).toBe(true);
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThan(0);
    expect(peakMb).toBeLessThan(60);
    // Once the flood is over, a body is read again.
    expect(await postBody(url(), wrong)).toBe(401);
  });
});

describe("webhook servers and slow clients", () => {
  it("cuts off a client that sends its headers too slowly", async () => {
    const server = createBoundedServer((_request, response) => response.end("ok"), { timeouts: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    await listen(server, 0, "127.0.0.1");
    const { port } = server.address() as { port: number };
    try {
      const started = Date.now();
      const socket = connect(port, "127.0.0.1");
      socket.write("POST / HTTP/1.1\r\nHost: x\r\n"); // never finishes its headers
      let reply = "";
      socket.setEncoding("utf8").on("data", (chunk: string) => (reply += chunk));
      await new Promise((done) => socket.once("close", done));
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await close(server);
    }
  });

  it("cuts off a client that trickles its body", async () => {
    const server = createBoundedServer((request, response) => void request.resume().on("end", () => response.end("ok")), { timeouts: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    await listen(server, 0, "127.0.0.1");
    const { port } = server.address() as { port: number };
    try {
      const started = Date.now();
      const socket = connect(port, "127.0.0.1");
      socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n");
      const trickle = setInterval(() => socket.write("x"), 100);
      socket.on("error", () => {}); // the server hangs up mid-write: that is the point
      await new Promise((done) => socket.once("close", done));
      clearInterval(trickle);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await close(server);
    }
  });
});

/** A logger that keeps its lines, with the bot's own redaction and serializers. */
function keptLogger() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, logger: createLogger({ level: "info", destination: { write: (line: string) => void lines.push(JSON.parse(line)) } }) };
}

/** Starts a POST with the webhook's credentials and part of its body, and returns the socket to hang up or trickle on. */
function startPost(url: string, headers: string) {
  const { hostname, port, pathname } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on("error", () => {}); // the server hangs up on a trickler: that is the point
  socket.write(`POST ${pathname} HTTP/1.1\r\nHost: x\r\n${headers}Content-Length: 1000\r\n\r\n{"upd`);
  return socket;
}

describe.each(["their own ports", "the web server"] as const)("webhooks on %s when clients go away mid-request", (on) => {
  const { lines, logger } = keptLogger();
  const telegram = createTelegramWebhook({ secret: "s3cret", path: "/tg", isReady: () => true, handleUpdate: async () => {}, logger });
  const whatsapp = createCloudApiWebhook({
    api: new WhatsAppAPI({ token: "t", appSecret: "app-secret", webhookVerifyToken: "v", v: "v24.0" }),
    path: "/wa",
    logger,
    record: async () => {},
  });
  const ownPorts = [serveWebhook(telegram, "127.0.0.1", 0), serveWebhook(whatsapp, "127.0.0.1", 0)] as const;
  const web = on === "the web server" ? useTestWebServer(useTestBot({ seed: false }), () => [telegram, whatsapp]) : undefined;
  beforeAll(() => Promise.all(ownPorts.map((server) => server.listen())));
  afterAll(() => Promise.all(ownPorts.map((server) => server.close())));

  it("notes 60 hang-ups as one warning per webhook, without a stack, and keeps serving", async () => {
    const urls = { telegram: web?.url("/tg") ?? ownPorts[0].url(), whatsapp: web?.url("/wa") ?? ownPorts[1].url() };
    const sockets = Array.from({ length: 30 }, () => [
      startPost(urls.telegram, "x-telegram-bot-api-secret-token: s3cret\r\n"),
      startPost(urls.whatsapp, `x-hub-signature-256: sha256=${"0".repeat(64)}\r\n`),
    ]).flat();
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const socket of sockets) socket.destroy();
    await waitUntil("both webhooks note it", () => lines.filter((line) => line.level === 40).length >= 2);
    // Whatever is left of the hang-ups is handled by the time a new request is answered.
    expect((await fetch(urls.telegram, { method: "POST", headers: { "x-telegram-bot-api-secret-token": "s3cret" }, body: '{"update_id":1}' })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const noted = lines.map(({ level, kind, msg, err }) => ({ level, kind, msg, err })).sort((a, b) => String(a.kind).localeCompare(String(b.kind)));
    expect(noted).toEqual(
      ["telegram webhook", "whatsapp webhook"].map((kind) => ({ level: 40, kind, msg: "clients went away mid-request (hung up, or too slow and cut off)", err: undefined })),
    );
  });
});

describe("webhook servers and clients too slow for them", () => {
  it("note the clients they cut off as one warning, not an error each", async () => {
    const { lines, logger } = keptLogger();
    const route: WebhookRoute = createTelegramWebhook({ secret: "s3cret", path: "/tg", isReady: () => true, handleUpdate: async () => {}, logger });
    const server = createBoundedServer((request, response) => route.handle(request, response), { timeouts: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    await listen(server, 0, "127.0.0.1");
    const { port } = server.address() as { port: number };
    try {
      const sockets = Array.from({ length: 10 }, () => startPost(`http://127.0.0.1:${port}/tg`, "x-telegram-bot-api-secret-token: s3cret\r\n"));
      const trickle = setInterval(() => sockets.forEach((socket) => socket.writable && socket.write("x")), 100);
      await Promise.all(sockets.map((socket) => new Promise((done) => socket.once("close", done))));
      clearInterval(trickle);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(lines.map(({ level, kind }) => ({ level, kind }))).toEqual([{ level: 40, kind: "telegram webhook" }]);
    } finally {
      await close(server);
    }
  });

  it("warn again a minute later, saying how many more went away meanwhile", () => {
    const { lines, logger } = keptLogger();
    let now = 0;
    const clientGone = createClientGoneLog(logger, "web", () => now);
    for (const at of [0, 1_000, 30_000, 59_999, 60_000, 61_000]) {
      now = at;
      clientGone();
    }
    expect(lines.map(({ kind, moreSinceLastWarning }) => ({ kind, moreSinceLastWarning }))).toEqual([
      { kind: "web", moreSinceLastWarning: 0 },
      { kind: "web", moreSinceLastWarning: 3 },
    ]);
  });
});
