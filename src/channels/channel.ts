import type { LocaleCode } from "../core/i18n/translator.js";
import type { ChannelName, OutgoingMessage } from "../core/messages.js";
import type { ProgressDisplay } from "../core/ports.js";
import type { WebhookRoute } from "./http-server.js";

/**
 * What a proactive send came to. `permanent` failures (blocked the bot, unknown number) must not
 * be retried; transient ones may be, after `retryAfterMs` when the platform said so. A platform
 * that reports delivery later gives the ids of the messages it accepted.
 */
export type SendOutcome =
  | { ok: true; platformMessageIds?: string[] }
  | { ok: false; permanent: boolean; reason: string; retryAfterMs?: number };

/**
 * A platform that accepts a message and says minutes later that it failed (WhatsApp's Cloud API
 * `failed` status) tells the outbox here, so a failed send is not counted as sent.
 */
export interface LateDeliveryFailures {
  /**
   * `retry`: the delivery goes out again (the channel now knows how, e.g. as a template);
   * otherwise it counts as failed with `reason`. False when no outbox delivery sent that message.
   */
  report(channel: ChannelName, platformMessageId: string, failure: { reason: string; retry: boolean }): Promise<boolean>;
}

/**
 * Sends a message to a chat without an incoming message to answer: the outbox's way out, after
 * it checked that the person may be sent to (not opted out, unsubscribed or unreachable).
 */
export interface ChannelSender {
  readonly channel: ChannelName;
  send(chatId: string, message: OutgoingMessage): Promise<SendOutcome>;
}

/**
 * A chat platform: turns its events into `IncomingMessage` for the core and renders replies.
 * `start` must not reject because the platform is unreachable; it logs and retries on its own,
 * so the other channels keep running.
 */
export interface ChannelAdapter extends ChannelSender {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Where the platform can pin a message and edit it: live progress (`/pin`) on this channel. */
  readonly progressDisplay?: ProgressDisplay;
  /** The platform's webhook, when it posts to the bot: the web server serves it. */
  readonly webhook?: WebhookRoute;
}

export interface Recipient {
  locale: LocaleCode | null;
}

/**
 * The people of one channel as its sends need them: their language (for a channel's own words
 * around the core's text), and a person found unreachable (blocked the bot, a number not on
 * WhatsApp), marked so the outbox does not try them again until they write. Whether a person
 * may be sent to at all is the outbox's check at send time (deliver-one.ts), not the channel's.
 */
export interface Recipients {
  find(userId: string): Promise<Recipient | null>;
  markUnreachable(userId: string, now: Date): Promise<void>;
}
