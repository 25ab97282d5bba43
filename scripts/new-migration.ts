// Creates a migration from the change to prisma/schema.prisma since the last commit.
// `prisma migrate dev` cannot work offline here (its shadow database fails), so the SQL comes from
// `prisma migrate diff` between the committed schema and the working one. Commit the schema
// together with its migration, so that the next diff starts from the right place.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { createLogger } from "../src/logger.js";

const name = process.argv[2]?.replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run migrate:new -- <name>");
  process.exit(1);
}

const migrationsDir = "prisma/migrations";
const hasMigrations =
  existsSync(migrationsDir) && readdirSync(migrationsDir).some((entry) => /^\d{14}_/.test(entry));
const from = hasMigrations ? ["--from-schema-datamodel", committedSchemaPath()] : ["--from-empty"];

// The offline (WASM) schema engine needs a reachable server even for a diff: the one in
// DATABASE_URL, or the bot's embedded one.
const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dataDir: process.env.DATA_DIR ?? "./data", logger: createLogger({ level: "warn" }) });
let sql: string;
try {
  sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? embedded!.url },
    },
  );
} finally {
  await embedded?.stop();
}
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("The schema has not changed since the last commit: no migration created.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
writeFileSync(join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
console.log(`Created ${dir}/migration.sql`);

function committedSchemaPath(): string {
  const schema = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  const path = join(mkdtempSync(join(tmpdir(), "kpeduli-schema-")), "schema.prisma");
  writeFileSync(path, schema);
  return path;
}
