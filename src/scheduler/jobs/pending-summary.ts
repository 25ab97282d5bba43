import type { Job } from "./job.js";
import { inEveryLocale } from "../../core/views/in-every-locale.js";

/** The daily summary to staff: pledges waiting for them (transfers to confirm) and for partners. */
export const pendingSummary: Job = async ({ db, translator, schedule, slot, staff }) => {
  const campaignWhere = schedule.campaignId !== null ? { campaignId: schedule.campaignId } : {};
  const [reported, pledged] = await Promise.all([
    db.pledge.count({ where: { status: "transfer_reported", ...campaignWhere } }),
    db.pledge.count({ where: { status: "pledged", ...campaignWhere } }),
  ]);
  if (reported === 0 && pledged === 0) return { broadcasts: [] };
  return {
    broadcasts: [
      {
        kind: "summary",
        audience: "staff" as const,
        staff,
        texts: inEveryLocale(translator, slot, (ctx) => ctx.t("summary-pending", { reported, pledged })),
      },
    ],
  };
};
