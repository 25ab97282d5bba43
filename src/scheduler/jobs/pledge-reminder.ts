import * as z from "zod";
import type { Job } from "./job.js";
import { inEveryLocale } from "../../core/views/in-every-locale.js";

const DAY_MS = 86_400_000;
const paramsSchema = z.object({ days: z.number().int().min(1).max(365).default(3) });

/**
 * Reminds partners whose pledge is still "pledged" (no transfer reported) `days` after they made
 * it. Each run covers the pledges that turned `days` old in the day before it, so a daily
 * schedule reminds each pledge once.
 */
export const pledgeReminder: Job = async ({ db, translator, schedule, slot }) => {
  const { days } = paramsSchema.parse(schedule.params ?? {});
  const to = new Date(slot.getTime() - days * DAY_MS);
  const from = new Date(to.getTime() - DAY_MS);
  const campaigns = await db.campaign.findMany({
    where: {
      ...(schedule.campaignId !== null && { id: schedule.campaignId }),
      pledges: { some: { status: "pledged", createdAt: { gte: from, lt: to } } },
    },
    orderBy: { code: "asc" },
  });
  return {
    broadcasts: campaigns.map((campaign) => ({
      kind: "reminder",
      audience: "unpaid_partners" as const,
      campaignId: campaign.id,
      pledgedBetween: [from, to] as const,
      texts: inEveryLocale(translator, slot, (ctx) => ctx.t("reminder-unpaid", { code: campaign.code, days })),
    })),
  };
};
