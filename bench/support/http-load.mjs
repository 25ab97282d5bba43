// A load generator on a worker thread, so the server under test keeps the main thread's core to
// itself and the client's work is not counted against it. Plain JavaScript: workers get no tsx.
import { Agent } from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import { httpGet } from "./http-get.mjs";

/** @type {{ url: string, cookie?: string, seconds: number, concurrency: number, warmup: number }} */
const { url, cookie, seconds, concurrency, warmup } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

const get = () => httpGet(agent, url, cookie);

for (let index = 0; index < warmup; index++) await get();
/** @type {number[]} */
const latencies = [];
let failures = 0;
const started = performance.now();
const until = started + seconds * 1000;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      if ((await get()) !== 200) failures++;
      latencies.push(performance.now() - t0);
    }
  }),
);
parentPort?.postMessage({ latencies, failures, seconds: (performance.now() - started) / 1000 });
agent.destroy();
