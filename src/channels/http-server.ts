import type { AddressInfo } from "node:net";
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { Logger } from "../logger.js";

/** How long a client may take; a slow or stalled sender is cut off instead of holding a socket. */
export interface ServerTimeouts {
  /** For the request line and headers. */
  headersTimeoutMs: number;
  /** For the whole request, body included. */
  requestTimeoutMs: number;
}

/** Webhook bodies are small and platforms send them at once: anything slower is not a platform. */
export const WEBHOOK_TIMEOUTS: ServerTimeouts = { headersTimeoutMs: 10_000, requestTimeoutMs: 20_000 };

/** Scripts and styles from this server only (no inline ones), so injected markup cannot run. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];
const UNFRAMEABLE_POLICY = [...CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"].join("; ");
const FRAMEABLE_POLICY = [...CONTENT_SECURITY_POLICY, "frame-ancestors *"].join("; ");

/**
 * Sets the security headers on a response before its handler runs, so every response carries
 * them whatever writes it (a page, a streamed download, a webhook's answer, a refusal): CSP, no
 * framing except where `frameable` allows (clickjacking a dashboard button is then impossible),
 * no MIME sniffing, and no URL in the Referer to other sites (a sign-in link must never leak
 * through one). A handler may still set its own (a stored file's `sandbox`). Set on the Node
 * response, they cost @hono/node-server's light responses nothing.
 */
function setSecurityHeaders(response: ServerResponse, frameable: boolean): void {
  response.setHeader("Content-Security-Policy", frameable ? FRAMEABLE_POLICY : UNFRAMEABLE_POLICY);
  if (!frameable) response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("X-Content-Type-Options", "nosniff");
  // Full URLs only to this site itself. ("no-referrer" would also make Chromium send
  // `Origin: null` with our own forms, which the dashboard's Origin check refuses.)
  response.setHeader("Referrer-Policy", "same-origin");
}

/**
 * An HTTP server for the outside world: every request must arrive within `timeouts`, checked
 * every second (Node checks every 30 s by default, so a slow request would live that long), and
 * every response carries the security headers; `frameable` names the paths other sites may frame.
 */
export function createBoundedServer(
  handler: RequestListener,
  options: { timeouts?: ServerTimeouts; frameable?: (path: string) => boolean } = {},
): Server {
  const { timeouts = WEBHOOK_TIMEOUTS, frameable } = options;
  return createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
    },
    (request, response) => {
      setSecurityHeaders(response, frameable?.(pathOf(request)) ?? false);
      handler(request, response);
    },
  );
}

/**
 * Answers `status` and closes the connection without reading what is left of the body, so a
 * refused request costs no more than its headers. (Node would otherwise read and discard the
 * whole body to keep the connection alive.)
 */
export function refuse(request: IncomingMessage, response: ServerResponse, status: number): void {
  if (response.headersSent) return void request.destroy();
  response.shouldKeepAlive = false;
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  response.end(() => request.destroy());
}

/**
 * How many bytes of request bodies may be held at once, across every request and server: a bound
 * per body is not enough, as 250 bodies of 3 MB at once whose signature turns out wrong only once
 * read took 735 MB. Room for five of the largest Cloud API bodies, or hundreds of real ones (a few
 * kB each).
 */
const IN_FLIGHT_BODY_BYTES = 16 * 1024 * 1024;
let bodyBytesInFlight = 0;

/**
 * Reads a request's body into memory, but never more than `maxBytes`: a larger Content-Length is
 * refused with 413 before a byte is read, and a body that grows past the limit while streaming is
 * refused at that point. The body's size (its Content-Length, else `maxBytes`) counts against
 * `IN_FLIGHT_BODY_BYTES` until the request is answered; past that, the request gets 503 unread
 * and the platform sends it again. Resolves undefined once it has answered 413 or 503;
 * the caller answers anything else.
 */
export async function readBoundedBody(request: IncomingMessage, response: ServerResponse, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    refuse(request, response, 413);
    return undefined;
  }
  const reserved = Number.isFinite(declared) ? declared : maxBytes;
  if (bodyBytesInFlight + reserved > IN_FLIGHT_BODY_BYTES) {
    response.setHeader("Retry-After", "1");
    refuse(request, response, 503);
    return undefined;
  }
  bodyBytesInFlight += reserved;
  response.once("close", () => (bodyBytesInFlight -= reserved));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      refuse(request, response, 413);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * A webhook's HTTP end: the path it answers and its handler, which checks the platform's secret
 * or signature and bounds the body itself. The web server serves it; a port of its own is an option.
 */
export interface WebhookRoute {
  path: string;
  handle(request: IncomingMessage, response: ServerResponse): void;
}

/** Whether a request failed because its client went away: it hung up, or was cut off for being too slow. */
export function clientWentAway(request: IncomingMessage): boolean {
  return request.destroyed && !request.complete;
}

/**
 * Notes requests whose client went away mid-way (`kind` names where) as one warning a minute,
 * saying how many more there were since, with no stack: they are the clients' doing, not a fault
 * here, and 300 slowloris connections made 300 error lines with a stack each, burying what matters.
 */
export function createClientGoneLog(logger: Logger, kind: string, now: () => number = Date.now): () => void {
  let loggedAt = -Infinity;
  let notLogged = 0;
  return () => {
    const at = now();
    if (at - loggedAt < 60_000) {
      notLogged++;
      return;
    }
    logger.warn({ kind, moreSinceLastWarning: notLogged }, "clients went away mid-request (hung up, or too slow and cut off)");
    loggedAt = at;
    notLogged = 0;
  };
}

/**
 * A webhook route whose handler may fail: the request gets 500 and the failure is logged as an
 * error, unless its client went away, which is noted by `createClientGoneLog`.
 */
export function webhookRoute(options: {
  path: string;
  /** Names the webhook in the log ("telegram webhook"). */
  name: string;
  logger: Logger;
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}): WebhookRoute {
  const clientGone = createClientGoneLog(options.logger, options.name);
  return {
    path: options.path,
    handle(request, response) {
      options.handle(request, response).catch((error: unknown) => {
        if (clientWentAway(request)) clientGone();
        else options.logger.error({ err: error }, `${options.name} failed`);
        refuse(request, response, 500);
      });
    },
  };
}

export interface WebhookServer {
  listen(): Promise<void>;
  close(): Promise<void>;
  /** `http://host:port/path`, once listening (the public URL is the proxy's). */
  url(): string;
}

/** A server of its own for one webhook, on `host:port`: anything but its path gets 404. */
export function serveWebhook(route: WebhookRoute, host: string, port: number): WebhookServer {
  const server = createBoundedServer((request, response) => {
    if (pathOf(request) !== route.path) return refuse(request, response, 404);
    route.handle(request, response);
  });
  return {
    listen: () => listen(server, port, host),
    close: () => close(server),
    url() {
      const address = server.address() as AddressInfo;
      const bound = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return `http://${bound}:${address.port}${route.path}`;
    },
  };
}

/** The path of a request, without its query. */
export function pathOf(request: IncomingMessage): string {
  return new URL(request.url ?? "/", "http://localhost").pathname;
}

/** Starts listening, rejecting when the port is taken instead of emitting an unhandled error. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      done();
    });
  });
}

/** Stops accepting requests and lets keep-alive connections go, so shutdown does not hang. */
export function close(server: Server): Promise<void> {
  return new Promise((done) => {
    if (!server.listening) return done();
    server.close(() => done());
    server.closeIdleConnections();
  });
}
