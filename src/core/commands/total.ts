import type { Command } from "../command.js";
import { reply } from "../context.js";

/** `/total`: confirmed and pledged sums, for the active campaigns and for all time. */
export const totalCommand: Command = {
  name: "total",
  aliases: ["totals", "jumlah", "합계"],
  access: "everyone",
  readOnly: true,
  groupSafe: true,
  async run(ctx) {
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
