import { execFileSync } from "node:child_process";
import { cpSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/**
 * The code at `commit` in a temporary worktree at `dir`, sharing `root`'s node_modules, so a
 * benchmark runs it side by side with the code of today. Its Prisma client is today's when the
 * schema is unchanged since `commit`, else generated from its own schema (offline, a few seconds).
 */
export function checkOutBaseline(root: string, commit: string, dir: string): void {
  execFileSync("git", ["worktree", "add", "--detach", dir, commit], { cwd: root, stdio: "ignore" });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  const schemaChanged = execFileSync("git", ["diff", "--stat", commit, "--", "prisma/schema.prisma"], { cwd: root, encoding: "utf8" }).trim();
  if (schemaChanged) execFileSync(process.execPath, [join(root, "node_modules/prisma/build/index.js"), "generate"], { cwd: dir, stdio: "ignore" });
  else cpSync(join(root, "src/generated"), join(dir, "src/generated"), { recursive: true });
}

export function removeBaseline(root: string, dir: string): void {
  execFileSync("git", ["worktree", "remove", "--force", dir], { cwd: root, stdio: "ignore" });
}
