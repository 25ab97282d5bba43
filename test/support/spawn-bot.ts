import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import { npmStartCommand } from "./start-command.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface SpawnedBot {
  process: ChildProcessWithoutNullStreams;
  output(): string;
  /** What it wrote to stderr so far (start-up notes such as the web address). */
  errors(): string;
  /** Resolves once stdout contains `text`, counting from `after` characters. */
  waitFor(text: string | RegExp, after?: number, timeoutMs?: number): Promise<void>;
  exit: Promise<number | null>;
}

/**
 * Runs the bot as a user would (`src/main.ts`, as `npm run chat` does), in one Node process so a
 * `kill -9` hits the bot itself and nothing in between.
 */
export function spawnBot(args: string[], env: Record<string, string | undefined>): SpawnedBot {
  return spawnScript("src/main.ts", args, env);
}

/** The compiled bot in dist/, exactly as `npm start` runs it, V8's flags included (the install step builds it). */
export function spawnCompiledBot(args: string[], env: Record<string, string | undefined>): SpawnedBot {
  return spawnNode([...npmStartCommand(ROOT).slice(1), ...args], env);
}

/** Any of the project's scripts (a path from the repository's root) in a process of its own, watched like the bot. */
export function spawnScript(script: string, args: string[], env: Record<string, string | undefined>): SpawnedBot {
  return spawnNode(["--import", "tsx", script, ...args], env);
}

function spawnNode(nodeArgs: string[], env: Record<string, string | undefined>): SpawnedBot {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    // The web side is off unless a test turns it on with a port of its own: files run in parallel.
    env: { ...process.env, DATABASE_URL: undefined, TEST_DATABASE_URL: undefined, LOG_LEVEL: "info", WEB_ENABLED: "false", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  return {
    process: child,
    output: () => stdout,
    errors: () => stderr,
    exit,
    waitFor: (text, after = 0, timeoutMs = 30_000) =>
      new Promise((done, fail) => {
        const matches = () => (typeof text === "string" ? stdout.slice(after).includes(text) : text.test(stdout.slice(after)));
        const timer = setTimeout(() => fail(new Error(`timed out waiting for ${text}; stdout: ${stdout}; stderr: ${stderr}`)), timeoutMs);
        const check = () => {
          if (!matches()) return;
          clearTimeout(timer);
          child.stdout.off("data", check);
          done();
        };
        child.stdout.on("data", check);
        void exit.then(() => setTimeout(() => fail(new Error(`bot exited; stdout: ${stdout}; stderr: ${stderr}`)), 50));
        check();
      }),
  };
}
