import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CHAT_LIBRARIES = ["grammy", "@grammyjs/", "whatsapp-web.js", "whatsapp-api-js", "node-cron", "puppeteer"];

/**
 * Channel files that still reach the database. Each should move behind a port the channel is
 * handed; remove its line when it does. The list may only shrink: a new file that imports
 * src/db fails the test.
 */
const CHANNEL_FILES_STILL_USING_DB = new Set([
  "src/channels/index.ts",
  "src/channels/telegram/index.ts",
  "src/channels/telegram/telegram-channel.ts",
  "src/channels/telegram/own-commands.ts",
  "src/channels/telegram/live-progress.ts",
  "src/channels/telegram/pin-command.ts",
  "src/channels/telegram/send-message.ts",
  "src/channels/telegram/group-pledge-link.ts",
  "src/channels/telegram/telegram-staff.ts",
  "src/channels/telegram/channel-posts.ts",
]);

interface Import {
  /** The importing file, relative to the repository root. */
  file: string;
  /** What it imports: a package name as written, or a repository-relative path for a relative import. */
  target: string;
}

function typeScriptFilesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFilesUnder(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every specifier a source imports, static, `import type`, re-export and `import()`, as the compiler reads them. */
const specifiersIn = (source: string) => ts.preProcessFile(source, true, true).importedFiles.map(({ fileName }) => fileName);

function importsOf(file: string): Import[] {
  return specifiersIn(readFileSync(join(ROOT, file), "utf8")).map((specifier) => ({
    file,
    target: specifier.startsWith(".") ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier,
  }));
}

const importsUnder = (dir: string) => typeScriptFilesUnder(dir).flatMap(importsOf);
const isUnder = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);
const describeImport = ({ file, target }: Import) => `${file} imports ${target}`;

describe("the seams between core, channels, outbox, scheduler and db", () => {
  it("reads imports of every kind, so a rule cannot pass by missing them", () => {
    const source = [
      'import { a } from "./static.js";',
      'import type { B } from "../typed.js";',
      'export * from "./re-exported.js";',
      'const lazy = await import("grammy");',
    ].join("\n");
    expect(specifiersIn(source)).toEqual(["./static.js", "../typed.js", "./re-exported.js", "grammy"]);
  });

  it("keeps the core free of channels, the outbox, the scheduler and chat libraries", () => {
    const offending = importsUnder("src/core").filter(
      ({ target }) =>
        ["src/channels", "src/outbox", "src/scheduler"].some((dir) => isUnder(target, dir)) ||
        CHAT_LIBRARIES.some((library) => target === library || target.startsWith(library.endsWith("/") ? library : `${library}/`)),
    );
    expect(offending.map(describeImport)).toEqual([]);
  });

  it("keeps channels out of the database, but for the files still listed as moving behind ports", () => {
    const reachingDb = importsUnder("src/channels").filter(({ target }) => isUnder(target, "src/db"));
    expect(reachingDb.filter(({ file }) => !CHANNEL_FILES_STILL_USING_DB.has(file)).map(describeImport)).toEqual([]);
    // A file that no longer reaches the database leaves the list, so the list only shrinks.
    const stillReaching = new Set(reachingDb.map(({ file }) => file));
    expect([...CHANNEL_FILES_STILL_USING_DB].filter((file) => !stillReaching.has(file))).toEqual([]);
  });
});
