import { jakartaToday, nextJakartaMidnight } from "../../core/jakarta-time.js";
import type { DailySendCounter } from "./whatsapp-stores.js";


export interface SendPacerOptions {
  /** Least time between two proactive messages. */
  minGapMs: number;
  /** Up to this much more, at random, so the sends do not tick like a machine. */
  jitterMs: number;
  /** Most proactive messages per day. */
  dailyCap: number;
  /** Where the day's count is kept: in the database, so a restart does not start the day again. */
  counter: DailySendCounter;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
}

export type PacerSlot = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Paces proactive sends: WhatsApp bans numbers that bulk-message, so each send waits for its
 * slot (minimum gap plus jitter after the previous one) and the day's cap is never passed, not
 * even by restarting. Replies to a person who just wrote are not paced.
 */
export interface SendPacer {
  /** Waits for the next slot; or, when today's cap is used up, says when tomorrow starts. */
  acquire(): Promise<PacerSlot>;
}

export function createSendPacer(options: SendPacerOptions): SendPacer {
  const random = options.random ?? Math.random;
  let nextSlotAt = 0;

  return {
    async acquire() {
      // Daily caps reset at midnight in Jakarta, the partners' day.
      const now = new Date(options.clock());
      if (!(await options.counter.take(jakartaToday(now), options.dailyCap))) {
        return { ok: false, retryAfterMs: nextJakartaMidnight(now).getTime() - now.getTime() };
      }
      // Reserve the slot before sleeping, so concurrent callers line up instead of bunching.
      const slotNow = options.clock();
      const slotAt = Math.max(slotNow, nextSlotAt);
      nextSlotAt = slotAt + options.minGapMs + Math.round(random() * options.jitterMs);
      if (slotAt > slotNow) await options.sleep(slotAt - slotNow);
      return { ok: true };
    },
  };
}
