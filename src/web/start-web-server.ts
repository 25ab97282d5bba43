import { getRequestListener } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createBoundedServer, listen as listenOn, pathOf, type WebhookRoute } from "../channels/http-server.js";
import { createWebApp } from "./web-app.js";
import type { WebDeps } from "./web-deps.js";

export interface WebServer {
  /** `http://host:port` as bound (port 0 picks a free one, as tests do). */
  url: string;
  stop(): Promise<void>;
}

/** The only page other sites may put in a frame: the small progress widget. */
function isFrameable(path: string): boolean {
  return /^\/c\/[A-Za-z0-9]{2,12}\/embed$/.test(path);
}

/** Serves the web app through @hono/node-server's request listener, and the chat platforms' webhooks, and resolves once it listens. */
export async function startWebServer(deps: WebDeps, listen: { host: string; port: number }, webhooks: readonly WebhookRoute[] = []): Promise<WebServer> {
  const app = createWebApp(deps);
  const byPath = new Map(webhooks.map((webhook) => [webhook.path, webhook]));
  const honoListener = getRequestListener(app.fetch, { hostname: listen.host });
  // Webhooks and pages are small: a client slower than the webhooks' bounds is cut off.
  const server = createBoundedServer((request, response) => {
    const webhook = byPath.size > 0 ? byPath.get(pathOf(request)) : undefined;
    if (webhook) webhook.handle(request, response);
    else void honoListener(request, response);
  }, { frameable: isFrameable });
  await listenOn(server, listen.port, listen.host);
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(":") ? `[${listen.host}]` : listen.host;
  return {
    url: `http://${host}:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
