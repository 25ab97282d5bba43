import type { Command } from "../command.js";
import { reply } from "../context.js";
import { isYes } from "../flows/choices.js";
import { UserError } from "../user-error.js";
import { findCampaignByCode } from "../use-cases/campaign-code.js";
import { closeCampaign } from "../use-cases/close-campaign.js";
import { campaignTitle } from "../views/campaign-view.js";

/**
 * `/close CODE` (staff) asks first: closing stops every pledge to the campaign. The answer
 * `/close CODE yes` closes it.
 */
export const closeCommand: Command = {
  name: "close",
  aliases: ["tutup", "마감"],
  access: "staff",
  async run(ctx, args) {
    const [code, answer] = args.trim().split(/\s+/);
    if (!code) throw new UserError("usage-close");
    if (answer === undefined) {
      const campaign = await findCampaignByCode(ctx.db, code);
      if (campaign.status === "closed") throw new UserError("error-campaign-already-closed", { code: campaign.code });
      return [
        reply(ctx.t("close-ask", { code: campaign.code, title: campaignTitle(ctx, campaign) }), [
          [
            { label: ctx.t("choice-close-yes"), value: `/close ${campaign.code} yes` },
            { label: ctx.t("choice-close-no"), value: `/close ${campaign.code} no` },
          ],
        ]),
      ];
    }
    if (!isYes(answer)) return [reply(ctx.t("close-kept", { code: code.toUpperCase() }))];
    const campaign = await closeCampaign(ctx.db, { code, actor: ctx.identity, now: ctx.now }, ctx.notify);
    return [reply(ctx.t("campaign-closed-done", { code: campaign.code }))];
  },
};
