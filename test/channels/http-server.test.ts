import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { WhatsAppAPI } from "whatsapp-api-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { close, createBoundedServer, listen, serveWebhook } from "../../src/channels/http-server.js";
import { createTelegramWebhook } from "../../src/channels/telegram/webhook-server.js";
import { createCloudApiWebhook } from "../../src/channels/whatsapp/cloud-api-webhook.js";
import { createLogger } from "../../src/logger.js";
import { useTestBot } from "../support/test-bot.js";
import { useTestWebServer } from "../support/test-web-server.js";

const logger = createLogger({ level: "silent" });
const BODY = Buffer.alloc(3 * 1024 * 1024, "x");

/** POSTs the shared 3 MB body without a signature; resolves with the status, or "reset" if the connection was cut first. */
function postUnsigned(url: string): Promise<number | "reset"> {
  return new Promise((done) => {
    const request = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "content-length": BODY.length } });
    request.on("response", (response) => {
      response.resume();
      done(response.statusCode!);
    });
    request.on("error", () => done("reset"));
    request.end(BODY);
  });
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
    await Promise.all([postUnsigned(telegramUrl()), postUnsigned(whatsappUrl())]);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, index) => postUnsigned(index % 2 ? telegramUrl() : whatsappUrl())));
    const grownMb = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(statuses).toEqual(Array(40).fill(401));
    expect(grownMb).toBeLessThan(30);
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
