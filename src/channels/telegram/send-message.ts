import { GrammyError, HttpError, InputFile, type Api } from "grammy";
import type { OutgoingAttachment, OutgoingMessage } from "../../core/messages.js";
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

/** Telegram's limit on a photo's or document's caption; a longer text follows the file as its own message. */
const MAX_CAPTION_LENGTH = 1024;

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

  /** One Bot API call; a failure is logged, and a blocked bot marks the person unreachable. */
  async function attempt(chatId: string, call: () => Promise<unknown>): Promise<SendOutcome> {
    try {
      await call();
      return { ok: true };
    } catch (error) {
      const outcome = sendOutcomeOf(error);
      logger.warn({ chatId, reason: outcome.reason }, "telegram message not sent");
      if (outcome.permanent && isBlocked(error)) await markUnreachable(chatId);
      return outcome;
    }
  }

  const replyParameters = (options: DeliverOptions) =>
    options.replyTo === undefined ? {} : { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } };

  async function deliverParts(chatId: string, parts: TelegramText[], options: DeliverOptions = {}): Promise<SendOutcome> {
    for (const [index, part] of parts.entries()) {
      const outcome = await attempt(chatId, () =>
        api.sendMessage(chatId, part.text, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(part.reply_markup && { reply_markup: part.reply_markup }),
          ...(index === 0 && replyParameters(options)),
        }),
      );
      if (!outcome.ok) return outcome;
    }
    return { ok: true };
  }

  /** A photo (shown inline) or a document, uploaded from its bytes, with the text as caption when it fits. */
  function sendFile(chatId: string, attachment: OutgoingAttachment, caption: TelegramText | undefined, options: DeliverOptions) {
    const file = new InputFile(attachment.bytes, attachment.fileName);
    const extra = {
      ...(caption && { caption: caption.text, parse_mode: "HTML" as const }),
      ...(caption?.reply_markup && { reply_markup: caption.reply_markup }),
      ...replyParameters(options),
    };
    return attachment.kind === "photo" ? api.sendPhoto(chatId, file, extra) : api.sendDocument(chatId, file, extra);
  }

  async function deliver(chatId: string, message: OutgoingMessage, options: DeliverOptions = {}): Promise<SendOutcome> {
    const parts = renderMessage(message, deps.callbackData, deps.deepLink);
    const { attachment } = message;
    if (!attachment) return deliverParts(chatId, parts, options);
    const captioned = parts.length === 1 && message.text.length <= MAX_CAPTION_LENGTH;
    const sent = await attempt(chatId, () => sendFile(chatId, attachment, captioned ? parts[0] : undefined, options));
    if (!sent.ok || captioned) return sent;
    return deliverParts(chatId, parts);
  }

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
