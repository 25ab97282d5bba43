import type { Writable } from "node:stream";
import type { ChannelSender } from "../channel.js";

/**
 * Proactive messages to console members (broadcasts, digests, reports), printed as "📣" lines,
 * so `npm start` without any chat platform still shows what the outbox sends and to whom.
 */
export function createConsoleSender(output: Writable): ChannelSender {
  return {
    channel: "console",
    async send(chatId, message) {
      output.write(`📣 console:${chatId}\n${message.text}\n\n`);
      return { ok: true };
    },
  };
}
