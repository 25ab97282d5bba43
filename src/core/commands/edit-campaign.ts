import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { EDITABLE_CAMPAIGN_FIELDS, editCampaign } from "../use-cases/edit-campaign.js";

/** `/editcampaign CODE FIELD VALUE` (staff): bank details, goods hand-over, title, story, target, end date. */
export const editCampaignCommand: Command = {
  name: "editcampaign",
  aliases: ["ubahkampanye", "캠페인수정"],
  access: "staff",
  async run(ctx, args) {
    const [code, field, ...words] = args.trim().split(/\s+/).filter(Boolean);
    if (!code || !field || words.length === 0) throw new UserError("usage-editcampaign", { fields: EDITABLE_CAMPAIGN_FIELDS.join(", ") });
    const campaign = await editCampaign(ctx.db, { code, field, value: words.join(" "), actor: ctx.identity, now: ctx.now });
    return [reply(ctx.t("editcampaign-done", { code: campaign.code, field: field.toLowerCase() }))];
  },
};
