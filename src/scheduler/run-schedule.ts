import type { Translator } from "../core/i18n/translator.js";
import type { Db } from "../db/database.js";
import type { Schedule } from "../generated/prisma/client.js";
import { enqueueBroadcastIn } from "../outbox/enqueue-broadcast.js";
import { JOBS } from "./jobs/index.js";

export interface RunScheduleDeps {
  db: Db;
  translator: Translator;
  staff: readonly string[];
}

/**
 * Runs a schedule for one time slot, at most once: the ScheduleRun row (unique per schedule and
 * slot) and the broadcasts it creates are written in one transaction. A second instance, or a
 * restart in the same minute, finds the row and creates nothing. Returns how many broadcasts it
 * queued, or undefined when the slot had already run.
 */
export async function runSchedule(deps: RunScheduleDeps, schedule: Schedule, slot: Date): Promise<number | undefined> {
  const already = await deps.db.scheduleRun.findUnique({ where: { scheduleId_slot: { scheduleId: schedule.id, slot } } });
  if (already) return undefined;
  const { broadcasts, apply } = await JOBS[schedule.kind]({ db: deps.db, translator: deps.translator, schedule, slot, staff: deps.staff });
  return deps.db.$transaction(
    async (tx) => {
      // Waits for a concurrent run of the same slot to commit, then inserts nothing.
      const inserted = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO "ScheduleRun" ("scheduleId", slot, broadcasts) VALUES (${schedule.id}::int, ${slot}::timestamp, ${broadcasts.length}::int)
        ON CONFLICT ("scheduleId", slot) DO NOTHING RETURNING id`;
      const run = inserted[0];
      if (!run) return undefined;
      await apply?.(tx);
      for (const broadcast of broadcasts) {
        await enqueueBroadcastIn(tx, { ...broadcast, sendAt: slot, requestKey: `run:${run.id}:${broadcast.campaignId ?? "all"}` });
      }
      return broadcasts.length;
    },
    { timeout: 120_000 },
  );
}
