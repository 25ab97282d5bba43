import type { Command } from "../command.js";
import { reply } from "../context.js";
import { jakartaToday } from "../jakarta-time.js";
import { loadCampaignTotals, NO_TOTALS } from "../use-cases/campaign-totals.js";
import { campaignSummary } from "../views/campaign-view.js";
import { campaignCommand } from "./campaign.js";

/** `/campaigns`: every active campaign at a glance. With a code it shows that one campaign. */
export const campaignsCommand: Command = {
  name: "campaigns",
  aliases: ["kampanye", "캠페인"],
  access: "everyone",
  readOnly: true,
  groupSafe: true,
  async run(ctx, args) {
    if (args.trim()) return campaignCommand.run(ctx, args);
    // Each entry says how many days are left.
    const key = `campaigns|${ctx.locale}|${jakartaToday(ctx.now).toISOString()}`;
    return ctx.reads.answer(key, ["Campaign", "CampaignPartnerTotal"], async () => {
      const campaigns = await ctx.db.campaign.findMany({ where: { status: "active" }, orderBy: [{ endsOn: "asc" }, { code: "asc" }] });
      if (campaigns.length === 0) return [reply(ctx.t("campaigns-none"))];
      const totals = await loadCampaignTotals(ctx.db, campaigns.map((campaign) => campaign.id));
      const entries = campaigns.map((campaign) => campaignSummary(ctx, campaign, totals.get(campaign.id) ?? NO_TOTALS));
      const buttons = campaigns.map((campaign) => [{ label: campaign.code, value: `/campaign ${campaign.code}` }]);
      return [reply(`${ctx.t("campaigns-heading")}\n\n${entries.join("\n\n")}`, buttons)];
    });
  },
};
