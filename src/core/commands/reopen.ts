import type { Command } from "../command.js";
import { reply } from "../context.js";
import { readCalendarDate } from "../jakarta-time.js";
import { UserError } from "../user-error.js";
import { reopenCampaign } from "../use-cases/reopen-campaign.js";

/** `/reopen CODE [END DATE]` (staff): a closed campaign takes pledges again, audited. */
export const reopenCommand: Command = {
  name: "reopen",
  aliases: ["bukakembali", "재개"],
  access: "staff",
  async run(ctx, args) {
    const [code, dateText, ...rest] = args.trim().split(/\s+/).filter(Boolean);
    if (!code || rest.length > 0) throw new UserError("usage-reopen");
    const endsOn = dateText === undefined ? undefined : readCalendarDate(dateText, ctx.now);
    if (dateText !== undefined && !endsOn) throw new UserError("newcampaign-bad-date");
    const campaign = await reopenCampaign(ctx.db, { code, endsOn, actor: ctx.identity, now: ctx.now });
    return [reply(ctx.t("campaign-reopened", { code: campaign.code, date: ctx.format.date(campaign.endsOn) }))];
  },
};
