// Makes a fresh clone runnable: `npm ci` when package-lock.json changed since the last install,
// `prisma generate` when the schema changed, and the JavaScript in dist/ built again when the
// sources or the build changed. Plain Node with no dependencies, because it runs before any are
// installed. Cheap when nothing changed, so `npm start` and `npm test` call it.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const STAMP = "node_modules/.kpeduli-install-stamp";
/** In dist/ itself, so deleting dist/ also means building it again. */
const BUILD_STAMP = "dist/.build-stamp";
const BUILD_SCRIPT = "scripts/build.mjs";
const hash = (...files) => {
  const digest = createHash("sha256");
  for (const file of files) digest.update(readFileSync(file));
  return digest.digest("hex");
};
/** Every file under `dir`, in a stable order, so the same tree always hashes the same. */
const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
/** Names as well as contents: a renamed or deleted source must rebuild too. */
const hashWithNames = (...files) => {
  const digest = createHash("sha256");
  for (const file of files) digest.update(`${file}\0`).update(readFileSync(file));
  return digest.digest("hex");
};
const read = (file) => (existsSync(file) ? readFileSync(file, "utf8") : "");
const run = (command) => execSync(command, { stdio: ["ignore", "inherit", "inherit"] });

const lock = hash("package-lock.json");
const schema = hash("prisma/schema.prisma");
const [installedLock, generatedSchema] = read(STAMP).split("\n");

if (installedLock !== lock || !existsSync("node_modules/.bin/tsx")) {
  console.error("Installing dependencies (npm ci)…");
  run("npm ci --no-audit --no-fund --loglevel=error");
}
if (generatedSchema !== schema || !existsSync("src/generated/prisma/client.ts")) {
  console.error("Generating the Prisma client…");
  run("npx prisma generate");
}
writeFileSync(STAMP, `${lock}\n${schema}\n`);

// After generate: the generated client is in src/ and is compiled with the rest.
const sources = hashWithNames(...filesUnder("src"), "prisma/schema.prisma", BUILD_SCRIPT, "package-lock.json");
if (read(BUILD_STAMP) !== sources) {
  console.error("Building the JavaScript in dist/…");
  run(`node ${BUILD_SCRIPT}`);
  writeFileSync(BUILD_STAMP, sources);
}
