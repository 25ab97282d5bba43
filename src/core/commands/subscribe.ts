import type { Command } from "../command.js";
import { reply } from "../context.js";
import { findCampaignByCode } from "../use-cases/campaign-code.js";
import { subscribe } from "../use-cases/subscriptions.js";

/** `/subscribe [CODE]`: updates for one campaign, or for all of them. */
export const subscribeCommand: Command = {
  name: "subscribe",
  aliases: ["langganan", "ikuti", "구독"],
  access: "everyone",
  async run(ctx, args) {
    const code = args.trim().split(/\s+/)[0];
    const campaign = code ? await findCampaignByCode(ctx.reads, code) : null;
    const added = await subscribe(ctx.db, ctx.member.id, campaign?.id ?? null);
    const key = campaign ? (added ? "subscribed-one" : "already-subscribed-one") : added ? "subscribed-all" : "already-subscribed-all";
    return [reply(ctx.t(key, { code: campaign?.code ?? "" }))];
  },
};
