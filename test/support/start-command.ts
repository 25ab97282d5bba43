import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The Node command `npm start` runs after its install step, V8's flags included, with this
 * process's node: what `root`'s package.json says, so a test or a benchmark runs the bot exactly
 * as a user's `npm start` does.
 */
export function npmStartCommand(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const [node, ...args] = scripts.start!.split("&&").at(-1)!.trim().split(/\s+/);
  if (node !== "node") throw new Error(`npm start no longer ends with a node command: ${scripts.start}`);
  return [process.execPath, ...args];
}
