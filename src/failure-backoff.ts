/** Waits after 1, 2, 3, 4 and 5+ failures in a row. */
const RETRY_STEPS_MS = [1_000, 2_000, 5_000, 15_000, 30_000] as const;
/** Past this many failures in a row, one in this many is logged: the log keeps saying it is still down. */
const LOG_EVERY_AT_MOST = 64;

export interface FailureBackoff {
  /**
   * Counts a failure. `retryInMs` is how long to wait before trying again; `log` is true for the
   * 1st, 2nd, 4th, 8th… failure in a row, so an outage logs a handful of lines, not one per round.
   */
  failed(): { retryInMs: number; log: boolean; failures: number };
  /** Counts a success; how many failures in a row it ends, so the recovery is logged once. */
  succeeded(): number;
}

/**
 * Backoff for loops that keep working while the database is away (the outbox, the scheduler, the
 * embedded server's supervisor): they retry less often and log less often the longer it lasts.
 */
export function createFailureBackoff(): FailureBackoff {
  let failures = 0;
  return {
    failed() {
      failures++;
      const retryInMs = RETRY_STEPS_MS[Math.min(failures, RETRY_STEPS_MS.length) - 1]!;
      const log = (failures & (failures - 1)) === 0 || failures % LOG_EVERY_AT_MOST === 0;
      return { retryInMs, log, failures };
    },
    succeeded() {
      const ended = failures;
      failures = 0;
      return ended;
    },
  };
}
