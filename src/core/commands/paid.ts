import type { Command } from "../command.js";
import { startFlow } from "../flow.js";
import { paidProofFlow, transferReported } from "../flows/paid-proof-flow.js";
import { pledgeForAction } from "../use-cases/change-pledge-status.js";
import { parsePledgeId } from "./pledge-status-command.js";

/**
 * `/paid ID`: the partner reports the transfer; staff then confirm it. A photo or PDF sent with
 * the caption `/paid ID` is the transfer slip; without one the bot asks for it (it can be skipped).
 */
export const paidCommand: Command = {
  name: "paid",
  aliases: ["bayar", "sudahbayar", "lunas", "송금"],
  access: "partner",
  async run(ctx, args) {
    const pledgeId = parsePledgeId(args.trim().split(/\s+/)[0] ?? "", "paid");
    if (ctx.file) return transferReported(ctx, pledgeId, ctx.file);
    // Someone else's pledge, or one already confirmed, is refused now, not after the slip.
    await pledgeForAction(ctx.db, pledgeId, "report-paid", ctx.member.organizationId);
    return startFlow(ctx, paidProofFlow, String(pledgeId));
  },
};
