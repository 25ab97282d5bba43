import type { Command } from "../command.js";
import { reply } from "../context.js";
import { jakartaToday } from "../jakarta-time.js";
import { campaignCodeFromArgs, findCampaignByCode } from "../use-cases/campaign-code.js";
import { loadCampaignTotals, NO_TOTALS } from "../use-cases/campaign-totals.js";
import { campaignDetail } from "../views/campaign-view.js";

/** `/campaign CODE`: target, confirmed vs pledged, companies, goals, regions, deadline, latest update. */
export const campaignCommand: Command = {
  name: "campaign",
  aliases: ["progress", "progres", "info"],
  access: "everyone",
  readOnly: true,
  groupSafe: true,
  async run(ctx, args) {
    const code = campaignCodeFromArgs(args, "usage-campaign");
    // The page says "12 days left", and offers buttons in private chats only.
    const key = `campaign|${code}|${ctx.locale}|${jakartaToday(ctx.now).toISOString()}|${ctx.message.chatType}`;
    return ctx.reads.answer(key, ["Campaign", "CampaignGoal", "CampaignUpdate", "CampaignPartnerTotal"], async () => {
      const campaign = await findCampaignByCode(ctx.db, code);
      const [goals, latestUpdate, totals] = await Promise.all([
        ctx.db.campaignGoal.findMany({ where: { campaignId: campaign.id }, orderBy: { key: "asc" } }),
        ctx.db.campaignUpdate.findFirst({ where: { campaignId: campaign.id }, orderBy: { createdAt: "desc" } }),
        loadCampaignTotals(ctx.db, [campaign.id]),
      ]);
      const detail = campaignDetail(ctx, campaign, goals, totals.get(campaign.id) ?? NO_TOTALS, latestUpdate);
      const webPage = ctx.deps.config.webPublicUrl;
      const text = webPage ? `${detail}\n\n${ctx.t("campaign-web-link", { url: `${webPage}/c/${campaign.code}?lang=${ctx.locale}` })}` : detail;
      const chart = { label: ctx.t("choice-chart"), value: `/chart ${campaign.code}` };
      const actions =
        ctx.message.chatType !== "private"
          ? undefined
          : campaign.status === "active"
            ? [[
                { label: ctx.t("choice-pledge"), value: `/pledge ${campaign.code}` },
                { label: ctx.t("choice-subscribe"), value: `/subscribe ${campaign.code}` },
              ], [chart]]
            : [[chart]];
      return [reply(text, actions)];
    });
  },
};
