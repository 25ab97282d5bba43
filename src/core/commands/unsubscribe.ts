import type { Command } from "../command.js";
import { reply } from "../context.js";
import { findCampaignByCode } from "../use-cases/campaign-code.js";
import { unsubscribe } from "../use-cases/subscriptions.js";

/** `/unsubscribe [CODE]`: one campaign, or every subscription without a code. */
export const unsubscribeCommand: Command = {
  name: "unsubscribe",
  aliases: ["berhenti-langganan", "henti", "구독취소"],
  access: "everyone",
  async run(ctx, args) {
    const code = args.trim().split(/\s+/)[0];
    const campaign = code ? await findCampaignByCode(ctx.reads, code) : null;
    const removed = await unsubscribe(ctx.db, ctx.member.id, campaign?.id ?? null);
    const key = removed ? (campaign ? "unsubscribed-one" : "unsubscribed-all") : "not-subscribed";
    return [reply(ctx.t(key, { code: campaign?.code ?? "" }))];
  },
};
