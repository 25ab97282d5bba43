import type { Command } from "../command.js";
import { reply } from "../context.js";
import { jakartaToday } from "../i18n/format.js";
import { campaignFromArgs } from "../use-cases/campaign-code.js";
import { campaignDetail } from "../views/campaign-view.js";

/** `/campaign CODE`: target, confirmed vs pledged, companies, goals, regions, deadline, latest update. */
export const campaignCommand: Command = {
  name: "campaign",
  aliases: ["progress", "progres", "info"],
  access: "everyone",
  readOnly: true,
  groupSafe: true,
  async run(ctx, args) {
    const campaign = await campaignFromArgs(ctx.reads, args, "usage-campaign");
    // The page says "12 days left": it is the same for everyone of one language on one day.
    const variant = `${ctx.locale}|${jakartaToday(ctx.now).toISOString()}`;
    const text = await ctx.reads.campaignPageText(campaign.id, variant, async () => {
      const { goals, latestUpdate, totals } = await ctx.reads.campaignPage(campaign.id);
      return campaignDetail(ctx, campaign, goals, totals, latestUpdate);
    });
    const actions =
      campaign.status === "active" && ctx.message.chatType === "private"
        ? [[
            { label: ctx.t("choice-pledge"), value: `/pledge ${campaign.code}` },
            { label: ctx.t("choice-subscribe"), value: `/subscribe ${campaign.code}` },
          ]]
        : undefined;
    return [reply(text, actions)];
  },
};
