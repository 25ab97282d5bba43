import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { postCampaignUpdate } from "../use-cases/post-campaign-update.js";

const REACHED_TOKEN = /^([a-z][a-z_]*)=(\d[\d.,]*)$/i;

/**
 * `/update CODE TEXT [goal=N ...]`: a staff post. `students=350` tokens anywhere in the text set
 * how many beneficiaries the goal has reached so far; the rest is the update itself.
 */
export const updateCommand: Command = {
  name: "update",
  aliases: ["kabar", "업데이트"],
  access: "staff",
  async run(ctx, args) {
    const [code = "", ...words] = args.trim().split(/\s+/);
    const reached: Record<string, number> = {};
    const textWords: string[] = [];
    for (const word of words) {
      const match = REACHED_TOKEN.exec(word);
      if (match) reached[match[1]!.toLowerCase()] = Number(match[2]!.replace(/[.,]/g, ""));
      else textWords.push(word);
    }
    const text = textWords.join(" ");
    if (!code || !text) throw new UserError("usage-update");
    await postCampaignUpdate(ctx.db, { code, text, reached, actor: ctx.identity });
    return [reply(ctx.t("update-posted", { code: code.toUpperCase() }))];
  },
};
