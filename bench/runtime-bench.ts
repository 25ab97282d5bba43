// What a small VPS pays to run the bot (issue 11): `npm start` on an existing data directory,
// console only, measured after its first reply, side by side with the code before this round of
// work (BENCH_BASELINE, default f666bf3) in the same run, the two alternating so that the
// machine's other load falls on both alike. Each runs as its own `npm start` does: its dist/
// built by its own build script, with the node flags of its own package.json.
//
//   npm run bench:runtime          (BENCH_RUNS=5 by default; each figure is the median)
//
// - Node RSS: every Node process of the bot.
// - PostgreSQL PSS: the embedded server's processes, from /proc/PID/smaps_rollup. PSS shares
//   the shared buffers among the processes that map them, so the sum counts them once.
// - Spawn to first reply: from spawn until the reply to /help is on stdout.
// Each start serves the web pages on a free port of its own, as `npm start` does when 3000 is
// free (a taken port would leave them out, and the figures would not be `npm start`'s).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findFreePort } from "../src/db/embedded-postgres.js";
import { npmStartCommand } from "../test/support/start-command.js";
import { checkOutBaseline, removeBaseline } from "./support/baseline-checkout.js";
import { megabytes } from "./support/measure.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BASELINE = process.env.BENCH_BASELINE ?? "f666bf3";
/** After the reply, the outbox and scheduler have started their first rounds. */
const SETTLE_MS = 1_000;
const TARGETS = { nodeRssMb: 100, postgresPssMb: 50, firstReplyS: 1.0 };
const WORKLOAD_PLEDGES = Number(process.env.BENCH_WORKLOAD_PLEDGES ?? 100);
const WORKLOAD_ROUNDS = Number(process.env.BENCH_WORKLOAD_ROUNDS ?? 2);

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

