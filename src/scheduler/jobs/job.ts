import type { Translator } from "../../core/i18n/translator.js";
import type { Db } from "../../db/database.js";
import type { Schedule } from "../../generated/prisma/client.js";
import type { BroadcastInput } from "../../outbox/enqueue-broadcast.js";

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

/** A scheduled job only creates work: the broadcasts it returns are queued in the run's transaction. */
export type Job = (ctx: JobContext) => Promise<Omit<BroadcastInput, "sendAt" | "requestKey">[]>;
