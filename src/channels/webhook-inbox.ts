import type { Logger } from "../logger.js";

/** A recorded webhook call: its id in the inbox and the body exactly as the platform signed it. */
export interface InboxEntry {
  id: string;
  body: string;
}

/**
 * Where a channel records a verified webhook call before answering the platform, so a crash
 * after the answer cannot lose the call (implemented over the database, outside src/channels).
 * A call is held by the process that recorded or took it for a lease; one whose process died
 * before `done` is taken again when the lease lapses, by this process or another, never by two.
 */
export interface WebhookInbox {
  /** Resolves with the call's id once it is committed, held by this process. */
  record(body: string): Promise<string>;
  /** Takes up to `limit` calls no process holds (recorded by one that died), oldest first. */
  takePending(limit: number): Promise<InboxEntry[]>;
  /** The call is handled: forget it. */
  done(id: string): Promise<void>;
}

/** Calls taken per sweep; the next sweep takes more. */
const SWEEP_BATCH = 50;

/**
 * Handles what the inbox holds and nobody is handling: at once (calls left by a crash before
 * this start) and then every `intervalMs`. `handle` must be idempotent: a call taken again after
 * its handler died half-way is handled again (the core's message ids make it act once).
 */
export function startInboxSweep(options: {
  inbox: WebhookInbox;
  intervalMs: number;
  handle(entry: InboxEntry): Promise<void>;
  logger: Logger;
}): { stop(): Promise<void> } {
  let sweeping: Promise<void> = Promise.resolve();
  let stopped = false;

  async function sweep(): Promise<void> {
    while (!stopped) {
      const entries = await options.inbox.takePending(SWEEP_BATCH);
      if (entries.length > 0) options.logger.info({ calls: entries.length }, "webhook calls recorded before a crash are handled now");
      await Promise.all(entries.map((entry) => options.handle(entry)));
      if (entries.length < SWEEP_BATCH) return;
    }
  }

  const run = () => {
    sweeping = sweeping.then(sweep).catch((error: unknown) => options.logger.error({ err: error }, "webhook inbox sweep failed"));
  };
  run();
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await sweeping;
    },
  };
}
