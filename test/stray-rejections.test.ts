import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Runs `code` in a fresh Node process, as the bot runs (tsx), and says how it ended. */
function runNode(code: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
}

describe("a library's stray rejection", () => {
  // What whatsapp-web.js's framenavigated handler does after the channel closed the browser on LOGOUT.
  const strayRejection = `Promise.reject(new Error("Attempted to use detached Frame 'ABC'."));
    setTimeout(() => console.log("still running"), 100);`;

  it("ends a process that has no guard (what crashed the bot)", () => {
    const run = runNode(strayRejection);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("still running");
  });

  it("is logged, and the process keeps running, once the bot's guard is in place", () => {
    const run = runNode(`
      import { createLogger } from "./src/logger.ts";
      import { keepRunningOnStrayRejections } from "./src/stray-rejections.ts";
      keepRunningOnStrayRejections(createLogger({ level: "info" }));
      ${strayRejection}`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("still running");
    expect(run.stderr).toContain("Attempted to use detached Frame");
    expect(run.stderr).toContain("the bot keeps running");
  });
});
