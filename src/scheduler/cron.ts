import type { CronPort } from "../core/ports.js";

/** node-cron's rules, loaded on first use: a bot whose scheduler is off and that nobody asks about schedules never loads it. */
const rules = () => import("./cron-rules.js");

/** The rules the core's /schedule needs, without the core (or the app's start) loading node-cron. */
export const cronPort: CronPort = {
  isValid: async (expression) => (await rules()).isValidCron(expression),
  nextRun: async (expression) => (await rules()).nextCronRun(expression),
};
