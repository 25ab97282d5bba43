// The export worker's entry when the bot runs from its TypeScript sources (tests, benchmarks):
// export-worker.ts bundled by esbuild as `npm run build` bundles it, libraries left to
// node_modules, so the worker runs the code and the memory it runs in dist/. (tsx's loader would
// add a loader thread of its own to every worker.) The bundle is written under node_modules/.cache,
// from where the libraries resolve as they do from dist/, under a name of its own per worker.
import { buildSync } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadId } from "node:worker_threads";

const directory = fileURLToPath(new URL("../../node_modules/.cache/k-peduli/", import.meta.url));
const bundle = `${directory}export-worker-${process.pid}-${threadId}.mjs`;
mkdirSync(directory, { recursive: true });
buildSync({ entryPoints: [fileURLToPath(new URL("./export-worker.ts", import.meta.url))], outfile: bundle, bundle: true, format: "esm", platform: "node", target: "node20", packages: "external", logLevel: "warning" });
try {
  await import(pathToFileURL(bundle).href);
} finally {
  rmSync(bundle, { force: true });
}
