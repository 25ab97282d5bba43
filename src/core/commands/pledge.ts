import type { Command } from "../command.js";
import { startFlow } from "../flow.js";
import { pledgeFlow } from "../flows/pledge-flow.js";

/** `/pledge [CODE] [AMOUNT]`: the wizard asks only for what is missing. */
export const pledgeCommand: Command = {
  name: "pledge",
  aliases: ["donasi", "janji", "sumbang", "약정", "기부"],
  access: "partner",
  run: (ctx, args) => startFlow(ctx, pledgeFlow, args),
};
