import type { ScheduleKind } from "../../generated/prisma/client.js";
import { campaignClosing } from "./campaign-closing.js";
import { deadlineCountdown } from "./deadline-countdown.js";
import type { Job } from "./job.js";
import { pendingSummary } from "./pending-summary.js";
import { pledgeReminder } from "./pledge-reminder.js";
import { weeklyDigest } from "./weekly-digest.js";

/** The job behind each schedule kind. */
export const JOBS: Record<ScheduleKind, Job> = {
  digest: weeklyDigest,
  reminder: pledgeReminder,
  countdown: deadlineCountdown,
  summary: pendingSummary,
  closing: campaignClosing,
};
