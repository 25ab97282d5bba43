import { createTask, validate, type ScheduledTask } from "node-cron";
import { TIME_ZONE } from "../core/jakarta-time.js";

const matchers = new Map<string, ScheduledTask>();

/**
 * True for a five-field cron expression node-cron accepts. The scheduler ticks once a minute,
 * so a seconds field is refused rather than silently ignored.
 */
export function isValidCron(expression: string): boolean {
  return expression.trim().split(/\s+/).length === 5 && validate(expression.trim());
}

/** node-cron's own matcher for an expression, in Jakarta time; never started, so it sets no timers. */
function matcherFor(expression: string): ScheduledTask {
  let task = matchers.get(expression);
  if (!task) {
    task = createTask(expression, () => undefined, { timezone: TIME_ZONE });
    matchers.set(expression, task);
  }
  return task;
}

/** Does the expression fire in this minute (Asia/Jakarta)? */
export function cronMatches(expression: string, minute: Date): boolean {
  return matcherFor(expression).match(minute);
}

/** The next time the expression fires after now, for /schedule list. */
export function nextCronRun(expression: string): Date | undefined {
  return matcherFor(expression).getNextRuns(1)[0];
}
