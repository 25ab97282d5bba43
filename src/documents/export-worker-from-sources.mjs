// The export worker's entry when the bot runs from its TypeScript sources (tests, benchmarks):
// Node 20 applies no `--import tsx` hooks to a worker's own entry, so tsx imports the source here.
import { tsImport } from "tsx/esm/api";

await tsImport("./export-worker.ts", import.meta.url);
