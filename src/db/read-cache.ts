import { LRUCache } from "lru-cache";
import type { ChangeFeed, WatchedTable } from "./change-feed.js";

/**
 * Answers `key` from memory, or from `load`. A load that answers undefined ("no such thing") is
 * passed on but not kept: misses cost a lookup each, and however many keys are made up, they
 * cannot fill the cache.
 */
export type ReadCache<V> = <L extends V | undefined = V>(key: string, load: () => Promise<L>) => Promise<L>;

/**
 * Keeps what `load` returned for a key until one of `tables` changes. Entries are filed under the
 * tables' generations, so a change makes every older entry unreachable at once, and a load that
 * started before the change can only be filed under the old generations. Concurrent misses on
 * one key share one load. While the feed can't hear changes, every read goes to the database.
 */
export function createReadCache<V extends object>(
  changes: ChangeFeed,
  tables: readonly WatchedTable[],
  options: { maxEntries?: number; ttlMs?: number } = {},
): ReadCache<V> {
  const cache = new LRUCache<string, V, () => Promise<V | undefined>>({
    max: options.maxEntries ?? 10_000,
    // A safety net only: changes, not time, are what end an entry.
    ttl: options.ttlMs ?? 10 * 60_000,
    // lru-cache keeps nothing for a fetch that resolves undefined.
    fetchMethod: (_key, _stale, { context }) => context(),
  });
  return async <L extends V | undefined>(key: string, load: () => Promise<L>): Promise<L> => {
    const stamp = changes.stamp(tables);
    if (stamp === undefined) return load();
    const stampedKey = `${stamp}|${key}`;
    // A hit needs none of fetch's machinery for shared loads. What is kept came from a load of this type.
    return (cache.get(stampedKey) ?? (await cache.fetch(stampedKey, { context: load }))) as L;
  };
}
