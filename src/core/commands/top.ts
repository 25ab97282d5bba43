import type { Command } from "../command.js";
import { reply } from "../context.js";
import { campaignCodeFromArgs, findCampaignByCode } from "../use-cases/campaign-code.js";
import { loadSupportersWall } from "../use-cases/supporters-wall.js";
import { campaignTitle } from "../views/campaign-view.js";

const WALL_SIZE = 20;

/** `/top CODE`: the company wall, largest confirmed first; anonymous companies stay anonymous. */
export const topCommand: Command = {
  name: "top",
  aliases: ["wall", "dinding", "peringkat", "순위"],
  access: "everyone",
  readOnly: true,
  groupSafe: true,
  async run(ctx, args) {
    const code = campaignCodeFromArgs(args, "usage-top");
    return ctx.reads.answer(`top|${code}|${ctx.locale}`, ["Campaign", "CampaignPartnerTotal", "Organization"], async () => {
      const campaign = await findCampaignByCode(ctx.db, code);
      const rows = await loadSupportersWall(ctx.db, campaign.id, WALL_SIZE);
      if (rows.length === 0) return [reply(ctx.t("top-empty", { code: campaign.code }))];
      const lines = rows.map((row, index) =>
        ctx.t("top-line", {
          rank: index + 1,
          company: row.company ?? ctx.t("anonymous-company"),
          confirmed: ctx.format.rupiah(row.confirmed),
          pledged: ctx.format.rupiah(row.pledged),
        }),
      );
      return [reply([ctx.t("top-heading", { code: campaign.code, title: campaignTitle(ctx, campaign) }), ...lines].join("\n"))];
    });
  },
};
