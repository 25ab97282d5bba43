import type { Command } from "../command.js";
import { reply } from "../context.js";
import { optOut } from "../use-cases/subscriptions.js";

/** `/stop`: opt out of every proactive message; `/subscribe` opts back in. */
export const stopCommand: Command = {
  name: "stop",
  aliases: ["berhenti", "중지"],
  access: "everyone",
  async run(ctx) {
    await optOut(ctx.db, ctx.member.id);
    return [reply(ctx.t("stopped"))];
  },
};
