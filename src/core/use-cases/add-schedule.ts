import { inTransaction, type DbClient } from "../../db/database.js";
import { ScheduleKind, type Schedule } from "../../generated/prisma/client.js";
import type { CronPort } from "../ports.js";
import { UserError } from "../user-error.js";
import { findCampaignByCode } from "./campaign-code.js";

/**
 * `/schedule add KIND [CODE] CRON [days=N]`, e.g. `/schedule add digest PADI 0 9 * * 1`.
 * A campaign code starts with a letter and a cron field never does, so the two cannot be confused.
 * An invalid cron expression (node-cron's own check, five fields) is refused and nothing stored.
 */
export async function addSchedule(db: DbClient, cron: CronPort, input: { args: string; actor: string }): Promise<Schedule> {
  const words = input.args.trim().split(/\s+/).filter(Boolean);
  const kind = words.shift()?.toLowerCase() ?? "";
  if (!Object.hasOwn(ScheduleKind, kind)) throw new UserError("schedule-bad-kind", { kind: kind.slice(0, 20) || "?" });
  const code = words[0] && /^[A-Za-z]/.test(words[0]) ? words.shift()! : undefined;
  const daysWord = words.at(-1)?.match(/^days=(\d{1,3})$/);
  if (daysWord) words.pop();
  const expression = words.join(" ");
  if (!(await cron.isValid(expression))) throw new UserError("schedule-bad-cron", { cron: expression.slice(0, 60) || "?" });
  const days = daysWord ? Number(daysWord[1]) : undefined;
  if (days !== undefined && (kind !== "reminder" || days < 1)) throw new UserError("schedule-usage");
  const campaign = code ? await findCampaignByCode(db, code) : undefined;
  return inTransaction(db, async (tx) => {
    const schedule = await tx.schedule.create({
      data: {
        kind: kind as ScheduleKind,
        cron: expression,
        campaignId: campaign?.id ?? null,
        params: kind === "reminder" ? { days: days ?? 3 } : {},
        createdBy: input.actor,
      },
    });
    await tx.auditLog.create({
      data: { actor: input.actor, action: "schedule.add", entity: "Schedule", entityId: String(schedule.id), after: { kind, cron: expression, campaign: campaign?.code ?? null } },
    });
    return schedule;
  });
}
