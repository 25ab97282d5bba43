import { inTransaction, type DbClient } from "../../db/database.js";
import { UserError } from "../user-error.js";

export type ScheduleChange = "pause" | "resume" | "remove";

/** `/schedule pause|resume|remove ID`, audited. A removed schedule's past runs go with it. */
export async function changeSchedule(db: DbClient, input: { id: number; change: ScheduleChange; actor: string }): Promise<void> {
  await inTransaction(db, async (tx) => {
    const schedule = await tx.schedule.findUnique({ where: { id: input.id } });
    if (!schedule) throw new UserError("schedule-not-found", { id: input.id });
    if (input.change === "remove") await tx.schedule.delete({ where: { id: input.id } });
    else await tx.schedule.update({ where: { id: input.id }, data: { enabled: input.change === "resume" } });
    await tx.auditLog.create({
      data: {
        actor: input.actor,
        action: `schedule.${input.change}`,
        entity: "Schedule",
        entityId: String(input.id),
        before: { enabled: schedule.enabled, cron: schedule.cron },
        after: input.change === "remove" ? undefined : { enabled: input.change === "resume" },
      },
    });
  });
}
