import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../src/db/embedded-postgres.js";
import { spawnBot, spawnCompiledBot } from "../support/spawn-bot.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

describe("npm start with the web side", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("chats without the pages when their port is taken, as a second console beside npm start does", async () => {
    const port = await findFreePort();
    const taken = createServer();
    await new Promise<void>((listening) => taken.listen(port, "127.0.0.1", listening));
    try {
      const bot = spawnBot([], {
        DATABASE_URL: database.url,
        LOG_FILE: join(mkdtempSync(join(tmpdir(), "kpeduli-web-")), "bot.log"),
        WEB_ENABLED: "true",
        WEB_PORT: String(port),
      });
      bot.process.stdin.end("/campaigns\n");
      expect(await bot.exit).toBe(0);
      expect(bot.output()).toContain("PADI");
      expect(bot.errors()).toContain(`Web pages not served here: 127.0.0.1:${port} is in use`);
    } finally {
      await new Promise((closed) => taken.close(closed));
    }
  });

  // The compiled one is what `npm start` runs: a page left out of the build fails here, not in production.
  it.each([
    ["the TypeScript sources", spawnBot],
    ["the compiled JavaScript in dist/", spawnCompiledBot],
  ])("from %s: prints the web address, serves the pages and their stylesheet, and /dashboard in the console gives a link", async (_from, spawn) => {
    const port = await findFreePort();
    const bot = spawn([], {
      DATABASE_URL: database.url,
      LOG_FILE: join(mkdtempSync(join(tmpdir(), "kpeduli-web-")), "bot.log"),
      WEB_ENABLED: "true",
      WEB_PORT: String(port),
    });
    try {
      bot.process.stdin.write("/dashboard\n");
      await bot.waitFor(`http://127.0.0.1:${port}/sign-in/`);
      expect(bot.errors()).toContain(`Web pages at http://127.0.0.1:${port}/c`);
      const page = await fetch(`http://127.0.0.1:${port}/c/PADI?lang=en`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Organic rice in Ciamis");
      const stylesheet = await fetch(`http://127.0.0.1:${port}/static/site.css`);
      expect(stylesheet.headers.get("content-type")).toContain("text/css");
      expect((await stylesheet.text()).length).toBeGreaterThan(100);
    } finally {
      bot.process.stdin.end();
      expect(await bot.exit).toBe(0);
    }
  });
});
