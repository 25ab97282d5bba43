// Makes a fresh clone runnable: `npm ci` when package-lock.json changed since the last install,
// `prisma generate` when the schema changed. Plain Node with no dependencies, because it runs
// before any are installed. Cheap when nothing changed, so `npm start` and `npm test` call it.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const STAMP = "node_modules/.kpeduli-install-stamp";
const hash = (...files) => {
  const digest = createHash("sha256");
  for (const file of files) digest.update(readFileSync(file));
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
