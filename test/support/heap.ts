import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// Tests run without --expose-gc; a fresh context compiled after this flag sees `gc`.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** The heap in use once garbage is collected: what a flood of requests left behind, not what it churned. */
export async function heapUsedAfterGc(): Promise<number> {
  for (let round = 0; round < 2; round++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

export const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
