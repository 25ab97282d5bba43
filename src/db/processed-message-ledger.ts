import { LRUCache } from "lru-cache";
import type { Db } from "./database.js";
import { groupCommit } from "./group-commit.js";

/** How many of the newest ids a process remembers, and loads back when it starts. */
const REMEMBERED_IDS = 20_000;

export interface Delivery {
  /**
   * What memory tells at once: a repeat (seen by this process, or among the newest ids recorded
   * before it started), a first delivery, or nothing yet while those ids are still loading.
   */
  known: "repeat" | "first" | "unsure";
  /** The durable verdict: true once the id is recorded for the first time, false for a redelivery. */
  recorded: Promise<boolean>;
}

export interface ProcessedMessageLedger {
  /** What memory tells of an id without recording it. */
  known(key: string): Delivery["known"];
  /** Records a message id; see `Delivery` for the two verdicts. */
  record(key: string): Delivery;
  /** Remembers an id that was recorded elsewhere (inside the transaction that acted on it). */
  remember(key: string): void;
}

/**
 * The record of handled message ids that stops a redelivered message from acting twice.
 *
 * - Every id is written to `ProcessedMessage`. Ids that arrive together are written in one
 *   INSERT (a group commit, see group-commit.ts). It runs on every message, so it goes to the pool directly rather
 *   than through Prisma's query planner.
 * - The newest ids are also kept in memory, and loaded back at start-up. A platform redelivers
 *   what it sent just before a crash, so those are the ids its redeliveries carry, and a
 *   redelivery is recognised without waiting for the database.
 */
export function createProcessedMessageLedger(db: Db): ProcessedMessageLedger {
  const remembered = new LRUCache<string, true>({ max: REMEMBERED_IDS });
  let memoryComplete = false;
  // The ids recorded before this process started; writes wait for them, so none is missed.
  const loaded = db.$pool
    .query<{ key: string }>(`SELECT "key" FROM "ProcessedMessage" ORDER BY "createdAt" DESC LIMIT $1`, [REMEMBERED_IDS])
    .then(
      ({ rows }) => {
        for (const { key } of rows.reverse()) if (!remembered.has(key)) remembered.set(key, true);
        memoryComplete = true;
      },
      () => undefined, // the INSERT below reports a database that is down
    );
  const insert = groupCommit<string, boolean>(async (keys) => {
    await loaded;
    const inserted = await db.$pool.query<{ key: string }>(
      `INSERT INTO "ProcessedMessage" ("key") SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING "key"`,
      [[...new Set(keys)]],
    );
    const firstTime = new Set(inserted.rows.map((row) => row.key));
    // The same id twice in one batch: only the first of them is a first delivery.
    return keys.map((key) => firstTime.delete(key));
  });

  return {
    known: (key) => (remembered.has(key) ? "repeat" : memoryComplete ? "first" : "unsure"),
    remember: (key) => void remembered.set(key, true),
    record(key) {
      const repeat = remembered.has(key);
      remembered.set(key, true);
      const recorded = repeat
        ? Promise.resolve(false)
        : insert(key).catch((error: unknown) => {
            // Not recorded, so not handled: a redelivery must be free to try again.
            remembered.delete(key);
            throw error;
          });
      // Whoever goes ahead without the verdict must not turn a failed write into a crash.
      recorded.catch(() => undefined);
      return { known: repeat ? "repeat" : memoryComplete ? "first" : "unsure", recorded };
    },
  };
}
