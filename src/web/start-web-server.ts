import { getRequestListener } from "@hono/node-server";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createWebApp } from "./web-app.js";
import type { WebDeps } from "./web-deps.js";

export interface WebServer {
  /** `http://host:port` as bound (port 0 picks a free one, as tests do). */
  url: string;
  stop(): Promise<void>;
}

/**
 * A platform's webhook on this server: its handler checks the platform's secret or signature and
 * bounds the body itself, on node's request, before Hono reads anything.
 */
export interface WebhookEndpoint {
  path: string;
  handle(request: IncomingMessage, response: ServerResponse): void;
}

/**
 * Webhooks are small and platforms send them at once; pages are small too. A client slower than
 * this is cut off instead of holding a socket (node checks every 30 s by default).
 */
const TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 20_000, connectionsCheckingInterval: 1_000 };

/** Serves the web app through @hono/node-server's request listener, and the chat platforms' webhooks, and resolves once it listens. */
export async function startWebServer(deps: WebDeps, listen: { host: string; port: number }, webhooks: readonly WebhookEndpoint[] = []): Promise<WebServer> {
  const app = createWebApp(deps);
  const byPath = new Map(webhooks.map((webhook) => [webhook.path, webhook]));
  const honoListener = getRequestListener(app.fetch, { hostname: listen.host });
  const server = createServer(TIMEOUTS, (request, response) => {
    const webhook = byPath.size > 0 ? byPath.get(new URL(request.url ?? "/", "http://localhost").pathname) : undefined;
    if (webhook) webhook.handle(request, response);
    else void honoListener(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen.port, listen.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(":") ? `[${listen.host}]` : listen.host;
  return {
    url: `http://${host}:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
