import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { MessageChannel, Worker } from "node:worker_threads";
import { condition } from "./condition.js";
import type { CompanyTotalRow, PledgeExportLabels, PledgeExportRow } from "./pledge-export.js";

/** What a worker is asked to write. */
export interface ExportJob {
  format: "csv" | "xlsx";
  labels: PledgeExportLabels;
}

export type ToExportWorker = { kind: "page"; rows: readonly PledgeExportRow[] } | { kind: "end"; totals: readonly CompanyTotalRow[] } | { kind: "written" };
export type FromExportWorker = { kind: "taken" } | { kind: "chunk"; bytes: Uint8Array } | { kind: "done" } | { kind: "failed"; error: unknown };

/** Pages handed over and not yet taken up: the worker always finds the next one waiting. */
const PAGES_AHEAD = 3;

/**
 * A worker's heap. A file's writer makes garbage far faster than the bot, and in a heap of its
 * own that garbage is collected within this bound instead of growing the bot's. What it keeps
 * alive is a page or two of rows and the zip's window.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 16 };

/**
 * How long a worker waits for the next export before it is let go: long enough for the XLSX after
 * the CSV, or a second download, not so long that the ~36 MB it holds stay with the bot.
 */
export const EXPORT_WORKER_IDLE_MS = 30_000;

/**
 * The worker's code: beside this file, compiled, in dist/ (the build's second entry), or bundled
 * from the TypeScript source when the bot runs from its sources (tests, benchmarks). There the
 * process runs with tsx's loader, which the worker would inherit and does not need.
 */
const FROM_SOURCES = import.meta.url.endsWith(".ts");
const WORKER_ENTRY = new URL(FROM_SOURCES ? "./export-worker-from-sources.mjs" : "./export-worker.js", import.meta.url);

/**
 * The worker that wrote the last export, kept warm for the next: starting one and loading exceljs
 * into it takes a quarter of a second, and its compiled code makes the next file faster.
 */
let idle: { worker: Worker; timer: NodeJS.Timeout } | undefined;

function takeWorker(): Worker {
  if (idle) {
    clearTimeout(idle.timer);
    const { worker } = idle;
    idle = undefined;
    return worker;
  }
  const worker = new Worker(WORKER_ENTRY, { resourceLimits: RESOURCE_LIMITS, ...(FROM_SOURCES && { execArgv: [] }) });
  worker.unref(); // never the reason the bot keeps running
  // During an export, the export's own listener reports an error. A worker that fails while it
  // waits also exits, and is let go here.
  worker.on("error", () => undefined);
  worker.on("exit", () => {
    if (idle?.worker !== worker) return;
    clearTimeout(idle.timer);
    idle = undefined;
  });
  return worker;
}

function keepWarm(worker: Worker): void {
  if (idle) void worker.terminate();
  else {
    const letGo = () => {
      idle = undefined;
      void worker.terminate();
    };
    idle = { worker, timer: setTimeout(letGo, EXPORT_WORKER_IDLE_MS).unref() };
  }
}

/**
 * Writes an export's file (CSV or XLSX) into `out` on a worker thread, so exceljs' and
 * csv-stringify's work runs beside the reading of the next page rather than after it, and not on
 * the thread that answers chats. Pages are read no further than a few ahead of the worker, and the
 * worker stops writing while `out` holds a few chunks it has not taken: memory stays flat both
 * ways. `totals` is asked for once the last page is handed over. Ends `out`. Rejects if the rows
 * fail, the worker fails or `out` fails or closes before the end, and then only once the reading
 * has stopped and the worker is gone.
 */
export async function writeExportInWorker(
  job: ExportJob,
  pages: AsyncIterable<readonly PledgeExportRow[]>,
  totals: () => readonly CompanyTotalRow[],
  out: Writable,
): Promise<void> {
  if (out.destroyed) throw new Error("The export's reader went away before the file was written");
  const worker = takeWorker();
  const { port1: port, port2 } = new MessageChannel();
  const post = (message: ToExportWorker) => port.postMessage(message);
  let failed = false;
  let ending = false;
  let pagesAhead = 0;
  const roomForPages = condition(() => pagesAhead < PAGES_AHEAD || failed);
  let chunksOwed = 0;
  let fail: (error: unknown) => void = () => undefined;
  const stopped = (code: number) => fail(new Error(`The export worker stopped (exit code ${code}) before the file was written`));
  const readerLeft = () => ending || fail(new Error("The export's reader went away before the file was written"));
  const drained = () => {
    for (; chunksOwed > 0; chunksOwed--) post({ kind: "written" });
  };
  let reading: Promise<void> = Promise.resolve();
  const stopListening = () => {
    port.close();
    worker.off("error", fail).off("exit", stopped);
    out.off("error", fail).off("close", readerLeft).off("drain", drained);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      fail = (error) => {
        failed = true;
        roomForPages.recheck();
        reject(error);
      };
      port.on("message", (message: FromExportWorker) => {
        if (message.kind === "taken") {
          pagesAhead -= 1;
          roomForPages.recheck();
        } else if (message.kind === "chunk") {
          // Acknowledged at once while `out` takes it, and once it drains after it has had enough.
          if (chunksOwed > 0) {
            out.write(message.bytes);
            chunksOwed += 1;
          } else if (out.write(message.bytes)) post({ kind: "written" });
          else chunksOwed = 1;
        } else if (message.kind === "failed") fail(message.error);
        else {
          ending = true;
          out.end();
          finished(out, { readable: false }).then(resolve, fail);
        }
      });
      worker.on("error", fail);
      worker.on("exit", stopped);
      out.on("error", fail);
      out.on("close", readerLeft);
      out.on("drain", drained);
      worker.postMessage({ job, port: port2 }, [port2]);
      reading = (async () => {
        for await (const page of pages) {
          if (failed) return;
          post({ kind: "page", rows: page });
          pagesAhead += 1;
          await roomForPages.until();
          if (failed) return;
        }
        post({ kind: "end", totals: totals() });
      })();
      reading.catch(fail);
    });
  } catch (error) {
    // Stopped mid-file, the worker is in no state to write another.
    stopListening();
    await Promise.all([worker.terminate(), reading.catch(() => undefined)]);
    throw error;
  }
  stopListening();
  keepWarm(worker);
}
