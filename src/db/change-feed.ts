import pg from "pg";
import type { Logger } from "../logger.js";

/** The tables whose rows read caches keep. The `announce_changes` migration gives each a trigger. */
export const WATCHED_TABLES = [
  "Member",
  "Organization",
  "StaffGrant",
  "Campaign",
  "CampaignGoal",
  "CampaignUpdate",
  "CampaignPartnerTotal",
  // The dashboard overview's counts (waiting for staff, the last 7 days); trigger in `announce_pledge_changes`.
  "Pledge",
] as const;
export type WatchedTable = (typeof WATCHED_TABLES)[number];

const CHANNEL = "kpeduli_changes";
const RECONNECT_DELAYS_MS = [250, 1_000, 5_000, 15_000];

/**
 * Tells a process when tables change, whoever changed them. Another process's commits arrive as
 * PostgreSQL notifications on a connection of its own; this process's writes are reported at
 * once by the database client, before their notification arrives.
 *
 * Each table has a generation that moves on every change. A cache stamps what it keeps with the
 * generations of the tables it read, so a change makes the entry unreachable without anyone
 * walking the cache, and a read that raced a change is never kept under the newer stamp.
 */
export interface ChangeFeed {
  /**
   * The current generations of `tables`, or undefined while notifications can't be heard (not
   * connected yet, or reconnecting). Nothing may be served from a cache without a stamp.
   */
  stamp(tables: readonly WatchedTable[]): string | undefined;
  /** Reports a change made by this process. `"*"` when the table isn't known. */
  changed(table: string): void;
  /** Calls `listener` on every change to a watched table, here or elsewhere. */
  subscribe(listener: (table: WatchedTable) => void): () => void;
  close(): Promise<void>;
}

export function createChangeFeed(url: string, logger?: Logger): ChangeFeed {
  const generations = new Map<WatchedTable, number>(WATCHED_TABLES.map((table) => [table, 0]));
  const listeners = new Set<(table: WatchedTable) => void>();
  let client: pg.Client | undefined;
  let listening = false;
  let started = false;
  let closed = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;

  function bump(table: WatchedTable): void {
    generations.set(table, generations.get(table)! + 1);
    for (const listener of listeners) listener(table);
  }

  function bumpAll(): void {
    for (const table of WATCHED_TABLES) bump(table);
  }

  function isWatched(table: string): table is WatchedTable {
    return generations.has(table as WatchedTable);
  }

  function deaf(error: unknown): void {
    if (closed) return;
    listening = false;
    // Whatever was cached may have changed unheard: nothing cached so far is trusted again.
    bumpAll();
    const delay = RECONNECT_DELAYS_MS[Math.min(failures++, RECONNECT_DELAYS_MS.length - 1)]!;
    logger?.warn({ err: error, retryInMs: delay }, "change notifications lost; caches bypassed until they are back");
    void hangUp(client);
    client = undefined;
    retryTimer = setTimeout(connect, delay);
    retryTimer.unref();
  }

  async function hangUp(connection: pg.Client | undefined): Promise<void> {
    if (!connection) return;
    connection.removeAllListeners();
    // A late socket error on a connection we are leaving must not become an unhandled 'error'.
    connection.on("error", () => {});
    await connection.end().catch(() => {});
  }

  /** Connects on first use: clients that never cache or subscribe never hold a listening connection. */
  function startListening(): void {
    if (started) return;
    started = true;
    connect();
  }

  function connect(): void {
    if (closed) return;
    const connection = new pg.Client({ connectionString: url });
    client = connection;
    connection.on("notification", (notice) => {
      if (notice.payload && isWatched(notice.payload)) bump(notice.payload);
    });
    connection.on("error", deaf);
    connection.on("end", () => {
      if (client === connection) deaf(new Error("connection ended"));
    });
    connection
      .connect()
      .then(() => connection.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (client !== connection) return;
        failures = 0;
        bumpAll();
        listening = true;
      })
      .catch((error: unknown) => {
        if (client === connection) deaf(error);
      });
  }

  return {
    stamp(tables) {
      startListening();
      if (!listening) return undefined;
      return tables.map((table) => generations.get(table)).join(".");
    },
    changed(table) {
      if (isWatched(table)) bump(table);
      else if (table === "*") bumpAll();
    },
    subscribe(listener) {
      listeners.add(listener);
      startListening();
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      listening = false;
      clearTimeout(retryTimer);
      const connection = client;
      client = undefined;
      await hangUp(connection);
    },
  };
}
