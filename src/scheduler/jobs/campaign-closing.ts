import { jakartaToday } from "../../core/jakarta-time.js";
import { createNotifier } from "../../core/notifier.js";
import { closeCampaign } from "../../core/use-cases/close-campaign.js";
import { outboxPort } from "../../outbox/enqueue-broadcast.js";
import { inEveryLocale } from "../../core/views/in-every-locale.js";
import type { Job } from "./job.js";

/** The account closing campaigns on schedule: it is the bot, not a person. */
export const CLOSING_ACTOR = "system:scheduler";

/**
 * Closes every active campaign whose last day has passed (Jakarta dates) and tells staff which.
 * The closing runs in the run's transaction, so two instances close each campaign once, and its
 * CSR certificates go out with it.
 */
export const campaignClosing: Job = async ({ db, translator, slot, staff }) => {
  const today = jakartaToday(slot);
  const ended = await db.campaign.findMany({ where: { status: "active", endsOn: { lt: today } }, orderBy: { code: "asc" } });
  if (ended.length === 0) return { broadcasts: [] };
  const codes = ended.map((campaign) => campaign.code).join(", ");
  return {
    broadcasts: [{ kind: "closing", audience: "staff", staff, texts: inEveryLocale(translator, slot, (ctx) => ctx.t("closing-summary", { codes, count: ended.length })) }],
    async apply(tx) {
      // Read again, locked, in the run's transaction: one staff closed or gave a later end since
      // the read above is theirs to keep, and the others still close tonight.
      const stillEnded = await tx.$queryRaw<{ code: string }[]>`
        SELECT code FROM "Campaign"
        WHERE id = ANY(${ended.map((campaign) => campaign.id)}::int[]) AND status = 'active' AND "endsOn" < ${today}::date
        ORDER BY code FOR UPDATE`;
      const notify = createNotifier({ db: tx, outbox: outboxPort, translator, staff, now: slot });
      for (const { code } of stillEnded) await closeCampaign(tx, { code, actor: CLOSING_ACTOR, now: slot }, notify);
    },
  };
};
