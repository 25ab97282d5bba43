// What a small VPS pays to run the bot (issue 11): `npm start` on an existing data directory,
// console only, measured after its first reply, side by side with the code before the issue
// (BENCH_BASELINE, default main's 35cf8f7) in the same run, the two alternating so that the
// machine's other load falls on both alike.
//
//   npm run bench:runtime          (BENCH_RUNS=5 by default; each figure is the median)
//
// - Node RSS: every Node process of the bot (the baseline's `tsx` CLI runs the bot in a child).
// - PostgreSQL PSS: the embedded server's processes, from /proc/PID/smaps_rollup. PSS shares
//   the shared buffers among the processes that map them, so the sum counts them once.
// - Spawn to first reply: from spawn until the reply to /help is on stdout.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkOutBaseline, removeBaseline } from "./support/baseline-checkout.js";
import { megabytes } from "./support/measure.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BASELINE = process.env.BENCH_BASELINE ?? "35cf8f7";
/** After the reply, the outbox and scheduler have started their first rounds. */
const SETTLE_MS = 1_000;
const TARGETS = { nodeRssMb: 100, postgresPssMb: 50, firstReplyS: 1.0 };

interface Variant {
  name: string;
  cwd: string;
  command: string[];
  dataDir: string;
}

interface Sample {
  nodeRssMb: number;
  nodeProcesses: number;
  postgresPssMb: number;
  postgresProcesses: number;
  firstReplyS: number;
}

/** pid → parent pid, for every process now. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses; the fields after its last ")" do not.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      map.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function treeOf(root: number): number[] {
  const parentOf = parents();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** A /proc/PID/{status,smaps_rollup} field in kB, as bytes; 0 for a process that has ended. */
function procField(pid: number, file: string, field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/${file}`, "utf8"));
    return Number(match?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
};

function measure(botPid: number, dataDir: string): Omit<Sample, "firstReplyS"> {
  const nodes = treeOf(botPid).filter((pid) => commandOf(pid) === "node");
  const postmaster = Number(readFileSync(join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  const postgres = treeOf(postmaster);
  return {
    nodeRssMb: megabytes(nodes.reduce((sum, pid) => sum + procField(pid, "status", "VmRSS"), 0)),
    nodeProcesses: nodes.length,
    postgresPssMb: megabytes(postgres.reduce((sum, pid) => sum + procField(pid, "smaps_rollup", "Pss"), 0)),
    postgresProcesses: postgres.length,
  };
}

/** One start: spawn, ask /help, wait for the answer, measure, then end the chat and wait for exit. */
async function runOnce(variant: Variant): Promise<Sample> {
  const started = performance.now();
  const child = spawn(variant.command[0]!, variant.command.slice(1), {
    cwd: variant.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: variant.dataDir, LOG_LEVEL: "info" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.on("exit", done));
  child.stdin.write("/help\n");
  const firstReplyS = await new Promise<number>((done, fail) => {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (stdout.includes("/start")) done((performance.now() - started) / 1000);
    });
    void exited.then((code) => fail(new Error(`${variant.name} exited ${code} before replying: ${stderr}`)));
  });
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const sample = { ...measure(child.pid!, variant.dataDir), firstReplyS: Number(firstReplyS.toFixed(3)) };
  child.stdin.end();
  if ((await exited) !== 0) throw new Error(`${variant.name} did not exit cleanly: ${stderr}`);
  return sample;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** What `npm start` runs after the install step, node's flags included, with this node. */
function startCommand(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const [node, ...args] = scripts.start!.split("&&").at(-1)!.trim().split(/\s+/);
  if (node !== "node") throw new Error(`npm start no longer ends with a node command: ${scripts.start}`);
  return [process.execPath, ...args];
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "kpeduli-runtime-bench-"));
  const baselineDir = join(work, "baseline");
  execFileSync(process.execPath, ["scripts/ensure-installed.mjs"], { cwd: ROOT, stdio: "inherit" });
  checkOutBaseline(ROOT, BASELINE, baselineDir);
  const variants: Variant[] = [
    // What `npm start` ran before: the tsx CLI, compiling TypeScript at every start.
    { name: `before (${BASELINE})`, cwd: baselineDir, command: [process.execPath, join(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/main.ts"], dataDir: join(work, "data-before") },
    { name: "now", cwd: ROOT, command: startCommand(), dataDir: join(work, "data-now") },
  ];
  try {
    // The first start creates the data directory (initdb, migrations, demo data): not measured.
    for (const variant of variants) await runOnce(variant);
    const samples = new Map<string, Sample[]>(variants.map((variant) => [variant.name, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const variant of variants) samples.get(variant.name)!.push(await runOnce(variant));
    }

    const rows = variants.map((variant) => {
      const runs = samples.get(variant.name)!;
      const of = (key: keyof Sample) => median(runs.map((sample) => sample[key]));
      return {
        variant: variant.name,
        "node RSS (MB)": of("nodeRssMb"),
        "node processes": of("nodeProcesses"),
        "postgres PSS (MB)": of("postgresPssMb"),
        "postgres processes": of("postgresProcesses"),
        "spawn→first reply (s)": of("firstReplyS"),
      };
    });
    console.log(`\nMedians of ${RUNS} starts on an existing data directory, console only, ${SETTLE_MS} ms after the first reply:`);
    console.table(rows);
    const now = rows.at(-1)!;
    const verdict = (label: string, value: number, target: number, unit: string) =>
      `${label}: ${value} ${unit} (target ≤ ${target} ${unit}) ${value <= target ? "met" : `MISSED by ${(value - target).toFixed(unit === "s" ? 3 : 1)} ${unit}`}`;
    console.log(verdict("Node RSS", now["node RSS (MB)"], TARGETS.nodeRssMb, "MB"));
    console.log(verdict("PostgreSQL PSS", now["postgres PSS (MB)"], TARGETS.postgresPssMb, "MB"));
    console.log(verdict("Spawn to first reply", now["spawn→first reply (s)"], TARGETS.firstReplyS, "s"));
  } finally {
    removeBaseline(ROOT, baselineDir);
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
