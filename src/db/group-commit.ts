/**
 * Turns a statement that writes many rows into one that writes one: calls made in the same turn
 * of the event loop are written together (a group commit), so a burst of messages costs one
 * round trip and one commit instead of one each. `write` gets the items in call order and
 * returns one result per item, in the same order; when it fails, every call of its batch fails.
 */
export function groupCommit<T, R>(write: (items: T[]) => Promise<R[]>): (item: T) => Promise<R> {
  type Waiter = { item: T; settle(result: R): void; fail(error: unknown): void };
  let queued: Waiter[] = [];

  async function flush(): Promise<void> {
    const batch = queued;
    queued = [];
    try {
      const results = await write(batch.map((waiter) => waiter.item));
      batch.forEach((waiter, index) => waiter.settle(results[index]!));
    } catch (error) {
      for (const waiter of batch) waiter.fail(error);
    }
  }

  return (item) =>
    new Promise<R>((settle, fail) => {
      // Writes don't wait for each other: a batch goes as soon as the turn that filled it ends.
      if (queued.push({ item, settle, fail }) === 1) setImmediate(() => void flush());
    });
}
