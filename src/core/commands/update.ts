import type { Command } from "../command.js";
import { reply } from "../context.js";
import { startFlow } from "../flow.js";
import { splitReached, updateFlow } from "../flows/update-flow.js";
import { UserError } from "../user-error.js";
import { postCampaignUpdate } from "../use-cases/post-campaign-update.js";
import { storeFile } from "../use-cases/stored-files.js";

/**
 * `/update CODE TEXT [goal=N ...]` (staff): an update, sent to the campaign's subscribers with
 * the beneficiary counts. `students=350` tokens anywhere set how many the goal has reached so
 * far. A photo sent with it (the command as its caption) goes to subscribers with the text. `/update CODE` alone asks for the text per language, like /broadcast.
 */
export const updateCommand: Command = {
  name: "update",
  aliases: ["kabar", "업데이트"],
  access: "staff",
  async run(ctx, args) {
    const [code = "", ...words] = args.trim().split(/\s+/).filter(Boolean);
    if (!code) throw new UserError("usage-update");
    if (words.length === 0) return startFlow(ctx, updateFlow, code);
    const { text, reached } = splitReached(words);
    if (!text) throw new UserError("usage-update");
    const photo = ctx.file ? await storeFile(ctx.db, ctx.file) : undefined;
    const { recipients } = await postCampaignUpdate(
      ctx.db,
      { code, texts: { id: text }, reached, actor: ctx.identity, photoFileId: photo?.id },
      { outbox: ctx.deps.outbox, translator: ctx.deps.translator, now: ctx.now, requestKey: `update:${ctx.message.channel}:${ctx.message.chatId}:${ctx.message.messageId}` },
    );
    return [reply(ctx.t("update-posted", { code: code.toUpperCase(), total: ctx.format.number(recipients) }))];
  },
};
