import type { Command } from "../command.js";
import { reply } from "../context.js";
import { campaignCommand } from "./campaign.js";

/**
 * `/total`: confirmed and pledged sums, for the active campaigns and for all time. `/total CODE`
 * is what a donor types for one campaign: its page, as `/campaign CODE` answers it.
 */
export const totalCommand: Command = {
  name: "total",
  aliases: ["totals", "jumlah", "합계"],
  access: "everyone",
  readOnly: true,
  groupSafe: true,
  async run(ctx, args) {
    if (args.trim()) return campaignCommand.run(ctx, args);
    const { active, allTime } = await ctx.reads.overallTotals();
    const money = ctx.format.rupiah;
    return [
      reply(
        ctx.t("total-text", {
          activeCampaigns: active.campaigns,
          activeConfirmed: money(active.confirmed),
          activePledged: money(active.pledged),
          allCampaigns: allTime.campaigns,
          allConfirmed: money(allTime.confirmed),
          allPledged: money(allTime.pledged),
          companies: allTime.companies,
        }),
      ),
    ];
  },
};
