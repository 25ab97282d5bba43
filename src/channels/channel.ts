import type { ChannelName, OutgoingMessage } from "../core/messages.js";

/**
 * What a proactive send came to. `permanent` failures (blocked the bot, unknown number) must not
 * be retried; transient ones may be, after `retryAfterMs` when the platform said so.
 */
export type SendOutcome =
  | { ok: true }
  | { ok: false; permanent: boolean; reason: string; retryAfterMs?: number };

/** Sends a message to a chat without an incoming message to answer: the outbox's way out. */
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
}
