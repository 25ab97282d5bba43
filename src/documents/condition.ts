/**
 * A condition two sides of a hand-over wait on: `until()` resolves once `holds()` is true, and
 * `recheck()`, called after anything that may have changed it, wakes every waiter to look again.
 */
export function condition(holds: () => boolean) {
  let waiting: (() => void)[] = [];
  return {
    async until(): Promise<void> {
      while (!holds()) await new Promise<void>((resolve) => waiting.push(resolve));
    },
    recheck(): void {
      const woken = waiting;
      waiting = [];
      for (const resume of woken) resume();
    },
  };
}
