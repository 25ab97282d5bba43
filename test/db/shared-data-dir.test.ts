import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spawnBot, type SpawnedBot } from "../support/spawn-bot.js";

const postmasterPath = (dataDir: string) => join(dataDir, "postgres", "postmaster.pid");

describe("two bots on one data directory (`npm start` and `npm run chat` side by side)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kpeduli-shared-"));
  const bots: SpawnedBot[] = [];
  afterAll(() => {
    for (const bot of bots) bot.process.kill("SIGKILL");
    if (existsSync(postmasterPath(dataDir))) process.kill(Number(readFileSync(postmasterPath(dataDir), "utf8").split("\n")[0]), "SIGINT");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps answering in the second bot after the one that started the server exits", async () => {
    const env = { DATA_DIR: dataDir };
    const first = spawnBot(["--as", "kim", "--lang", "en"], env);
    bots.push(first);
    first.process.stdin.write("/subscribe PADI\n");
    await first.waitFor("You will receive updates on PADI", 0, 60_000);

    const second = spawnBot(["--as", "lee", "--lang", "en"], env);
    bots.push(second);
    second.process.stdin.write("/subscribe PADI\n");
    await second.waitFor("You will receive updates on PADI", 0, 60_000);

    first.process.stdin.end();
    expect(await first.exit).toBe(0); // and it stopped the server it started

    // The second bot starts the server again by itself; a message in between may get the apology.
    const deadline = Date.now() + 20_000;
    let answered = false;
    while (!answered && Date.now() < deadline) {
      const from = second.output().length;
      second.process.stdin.write("/subscribe PADI\n");
      answered = await second.waitFor("You already follow PADI", from, 2_000).then(() => true, () => false);
    }
    expect(answered).toBe(true);
    second.process.stdin.end();
    expect(await second.exit).toBe(0);
    expect(existsSync(postmasterPath(dataDir))).toBe(false); // the bot that restarted it stopped it
  });
});
