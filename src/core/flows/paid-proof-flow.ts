import { reply, type Ctx } from "../context.js";
import { ask, type Flow, type FlowResult } from "../flow.js";
import type { OutgoingMessage } from "../messages.js";
import { pledgeActor } from "../commands/pledge-status-command.js";
import { reportTransfer } from "../use-cases/report-transfer.js";
import type { FileToStore } from "../use-cases/stored-files.js";
import { isSkip, skipChoice } from "./choices.js";

interface PaidData {
  [key: string]: number;
  pledgeId: number;
}

/** Reports the transfer (with the slip, when there is one) and says so. */
export async function transferReported(ctx: Ctx, pledgeId: number, slip: FileToStore | undefined): Promise<OutgoingMessage[]> {
  const pledge = await reportTransfer(ctx.db, { pledgeId, actor: pledgeActor(ctx), slip }, ctx.notify);
  const done = ctx.t("pledge-report-paid-done", { id: pledge.id, status: ctx.t("status-transfer_reported") });
  return [reply(slip ? `${done}\n${ctx.t("paid-proof-kept")}` : done)];
}

function askForSlip(ctx: Ctx, data: PaidData, key: string): FlowResult<PaidData> {
  return ask(data, "proof", reply(ctx.t(key, { id: data.pledgeId }), skipChoice(ctx)));
}

/**
 * `/paid ID` without a file: asks for a photo or PDF of the transfer slip, which staff then see
 * with the notification. "Skip" reports the transfer without one. The pledge was checked before
 * the question and is checked again when the answer comes, in that message's transaction.
 */
export const paidProofFlow: Flow<PaidData> = {
  name: "paid",
  access: "partner",
  async start(ctx, pledgeId) {
    return askForSlip(ctx, { pledgeId: Number(pledgeId) }, "paid-ask-proof");
  },
  async handle(ctx, _step, data, input) {
    if (ctx.file) return { replies: await transferReported(ctx, data.pledgeId, ctx.file) };
    if (isSkip(input)) return { replies: await transferReported(ctx, data.pledgeId, undefined) };
    return askForSlip(ctx, data, "paid-proof-expected");
  },
};
