import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { WhatsAppAPI } from "whatsapp-api-js";
import { WhatsAppAPIError } from "whatsapp-api-js/errors";
import type { Logger } from "../../logger.js";
import { close, createBoundedServer, listen, readBoundedBody, refuse } from "../http-server.js";
import { eventsOf, parseCloudApiPayload, type CloudWebhookEvents } from "./cloud-api-payload.js";

/** Meta's own upper bound for a webhook payload; anything larger is refused unread. */
const MAX_BODY_BYTES = 3 * 1024 * 1024;

export interface CloudApiWebhook {
  listen(): Promise<void>;
  close(): Promise<void>;
  /** `http://host:port/path`, once listening. */
  url(): string;
}

/**
 * The Cloud API's webhook over node:http. GET answers Meta's verify handshake. POST is checked
 * against `X-Hub-Signature-256` before anything else reads it: a bad or missing signature gets
 * 401 and reaches no handler. A good one is checked once and every message and status in it is
 * handed to `receive`, which must only start the slow work, so Meta gets its 200 fast. When
 * `receive` fails, Meta gets a 500 and sends the call again (handling is idempotent).
 */
export function createCloudApiWebhook(options: {
  api: WhatsAppAPI;
  host: string;
  port: number;
  path: string;
  logger: Logger;
  receive: (events: CloudWebhookEvents) => Promise<void>;
}): CloudApiWebhook {
  const { api, logger } = options;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://webhook");
    if (url.pathname !== options.path) return refuse(request, response, 404);
    if (request.method === "GET") {
      try {
        return end(response, 200, api.get(Object.fromEntries(url.searchParams) as Parameters<WhatsAppAPI["get"]>[0]));
      } catch (error) {
        return end(response, error instanceof WhatsAppAPIError ? error.httpStatus : 500);
      }
    }
    if (request.method !== "POST") return refuse(request, response, 405);

    // The signature covers the body, so it is checked after reading; a request without one costs nothing.
    const signature = request.headers["x-hub-signature-256"];
    if (typeof signature !== "string" || !signature.startsWith("sha256=")) return refuseUnsigned(request, response);
    const raw = await readBoundedBody(request, response, MAX_BODY_BYTES);
    if (raw === undefined) return;
    const body = raw.toString("utf8");
    if (!(await api.verifyRequestSignature(body, signature))) return refuseUnsigned(request, response);
    const data = parseCloudApiPayload(body);
    if (!data) return end(response, 400);
    try {
      // Other fields (calls) are answered 200 too, so Meta stops resending what the bot does not use.
      await options.receive(eventsOf(data));
      end(response, 200);
    } catch (error) {
      logger.error({ err: error }, "whatsapp webhook payload could not be handled");
      end(response, 500);
    }
  }

  function refuseUnsigned(request: IncomingMessage, response: ServerResponse): void {
    logger.warn({ remote: request.socket.remoteAddress }, "whatsapp webhook call with a bad signature refused");
    refuse(request, response, 401);
  }

  const server: Server = createBoundedServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, "whatsapp webhook failed");
      refuse(request, response, 500);
    });
  });

  return {
    listen: () => listen(server, options.port, options.host),
    close: () => close(server),
    url() {
      const address = server.address() as AddressInfo;
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      return `http://${host}:${address.port}${options.path}`;
    },
  };
}

function end(response: ServerResponse, status: number, body?: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  response.end(body);
}
