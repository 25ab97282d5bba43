import type { Command } from "../command.js";
import { startFlow } from "../flow.js";
import { pledgeFlow } from "../flows/pledge-flow.js";
import { PRIVATE_LINK_CHANNELS } from "../messages.js";
import { refusalFor } from "../use-cases/check-access.js";
import { UserError } from "../user-error.js";
import { pledgeLinks } from "./pledge-links.js";

/**
 * `/pledge [CODE] [AMOUNT]`: the wizard asks only for what is missing. Pledging is private; in a
 * group it answers with links into the private chat where the channel has them.
 */
export const pledgeCommand: Command = {
  name: "pledge",
  aliases: ["donasi", "janji", "sumbang", "약정", "기부"],
  // Partners only, checked below: in a group anyone may be shown the way to the private chat.
  access: "everyone",
  listedUnder: "partner",
  groupSafe: true,
  async run(ctx, args) {
    if (ctx.message.chatType !== "private") {
      if (!PRIVATE_LINK_CHANNELS.has(ctx.message.channel)) throw new UserError("error-private-only", { command: "/pledge" });
      return pledgeLinks(ctx, args);
    }
    const refusal = await refusalFor(ctx, "partner");
    if (refusal) throw refusal;
    return startFlow(ctx, pledgeFlow, args);
  },
};
