// The export worker's entry when the bot runs from its TypeScript sources (tests, benchmarks):
// export-worker.ts bundled by esbuild as `npm run build` bundles it, libraries left to
// node_modules, so the worker runs the code, and in the memory, it runs in from dist/ (tsx's
// loader would add a thread of its own to every worker). The bundle is kept under
// node_modules/.cache, from where the libraries resolve as they do from dist/, named by its
// content: workers started at once share it, and a changed source makes a new one.
import { buildSync } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";

const [bundle] = buildSync({
  entryPoints: [fileURLToPath(new URL("./export-worker.ts", import.meta.url))],
  bundle: true, format: "esm", platform: "node", target: "node20", packages: "external", write: false, logLevel: "warning",
}).outputFiles;
const directory = fileURLToPath(new URL("../../node_modules/.cache/k-peduli/", import.meta.url));
const file = `${directory}export-worker-${createHash("sha256").update(bundle.contents).digest("hex").slice(0, 16)}.mjs`;
if (!existsSync(file)) {
  mkdirSync(directory, { recursive: true });
  // Written aside and renamed into place, so a worker starting meanwhile never reads half a file.
  const aside = `${file}.${process.pid}-${threadId}`;
  writeFileSync(aside, bundle.contents);
  renameSync(aside, file);
}
await import(pathToFileURL(file).href);
