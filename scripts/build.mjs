// Compiles src/ (the generated Prisma client included) to JavaScript in dist/, one file per
// source file at the same path, so `npm start` runs no TypeScript compiler. The layout mirrors
// src/ on purpose: code that finds files relative to itself (locales, prisma/migrations) sits at
// the same depth under dist/ as under src/. Types are checked by `npm run typecheck`, not here.
import { build } from "esbuild";
import { cpSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Every TypeScript source under `dir` (the web pages' `.tsx` included; JSX as tsconfig.json says), declaration files aside (they hold no code). */
const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: sources("src"),
  outdir: "dist",
  outbase: "src",
  format: "esm",
  platform: "node",
  target: "node20",
  // Keeps the sources' relative `.js` imports as written: each file is compiled on its own.
  bundle: false,
  logLevel: "warning",
});
// Files the code reads beside itself (the web's stylesheet), where it looks for them.
cpSync("src/web/static", "dist/web/static", { recursive: true });