/** A console bot of `variant`, spawned as `npm start` would be, with its web pages on a free port. */
async function spawnVariant(variant: Variant, args: string[] = []) {
  const webPort = await findFreePort();
  const started = performance.now();
  const child = spawn(variant.command[0]!, [...variant.command.slice(1), ...args], {
    cwd: variant.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: variant.dataDir, LOG_LEVEL: "info", WEB_PORT: String(webPort) },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((done) => child.on("exit", done));
  return {
    child,
    started,
    /** Seconds since spawn, once `done(stdout)` holds. */
    until: (done: (stdout: string) => boolean) =>
      new Promise<number>((resolve, fail) => {
        const check = () => {
          if (!done(stdout)) return;
          child.stdout.off("data", check);
          resolve((performance.now() - started) / 1000);
        };
        child.stdout.on("data", check);
        void exited.then((code) => fail(new Error(`${variant.name} exited ${code} before replying: ${stderr}`)));
        check();
      }),
    end: async () => {
      child.stdin.end();
      if ((await exited) !== 0) throw new Error(`${variant.name} did not exit cleanly: ${stderr}`);
    },
  };
}

/** One start: spawn, ask /help, wait for the answer, measure, then end the chat and wait for exit. */
async function runOnce(variant: Variant): Promise<Sample> {
  const bot = await spawnVariant(variant);
  bot.child.stdin.write("/help\n");
  const firstReplyS = await bot.until((stdout) => stdout.includes("/start"));
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const sample = { ...measure(bot.child.pid!, variant.dataDir), firstReplyS: Number(firstReplyS.toFixed(3)) };
  await bot.end();
  return sample;
}

/** CPU seconds (user and system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface WorkloadSample {
  messagesPerSecond: number;
  cpuMsPerMessage: number;
  rssAfterMb: number;
  peakRssMb: number;
}

/**
 * After the start, a partner's session: registering a company, then WORKLOAD_PLEDGES times the
 * pledge flow (three messages) and two reads. What the start leaves out: Prisma planning many
 * queries (its query compiler is WebAssembly), the caches filling, the heap growing.
 */
async function runWorkload(variant: Variant, round: number): Promise<WorkloadSample> {
  const bot = await spawnVariant(variant, ["--as", `bench-${round}`, "--lang", "en"]);
  bot.child.stdin.write("/help\n");
  await bot.until((stdout) => stdout.includes("/start"));
  const lines = ["/register", `PT Bench Runtime ${round}`, "Budi", "Jakarta", "1"];
  for (let index = 0; index < WORKLOAD_PLEDGES; index++) lines.push("/pledge PADI 100rb", "-", "1", "/campaign PADI", "/mypledges");
  const cpuBefore = cpuSeconds(bot.child.pid!);
  const startedAt = performance.now();
  bot.child.stdin.write(lines.join("\n") + "\n");
  await bot.until((stdout) => stdout.split(`Pledges of PT Bench Runtime ${round}`).length - 1 === WORKLOAD_PLEDGES);
  const seconds = (performance.now() - startedAt) / 1000;
  const sample = {
    messagesPerSecond: Number((lines.length / seconds).toFixed(1)),
    cpuMsPerMessage: Number((((cpuSeconds(bot.child.pid!) - cpuBefore) * 1000) / lines.length).toFixed(2)),
    rssAfterMb: megabytes(procField(bot.child.pid!, "status", "VmRSS")),
    peakRssMb: megabytes(procField(bot.child.pid!, "status", "VmHWM")),
  };
  await bot.end();
  return sample;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "kpeduli-runtime-bench-"));
  const baselineDir = join(work, "baseline");
  execFileSync(process.execPath, ["scripts/ensure-installed.mjs"], { cwd: ROOT, stdio: "inherit" });
  checkOutBaseline(ROOT, BASELINE, baselineDir);
  // What the install step of `npm start` does there: build its dist/ with its own build script.
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: baselineDir, stdio: "inherit" });
  const variants: Variant[] = [
    { name: `before (${BASELINE})`, cwd: baselineDir, command: npmStartCommand(baselineDir), dataDir: join(work, "data-before") },
    { name: "now", cwd: ROOT, command: npmStartCommand(ROOT), dataDir: join(work, "data-now") },
  ];
  // What --liftoff-only (no TurboFan for Prisma's WebAssembly query compiler) costs, and saves.
  const withTurbofan: Variant = {
    name: "now, TurboFan for WebAssembly",
    cwd: ROOT,
    command: npmStartCommand(ROOT).filter((arg) => arg !== "--liftoff-only"),
    dataDir: join(work, "data-turbofan"),
  };
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

    const workloadVariants = [...variants, withTurbofan];
    await runOnce(withTurbofan);
    const workloads = new Map<string, WorkloadSample[]>(workloadVariants.map((variant) => [variant.name, []]));
    for (let round = 0; round < WORKLOAD_ROUNDS; round++) {
      for (const variant of workloadVariants) workloads.get(variant.name)!.push(await runWorkload(variant, round));
    }
    const messages = 5 + WORKLOAD_PLEDGES * 5;
    console.log(`\nMedians of ${WORKLOAD_ROUNDS} sessions of ${messages} messages (register, then ${WORKLOAD_PLEDGES} × pledge flow, /campaign, /mypledges), one at a time:`);
    const baselineRate = median(workloads.get(variants[0]!.name)!.map((sample) => sample.messagesPerSecond));
    console.table(
      workloadVariants.map((variant) => {
        const runs = workloads.get(variant.name)!;
        const of = (key: keyof WorkloadSample) => median(runs.map((sample) => sample[key]));
        return {
          variant: variant.name,
          "messages/s": of("messagesPerSecond"),
          "× before": Number((of("messagesPerSecond") / baselineRate).toFixed(2)),
          "CPU ms/message": of("cpuMsPerMessage"),
          "RSS after (MB)": of("rssAfterMb"),
          "peak RSS (MB)": of("peakRssMb"),
        };
      }),
    );
  } finally {
    removeBaseline(ROOT, baselineDir);
    if (existsSync(work)) rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
