import { LRUCache } from "lru-cache";
import type { OutgoingAttachment } from "../core/messages.js";
import { loadAttachment } from "../core/use-cases/stored-files.js";
import type { Db } from "../db/database.js";

/** Files kept in memory per database while a broadcast goes out: a few photos, not the whole table. */
const CACHED_BYTES = 32 * 1024 * 1024;

/**
 * A broadcast with a photo sends the same file to every recipient: it is read from the database
 * once, not once per delivery. Safe to cache because a stored file never changes (its row is
 * keyed by the content's hash); a missing file is not cached.
 */
const caches = new WeakMap<Db, LRUCache<number, OutgoingAttachment>>();

export async function cachedAttachment(db: Db, fileId: number): Promise<OutgoingAttachment | undefined> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new LRUCache({ maxSize: CACHED_BYTES, sizeCalculation: (file) => Math.max(1, file.bytes.byteLength) })));
  const cached = cache.get(fileId);
  if (cached) return cached;
  const loaded = await loadAttachment(db, fileId);
  if (loaded && loaded.bytes.byteLength <= CACHED_BYTES) cache.set(fileId, Object.freeze(loaded));
  return loaded;
}
