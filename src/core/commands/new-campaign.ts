import type { Command } from "../command.js";
import { startFlow } from "../flow.js";
import { newCampaignFlow } from "../flows/new-campaign-flow.js";

export const newCampaignCommand: Command = {
  name: "newcampaign",
  aliases: ["kampanyebaru", "새캠페인"],
  access: "staff",
  run: (ctx, args) => startFlow(ctx, newCampaignFlow, args),
};
