import type { Command } from "../command.js";
import { reply } from "../context.js";
import { startFlow } from "../flow.js";
import { pledgeFlow } from "../flows/pledge-flow.js";
import { helpText } from "./help.js";

/** `/start`, also with a deep-link payload such as `pledge_BTS` that opens the pledge wizard. */
export const startCommand: Command = {
  name: "start",
  aliases: ["mulai", "시작"],
  access: "everyone",
  groupSafe: true,
  async run(ctx, args) {
    const pledgeCode = /^pledge_([A-Za-z0-9]{2,12})$/.exec(args.trim())?.[1];
    if (pledgeCode && ctx.member.organizationId && ctx.message.chatType === "private") {
      return startFlow(ctx, pledgeFlow, pledgeCode);
    }
    return [reply(`${ctx.t("welcome")}\n\n${helpText(ctx)}`)];
  },
};
