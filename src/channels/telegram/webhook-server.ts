import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage as HttpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";
import { close, listen } from "../http-server.js";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Telegram's updates are small; anything bigger is not from Telegram. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookServer {
  listen(): Promise<void>;
  close(): Promise<void>;
  /** Where it listens, e.g. http://127.0.0.1:3002/telegram (the public URL is the proxy's). */
  url(): string;
}

/**
 * The HTTP end of webhook mode. Telegram proves a request is its own with the secret we gave
 * setWebhook; without it the request gets 401 and reaches no handler. The answer waits for the
 * update to be handled, so a crash mid-way makes Telegram redeliver (and the core's dedupe makes
 * that act once). Before the bot knows who it is (getMe), updates get 503 and come again.
 */
export function createWebhookServer(deps: {
  secret: string;
  host: string;
  port: number;
  path: string;
  isReady(): boolean;
  handleUpdate(update: Update): Promise<void>;
  logger: Logger;
}): WebhookServer {
  const expected = digest(deps.secret);
  const secretMatches = (header: string | string[] | undefined) =>
    typeof header === "string" && timingSafeEqual(digest(header), expected);

  const server = createServer((request, response) => {
    const finish = (status: number) => response.writeHead(status).end();
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "POST" || path !== deps.path) return finish(404);
    if (!secretMatches(request.headers[SECRET_HEADER])) {
      deps.logger.warn({ remote: request.socket.remoteAddress }, "telegram webhook call without the right secret refused");
      request.resume();
      return finish(401);
    }
    if (!deps.isReady()) {
      request.resume();
      return finish(503);
    }
    readBody(request).then(
      async (body) => {
        let update: Update;
        try {
          update = JSON.parse(body) as Update;
        } catch {
          return finish(400);
        }
        try {
          await deps.handleUpdate(update);
          finish(200);
        } catch (error) {
          deps.logger.error({ err: error, updateId: update.update_id }, "telegram webhook update failed");
          finish(500);
        }
      },
      () => finish(413),
    );
  });

  return {
    listen: () => listen(server, deps.port, deps.host),
    close: () => close(server),
    url() {
      const { port } = server.address() as AddressInfo;
      return `http://${deps.host}:${port}${deps.path}`;
    },
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

function readBody(request: HttpRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.destroy();
        reject(new Error("body too large"));
      } else chunks.push(chunk);
    });
    request.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.once("error", reject);
  });
}
