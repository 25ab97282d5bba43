import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage as HttpRequest, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import type { Logger } from "../../logger.js";
import { readBoundedBody, refuse, webhookRoute, type WebhookRoute } from "../http-server.js";
import { readTelegramUpdate } from "./update-schema.js";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Telegram's updates are small; anything bigger is not from Telegram. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The HTTP end of webhook mode, served by the web server (and on a port of its own when one is
 * set). Telegram proves a request is its own with the secret we gave setWebhook; without it the
 * request gets 401 and reaches no handler. A body not shaped as an update gets 400 and never
 * reaches grammY. The answer waits for the update to be handled, so a crash mid-way makes
 * Telegram redeliver (and the core's dedupe makes that act once). Before the bot knows who it is
 * (getMe), updates get 503 and come again.
 */
export function createTelegramWebhook(deps: {
  secret: string;
  path: string;
  isReady(): boolean;
  handleUpdate(update: Update): Promise<void>;
  logger: Logger;
}): WebhookRoute {
  const expected = digest(deps.secret);
  const secretMatches = (header: string | string[] | undefined) =>
    typeof header === "string" && timingSafeEqual(digest(header), expected);

  async function handle(request: HttpRequest, response: ServerResponse): Promise<void> {
    const finish = (status: number) => void response.writeHead(status).end();
    if (request.method !== "POST") return refuse(request, response, 404);
    if (!secretMatches(request.headers[SECRET_HEADER])) {
      deps.logger.warn({ remote: request.socket.remoteAddress }, "telegram webhook call without the right secret refused");
      return refuse(request, response, 401);
    }
    if (!deps.isReady()) return refuse(request, response, 503);
    const body = await readBoundedBody(request, response, MAX_BODY_BYTES);
    if (body === undefined) return;
    const update = readTelegramUpdate(body);
    if (update === "bad") return finish(400);
    if (update === "ignored") return finish(200);
    try {
      await deps.handleUpdate(update);
      finish(200);
    } catch (error) {
      deps.logger.error({ err: error, updateId: update.update_id }, "telegram webhook update failed");
      finish(500);
    }
  }

  return webhookRoute({ path: deps.path, name: "telegram webhook", logger: deps.logger, handle });
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
