import type { ChannelSender, SendOutcome } from "../../../src/channels/channel.js";
import type { ChannelName, OutgoingMessage } from "../../../src/core/messages.js";

export interface RecordedSend {
  chatId: string;
  text: string;
  /** performance.now() when the platform "received" it. */
  at: number;
}

/**
 * A chat platform faked at its edge: it records every send with a timestamp and answers what
 * the test scripts (ok by default).
 */
export function createFakeChannel(
  channel: ChannelName,
  answer: (chatId: string, message: OutgoingMessage, attempt: number) => SendOutcome = () => ({ ok: true }),
): ChannelSender & { sends: RecordedSend[]; attempts: Map<string, number> } {
  const sends: RecordedSend[] = [];
  const attempts = new Map<string, number>();
  return {
    channel,
    sends,
    attempts,
    async send(chatId, message) {
      const attempt = (attempts.get(chatId) ?? 0) + 1;
      attempts.set(chatId, attempt);
      const outcome = answer(chatId, message, attempt);
      if (outcome.ok) sends.push({ chatId, text: message.text, at: performance.now() });
      return outcome;
    },
  };
}

/** The most sends inside any window of `windowMs`, and how many sends broke `limit` in theirs. */
export function slidingWindowPeak(times: number[], windowMs: number, limit: number): { peak: number; overLimit: number } {
  const sorted = [...times].sort((a, b) => a - b);
  let start = 0;
  let peak = 0;
  let overLimit = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    const inWindow = end - start + 1;
    peak = Math.max(peak, inWindow);
    if (inWindow > limit) overLimit++;
  }
  return { peak, overLimit };
}
