import type { Translator } from "../../core/i18n/translator.js";
import type { Db } from "../../db/database.js";
import type { Schedule } from "../../generated/prisma/client.js";
import type { BroadcastInput } from "../../core/ports.js";
import type { DbTransaction } from "../../db/database.js";

export interface JobContext {
  /** For reading only: the run and its broadcasts are written together by the scheduler. */
  db: Db;
  translator: Translator;
  schedule: Schedule;
  /** The minute the run belongs to: its results depend on this, not on when it actually ran. */
  slot: Date;
  /** Staff identities from configuration (grants are read from the database). */
  staff: readonly string[];
}

/** A broadcast a job asks for; the run gives it its time and its idempotency key. */
export type JobBroadcast = Omit<BroadcastInput, "sendAt" | "requestKey">;

/**
 * What a run does: the broadcasts it queues, and for a job that changes something (closing
 * campaigns past their end), `apply`, which runs in the same transaction as the run's record.
 */
export interface JobOutput {
  broadcasts: JobBroadcast[];
  apply?: (tx: DbTransaction) => Promise<void>;
}

export type Job = (ctx: JobContext) => Promise<JobOutput>;
