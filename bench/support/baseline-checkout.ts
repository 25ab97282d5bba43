import { execFileSync } from "node:child_process";
import { cpSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/**
 * The code at `commit` in a temporary worktree at `dir`, sharing `root`'s node_modules and
 * generated Prisma client, so a benchmark runs it side by side with the code of today. The
 * client is shared only when the schema is unchanged since `commit`, or, with `schemaGrew`, when
 * the change only added what the older code never reads.
 */
export function checkOutBaseline(root: string, commit: string, dir: string, options: { schemaGrew?: boolean } = {}): void {
  execFileSync("git", ["worktree", "add", "--detach", dir, commit], { cwd: root, stdio: "ignore" });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  const schemaChanged = execFileSync("git", ["diff", "--stat", commit, "--", "prisma/schema.prisma"], { cwd: root, encoding: "utf8" }).trim();
  if (schemaChanged && !options.schemaGrew) throw new Error(`prisma/schema.prisma changed since ${commit}; the generated client cannot be shared`);
  cpSync(join(root, "src/generated"), join(dir, "src/generated"), { recursive: true });
}

export function removeBaseline(root: string, dir: string): void {
  execFileSync("git", ["worktree", "remove", "--force", dir], { cwd: root, stdio: "ignore" });
}
