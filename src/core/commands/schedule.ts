import type { Command } from "../command.js";
import { reply, type Ctx } from "../context.js";
import type { OutgoingMessage } from "../messages.js";
import { addSchedule } from "../use-cases/add-schedule.js";
import { changeSchedule, type ScheduleChange } from "../use-cases/change-schedule.js";
import { UserError } from "../user-error.js";

async function listSchedules(ctx: Ctx): Promise<OutgoingMessage[]> {
  const schedules = await ctx.db.schedule.findMany({ orderBy: { id: "asc" }, include: { campaign: { select: { code: true } } } });
  if (schedules.length === 0) return [reply(ctx.t("schedule-none"))];
  const lines = await Promise.all(schedules.map(async (schedule) => {
    const next = schedule.enabled ? await ctx.deps.cron.nextRun(schedule.cron) : undefined;
    return ctx.t("schedule-line", {
      id: schedule.id,
      kind: ctx.t(`schedule-kind-${schedule.kind}`),
      cron: schedule.cron,
      campaign: schedule.campaign?.code ?? ctx.t("schedule-all-campaigns"),
      state: schedule.enabled ? "on" : "off",
      next: next ? ctx.format.dateTime(next) : "-",
    });
  }));
  return [reply([ctx.t("schedule-heading"), ...lines, "", ctx.t("schedule-usage")].join("\n"))];
}

const CHANGES: Record<string, ScheduleChange> = { pause: "pause", resume: "resume", remove: "remove", jeda: "pause", lanjut: "resume", hapus: "remove" };

/** `/schedule list|add|pause|resume|remove` (staff): the recurring digests, reminders and summaries. */
export const scheduleCommand: Command = {
  name: "schedule",
  aliases: ["jadwal", "일정"],
  access: "staff",
  async run(ctx, args) {
    const [sub = "list", ...rest] = args.trim().split(/\s+/).filter(Boolean);
    const operation = sub.toLowerCase();
    if (operation === "list" || operation === "daftar") return listSchedules(ctx);
    if (operation === "add" || operation === "tambah") {
      const schedule = await addSchedule(ctx.db, ctx.deps.cron, { args: rest.join(" "), actor: ctx.identity });
      return [reply(ctx.t("schedule-added", { id: schedule.id, cron: schedule.cron }))];
    }
    const change = CHANGES[operation];
    const idText = rest[0]?.replace("#", "");
    if (!change || !idText || !/^\d{1,9}$/.test(idText) || rest.length > 1) throw new UserError("schedule-usage");
    const id = Number(idText);
    await changeSchedule(ctx.db, { id, change, actor: ctx.identity });
    return [reply(ctx.t(`schedule-${change}d`, { id }))];
  },
};
