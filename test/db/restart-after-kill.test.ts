import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnBot } from "../support/spawn-bot.js";

function postmasterPid(dataDir: string): number | undefined {
  const path = join(dataDir, "postgres", "postmaster.pid");
  return existsSync(path) ? Number(readFileSync(path, "utf8").split("\n")[0]) : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("the embedded database across a kill -9", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-kill-"));
  afterAll(() => {
    const pid = postmasterPid(dataDir);
    if (pid && alive(pid)) process.kill(pid, "SIGINT");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts again cleanly on the same data after the bot is killed, keeping what was stored", async () => {
    const env = { DATA_DIR: dataDir };
    const first = spawnBot(["--as", "kim", "--lang", "en"], env);
    first.process.stdin.write("/subscribe PADI\n");
    await first.waitFor("You will receive updates on PADI", 0, 60_000);
    const orphan = postmasterPid(dataDir)!;

    first.process.kill("SIGKILL");
    await first.exit;
    expect(alive(orphan)).toBe(true); // the server outlived the bot: the next start must cope

    const second = spawnBot(["--as", "kim", "--lang", "en"], env);
    second.process.stdin.end("/subscribe PADI\n");
    expect(await second.exit).toBe(0);
    expect(second.output()).toContain("You already follow PADI");
    expect(alive(orphan)).toBe(false);
    // A clean exit stops the server it started.
    expect(postmasterPid(dataDir)).toBeUndefined();
  });
});
