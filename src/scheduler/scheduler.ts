import { schedule as cronSchedule, type ScheduledTask } from "node-cron";
import { TIME_ZONE } from "../core/jakarta-time.js";
import { createFailureBackoff } from "../failure-backoff.js";
import type { Logger } from "../logger.js";
import { cronMatches } from "./cron-rules.js";
import { runSchedule, type RunScheduleDeps } from "./run-schedule.js";

export interface SchedulerDeps extends RunScheduleDeps {
  logger: Logger;
}

export interface Scheduler {
  /**
   * Runs every enabled schedule whose cron expression matches this minute (Jakarta time).
   * node-cron calls it once a minute; tests call it with the minute they want.
   */
  tick(at: Date): Promise<number>;
  /**
   * What node-cron calls each minute: a tick that never throws. While the database is away its
   * failures are logged on the 1st, 2nd, 4th, 8th… minute in a row, not every minute.
   */
  runMinute(at: Date): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

/** The minute a time falls in: the run's slot, the same on every instance. */
export function minuteSlot(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

/**
 * The scheduler only creates work (broadcasts in the outbox). node-cron is its clock, ticking
 * every minute in Asia/Jakarta; the schedules themselves are read from the database at each
 * tick, so /schedule changes made on any instance apply from the next minute without a reload.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  let clockTask: ScheduledTask | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function tick(at: Date): Promise<number> {
    const slot = minuteSlot(at);
    const schedules = await deps.db.schedule.findMany({ where: { enabled: true }, orderBy: { id: "asc" } });
    let runs = 0;
    for (const schedule of schedules.filter((candidate) => cronMatches(candidate.cron, slot))) {
      try {
        const broadcasts = await runSchedule(deps, schedule, slot);
        if (broadcasts === undefined) continue;
        runs++;
        deps.logger.info({ scheduleId: schedule.id, kind: schedule.kind, slot, broadcasts }, "schedule ran");
      } catch (error) {
        deps.logger.error({ err: error, scheduleId: schedule.id, slot }, "schedule run failed");
      }
    }
    return runs;
  }

  const failures = createFailureBackoff();
  async function runMinute(at: Date): Promise<void> {
    try {
      await tick(at);
      const ended = failures.succeeded();
      if (ended > 0) deps.logger.info({ failures: ended }, "scheduler ticks work again");
    } catch (error) {
      const { log, failures: inARow } = failures.failed();
      if (log) deps.logger.error({ err: error, failures: inARow }, "scheduler tick failed");
    }
  }

  return {
    tick,
    runMinute,
    start() {
      clockTask = cronSchedule(
        "* * * * *",
        (context) => {
          running = runMinute(context.date);
          return running;
        },
        { timezone: TIME_ZONE, name: "kpeduli-scheduler", noOverlap: true },
      );
    },
    async stop() {
      await clockTask?.destroy();
      await running;
    },
  };
}
