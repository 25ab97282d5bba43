import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createWebApp } from "./web-app.js";
import type { WebDeps } from "./web-deps.js";

export interface WebServer {
  /** `http://host:port` as bound (port 0 picks a free one, as tests do). */
  url: string;
  stop(): Promise<void>;
}

/** Serves the web app with @hono/node-server and resolves once it listens. */
export async function startWebServer(deps: WebDeps, listen: { host: string; port: number }): Promise<WebServer> {
  const app = createWebApp(deps);
  const server = await new Promise<ServerType>((resolve, reject) => {
    const started: ServerType = serve({ fetch: app.fetch, hostname: listen.host, port: listen.port }, () => resolve(started));
    started.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(":") ? `[${listen.host}]` : listen.host;
  return {
    url: `http://${host}:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
