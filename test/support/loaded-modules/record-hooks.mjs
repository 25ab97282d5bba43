// Module hooks that run on the loader thread, apart from the program: they write each resolved
// URL to a file, which is the one channel back that needs no coordination with the main thread.
import { appendFileSync } from "node:fs";

let file;

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (file) appendFileSync(file, resolved.url + "\n");
  return resolved;
}
