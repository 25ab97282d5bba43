import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CHAT_LIBRARIES = ["grammy", "@grammyjs/", "whatsapp-web.js", "whatsapp-api-js", "node-cron", "puppeteer"];

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

const importsInSource = (file: string, source: string): Import[] =>
  specifiersIn(source).map((specifier) => ({
    file,
    target: specifier.startsWith(".") ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier,
  }));

const importsOf = (file: string): Import[] => importsInSource(file, readFileSync(join(ROOT, file), "utf8"));

const importsUnder = (dir: string) => typeScriptFilesUnder(dir).flatMap(importsOf);
const isUnder = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);
const isChatLibrary = (target: string) => CHAT_LIBRARIES.some((library) => target === library || target.startsWith(library.endsWith("/") ? library : `${library}/`));
const describeImport = ({ file, target }: Import) => `${file} imports ${target}`;

/** What the core may not reach: the adapters around it, the outbox, the scheduler, and chat libraries. */
const OUTSIDE_THE_CORE = ["src/channels", "src/outbox", "src/scheduler", "src/live-progress", "src/web"];

/** The imports that break a seam: core → channels, outbox, scheduler or a chat library; channels → db. */
function crossings(imports: Import[]): Import[] {
  return imports.filter(({ file, target }) => {
    if (isUnder(file, "src/core")) return OUTSIDE_THE_CORE.some((dir) => isUnder(target, dir)) || isChatLibrary(target);
    if (isUnder(file, "src/channels")) return isUnder(target, "src/db");
    return false;
  });
}

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

  it("catches each forbidden direction, and lets the allowed ones pass", () => {
    const file = (path: string, specifier: string) => importsInSource(path, `import x from "${specifier}";`)[0]!;
    const forbidden = [
      file("src/core/bot-core.ts", "../channels/channel.js"),
      file("src/core/commands/pin.ts", "../../outbox/enqueue-broadcast.js"),
      file("src/core/ports.ts", "../scheduler/cron.js"),
      file("src/core/views/progress-view.ts", "../../live-progress/live-progress.js"),
      file("src/core/bot-core.ts", "grammy"),
      file("src/core/bot-core.ts", "@grammyjs/runner"),
      file("src/core/bot-core.ts", "whatsapp-web.js"),
      file("src/core/bot-core.ts", "whatsapp-api-js/messages"),
      file("src/core/bot-core.ts", "node-cron"),
      file("src/channels/telegram/send-message.ts", "../../db/database.js"),
      file("src/channels/index.ts", "../db/recipients.js"),
    ];
    const allowed = [
      file("src/core/bot-core.ts", "../db/database.js"),
      file("src/core/bot-core.ts", "zod"),
      file("src/channels/telegram/telegram-channel.ts", "../../core/bot-core.js"),
      file("src/channels/telegram/telegram-channel.ts", "grammy"),
      file("src/wire-channels.ts", "./db/recipients.js"),
      file("src/outbox/deliver-one.ts", "../channels/channel.js"),
    ];
    expect(crossings(forbidden)).toEqual(forbidden);
    expect(crossings(allowed)).toEqual([]);
  });

  it("keeps the core free of channels, the outbox, the scheduler, the adapters around it and chat libraries", () => {
    expect(crossings(importsUnder("src/core")).map(describeImport)).toEqual([]);
  });

  it("keeps every channel out of the database: what a channel needs from it is handed in", () => {
    const channelImports = importsUnder("src/channels");
    // The channels are read: a rule over an empty list would pass for nothing.
    expect(channelImports.some(({ target }) => isUnder(target, "src/core"))).toBe(true);
    expect(crossings(channelImports).map(describeImport)).toEqual([]);
  });
});
