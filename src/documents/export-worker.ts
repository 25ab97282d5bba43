// The worker thread that writes exports' files (see export-in-worker.ts), one at a time, each on
// the port that came with it: the rows arrive a page at a time from the bot's thread, which reads
// and translates them, and the file goes back a chunk at a time, never more than a few ahead of
// what the bot's thread has passed on.
import { Writable } from "node:stream";
import { parentPort, type MessagePort } from "node:worker_threads";
import type { ExportJob, FromExportWorker, ToExportWorker } from "./export-in-worker.js";
import { writePledgesCsv, writePledgesXlsx, type CompanyTotalRow } from "./pledge-export.js";

/** Chunks handed to the bot's thread and not yet passed on: a few, so neither thread waits on the other's every turn. */
const CHUNKS_AHEAD = 8;

async function writeFile(job: ExportJob, port: MessagePort): Promise<void> {
  const post = (message: FromExportWorker) => port.postMessage(message);
  const arrived: Exclude<ToExportWorker, { kind: "written" }>[] = [];
  let somethingArrived: (() => void) | undefined;
  let chunksAhead = 0;
  let roomAhead: (() => void) | undefined;
  port.on("message", (message: ToExportWorker) => {
    if (message.kind === "written") {
      chunksAhead -= 1;
      const resume = roomAhead;
      roomAhead = undefined;
      resume?.();
    } else {
      arrived.push(message);
      somethingArrived?.();
    }
  });

  let totals: readonly CompanyTotalRow[] = [];
  async function* pages() {
    for (;;) {
      while (arrived.length === 0) await new Promise<void>((resolve) => (somethingArrived = resolve));
      const message = arrived.shift()!;
      if (message.kind === "end") {
        totals = message.totals;
        return;
      }
      post({ kind: "taken" });
      yield message.rows;
    }
  }
  const file = new Writable({
    write(chunk: Buffer, _encoding, done) {
      post({ kind: "chunk", bytes: chunk });
      chunksAhead += 1;
      if (chunksAhead < CHUNKS_AHEAD) done();
      else roomAhead = () => done();
    },
  });

  try {
    if (job.format === "csv") await writePledgesCsv(pages(), job.labels, file);
    else await writePledgesXlsx(pages(), () => totals, job.labels, file);
    post({ kind: "done" });
  } catch (error) {
    post({ kind: "failed", error });
  } finally {
    port.close();
  }
}

parentPort!.on("message", ({ job, port }: { job: ExportJob; port: MessagePort }) => void writeFile(job, port));
