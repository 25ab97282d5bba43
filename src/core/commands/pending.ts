import type { Command } from "../command.js";
import { reply } from "../context.js";
import { pledgeLine } from "../views/pledge-view.js";

const SHOWN = 30;

/** `/pending`: pledges waiting for staff, transfers reported first, oldest first; which have a slip. */
export const pendingCommand: Command = {
  name: "pending",
  aliases: ["tertunda", "menunggu", "대기"],
  access: "staff",
  async run(ctx) {
    const where = { status: { in: ["transfer_reported", "pledged"] as ("transfer_reported" | "pledged")[] } };
    const [pledges, count] = await Promise.all([
      ctx.db.pledge.findMany({
        where,
        // "transfer_reported" sorts after "pledged" in the enum, so descending puts it first.
        orderBy: [{ status: "desc" }, { createdAt: "asc" }],
        take: SHOWN,
        include: { campaign: true, organization: { select: { name: true } } },
      }),
      ctx.db.pledge.count({ where }),
    ]);
    if (pledges.length === 0) return [reply(ctx.t("pending-none"))];
    // 📎: a transfer slip came with /paid; /proof ID shows it.
    const lines = pledges.map((pledge) => pledgeLine(ctx, pledge, pledge.organization.name) + (pledge.proofFileId === null ? "" : ` · 📎 ${ctx.t("pending-has-proof")}`));
    return [reply([ctx.t("pending-heading", { count }), ...lines, "", ctx.t("pending-hint")].join("\n"))];
  },
};
