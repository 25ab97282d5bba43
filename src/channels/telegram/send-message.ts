import { GrammyError, HttpError, type Api } from "grammy";
import type { OutgoingMessage } from "../../core/messages.js";
import type { Logger } from "../../logger.js";
import type { Recipients, SendOutcome } from "../channel.js";
import { renderMessage, type CallbackData, type DeepLink, type TelegramText } from "./render-message.js";

/** Sends core messages to Telegram and says what came of it, in the outbox's terms. */
export interface TelegramSender {
  /** A core message to a chat: rendered, split and sent in order; stops at the first failure. */
  deliver(chatId: string, message: OutgoingMessage, options?: DeliverOptions): Promise<SendOutcome>;
  /** A proactive message (the outbox, which has checked the person may be sent to). */
  send(chatId: string, message: OutgoingMessage): Promise<SendOutcome>;
  /** Records that a private chat's person blocked the bot, so nothing is tried again until they write. */
  markUnreachable(chatId: string): Promise<void>;
}

export interface DeliverOptions {
  /** In a group, the command the answer belongs to. */
  replyTo?: number;
}

export function createTelegramSender(deps: {
  api: Api;
  recipients: Pick<Recipients, "markUnreachable">;
  logger: Logger;
  clock: () => Date;
  callbackData: CallbackData;
  deepLink: DeepLink;
}): TelegramSender {
  const { api, logger } = deps;

  // In a private chat the chat id is the person's user id; group ids match no member.
  const markUnreachable = (chatId: string) => deps.recipients.markUnreachable(chatId, deps.clock());

  async function deliverParts(chatId: string, parts: TelegramText[], options: DeliverOptions = {}): Promise<SendOutcome> {
    for (const [index, part] of parts.entries()) {
      try {
        await api.sendMessage(chatId, part.text, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(part.reply_markup && { reply_markup: part.reply_markup }),
          ...(index === 0 && options.replyTo !== undefined && { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }),
        });
      } catch (error) {
        const outcome = sendOutcomeOf(error);
        logger.warn({ chatId, reason: outcome.reason }, "telegram message not sent");
        if (outcome.permanent && isBlocked(error)) await markUnreachable(chatId);
        return outcome;
      }
    }
    return { ok: true };
  }

  const deliver = (chatId: string, message: OutgoingMessage, options?: DeliverOptions) =>
    deliverParts(chatId, renderMessage(message, deps.callbackData, deps.deepLink), options);

  return { deliver, markUnreachable, send: (chatId, message) => deliver(chatId, message) };
}

/** 403: the person blocked the bot, or the bot was removed from the group. */
function isBlocked(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 403;
}

/**
 * What a failed Bot API call means for a retry. Auto-retry has already waited out short 429s
 * and 5xx; what reaches here is a rate limit it gave up on, a refusal, or the network.
 */
export function sendOutcomeOf(error: unknown): Extract<SendOutcome, { ok: false }> {
  if (error instanceof GrammyError) {
    const reason = `${error.error_code}: ${error.description}`;
    if (error.error_code === 429) {
      return { ok: false, permanent: false, reason: `rate limited (${reason})`, retryAfterMs: (error.parameters.retry_after ?? 1) * 1000 };
    }
    if (error.error_code >= 500) return { ok: false, permanent: false, reason: `Bot API error (${reason})` };
    if (error.error_code === 403) return { ok: false, permanent: true, reason: `blocked (${reason})` };
    return { ok: false, permanent: true, reason: `refused (${reason})` };
  }
  if (error instanceof HttpError) return { ok: false, permanent: false, reason: `Bot API unreachable: ${describeHttpError(error)}` };
  return { ok: false, permanent: false, reason: `unexpected error: ${String(error)}` };
}

/** The network cause behind grammY's HttpError (ECONNREFUSED, ENOTFOUND, ...), without the token-bearing URL. */
export function describeHttpError(error: HttpError): string {
  const cause = error.error as { code?: string; message?: string; cause?: { code?: string } } | undefined;
  return cause?.code ?? cause?.cause?.code ?? cause?.message ?? error.message;
}
