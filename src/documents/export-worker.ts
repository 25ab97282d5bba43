// The worker thread that writes exports' files (see export-in-worker.ts), one at a time, each on
// the port that came with it: the rows arrive a page at a time from the bot's thread, which reads
// and translates them, and the file goes back a chunk at a time, never more than a few ahead of
// what the bot's thread has passed on.
import { Writable } from "node:stream";
import { parentPort, type MessagePort } from "node:worker_threads";
import type { ExportJob, FromExportWorker, ToExportWorker } from "./export-in-worker.js";
import { condition } from "./condition.js";
import { writePledgesCsv, writePledgesXlsx, type CompanyTotalRow } from "./pledge-export.js";

/**
 * Chunks of the file handed to the bot's thread and not yet passed on: a few, so neither thread
 * waits on the other's every turn. With that many out (a slow download), no more rows are written.
 */
const CHUNKS_AHEAD = 8;

/** Rows written between two turns of the event loop. */
const ROWS_PER_TURN = 50;

async function writeFile(job: ExportJob, port: MessagePort): Promise<void> {
  const post = (message: FromExportWorker) => port.postMessage(message);
  const arrived: Exclude<ToExportWorker, { kind: "written" }>[] = [];
  const somethingArrived = condition(() => arrived.length > 0);
  let chunksAhead = 0;
  const room = condition(() => chunksAhead < CHUNKS_AHEAD);
  port.on("message", (message: ToExportWorker) => {
    if (message.kind === "written") {
      chunksAhead -= 1;
      room.recheck();
    } else {
      arrived.push(message);
      somethingArrived.recheck();
    }
  });

  let totals: readonly CompanyTotalRow[] = [];
  async function* pages() {
    for (;;) {
      await somethingArrived.until();
      const message = arrived.shift()!;
      if (message.kind === "end") {
        totals = message.totals;
        return;
      }
      post({ kind: "taken" });
      // A turn of the event loop every few rows: with pages waiting, the writer would otherwise
      // run on without one, and the zip, which compresses a piece per turn, fall behind while
      // exceljs piles the sheet's XML up in memory (60 MB for 100,000 rows). And no rows while
      // the download has not taken what is written: exceljs itself never waits for it.
      for (let start = 0; start < message.rows.length; start += ROWS_PER_TURN) {
        await room.until();
        await new Promise(setImmediate);
        yield message.rows.slice(start, start + ROWS_PER_TURN);
      }
    }
  }
  const file = new Writable({
    write(chunk: Buffer, _encoding, done) {
      // A copy of just these bytes, moved rather than copied again: a chunk is often a slice of
      // a larger buffer, which a message would carry whole.
      const bytes = Uint8Array.from(chunk);
      port.postMessage({ kind: "chunk", bytes } satisfies FromExportWorker, [bytes.buffer]);
      chunksAhead += 1;
      void room.until().then(() => done());
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
