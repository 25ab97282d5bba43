import type { Writable } from "node:stream";
import type { ChannelSender } from "../channel.js";
import { renderWithFile } from "./console-chat.js";

/**
 * Proactive messages to the person at this console (notifications, broadcasts, reports), printed
 * as "📣" lines with their choices numbered, so `npm start` without any chat platform shows what
 * the outbox sends; a file is saved under `filesDir` and named on a `📎` line. Typing a number then picks from them, as in the chat.
 */
export function createConsoleSender(output: Writable, filesDir: string): ChannelSender {
  return {
    channel: "console",
    async send(chatId, message) {
      output.write(`📣 console:${chatId}\n${await renderWithFile(message, [], filesDir)}\n\n`);
      return { ok: true };
    },
  };
}
