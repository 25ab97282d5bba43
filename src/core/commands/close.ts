import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { closeCampaign } from "../use-cases/close-campaign.js";

export const closeCommand: Command = {
  name: "close",
  aliases: ["tutup", "마감"],
  access: "staff",
  async run(ctx, args) {
    const code = args.trim().split(/\s+/)[0];
    if (!code) throw new UserError("usage-close");
    const campaign = await closeCampaign(ctx.db, { code, actor: ctx.identity, now: ctx.now });
    return [reply(ctx.t("campaign-closed-done", { code: campaign.code }))];
  },
};
