import type { Command } from "../command.js";
import { reply } from "../context.js";
import { audienceLabel } from "../views/broadcast-view.js";
import { listBroadcasts } from "../use-cases/list-broadcasts.js";

/** `/broadcasts` (staff): the latest broadcasts and scheduled runs with their progress. */
export const broadcastsCommand: Command = {
  name: "broadcasts",
  aliases: ["daftarsiaran", "방송목록"],
  access: "staff",
  async run(ctx) {
    const rows = await listBroadcasts(ctx.db);
    if (rows.length === 0) return [reply(ctx.t("broadcasts-none"))];
    const lines = rows.map(({ broadcast, ...counts }) =>
      ctx.t("broadcasts-line", {
        id: broadcast.number ?? broadcast.id,
        kind: ctx.t(`broadcast-kind-${broadcast.kind}`),
        audience: audienceLabel(ctx, broadcast.audience, broadcast.campaign?.code),
        when: ctx.format.dateTime(broadcast.sendAt),
        status: ctx.t(`broadcast-status-${broadcast.status}`),
        queued: counts.queued,
        sent: counts.sent,
        failed: counts.failed,
        skipped: counts.skipped,
      }),
    );
    return [reply([ctx.t("broadcasts-heading"), ...lines, "", ctx.t("broadcasts-hint")].join("\n"))];
  },
};
