import type { IncomingMessage, ServerResponse } from "node:http";
import type { WhatsAppAPI } from "whatsapp-api-js";
import type { PostData } from "whatsapp-api-js/types";
import { WhatsAppAPIError } from "whatsapp-api-js/errors";
import type { Logger } from "../../logger.js";
import { readBoundedBody, refuse, webhookRoute, type WebhookRoute } from "../http-server.js";
import { parseCloudApiPayload } from "./cloud-api-payload.js";

/** Meta's own upper bound for a webhook payload; anything larger is refused unread. */
const MAX_BODY_BYTES = 3 * 1024 * 1024;

/**
 * The Cloud API's webhook. GET answers Meta's verify handshake. POST is checked against
 * `X-Hub-Signature-256` before anything else reads it: a bad or missing signature gets 401 and
 * reaches nothing. A signed payload is handed to `record`, and Meta gets its 200 once `record`
 * resolves, that is once the call is durably recorded: handling comes after, so Meta never waits
 * for the bot to answer, and a crash after the 200 loses nothing. When `record` fails, Meta gets
 * a 500 and sends the call again.
 */
export function createCloudApiWebhook(options: {
  api: WhatsAppAPI;
  path: string;
  logger: Logger;
  /** Records the signed body and its parsed payload; resolves once the body is durable. */
  record: (body: string, data: PostData) => Promise<void>;
}): WebhookRoute {
  const { api, logger } = options;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === "GET") {
      const url = new URL(request.url ?? "/", "http://webhook");
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
      // Other fields (calls) are recorded and answered 200 too, so Meta stops resending what the bot does not use.
      await options.record(body, data);
      end(response, 200);
    } catch (error) {
      logger.error({ err: error }, "whatsapp webhook call could not be recorded");
      end(response, 500);
    }
  }

  function refuseUnsigned(request: IncomingMessage, response: ServerResponse): void {
    logger.warn({ remote: request.socket.remoteAddress }, "whatsapp webhook call with a bad signature refused");
    refuse(request, response, 401);
  }

  return webhookRoute({ path: options.path, name: "whatsapp webhook", logger, handle });
}

function end(response: ServerResponse, status: number, body?: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  response.end(body);
}
