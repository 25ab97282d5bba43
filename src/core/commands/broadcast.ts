import type { Command } from "../command.js";
import { reply } from "../context.js";
import { startFlow } from "../flow.js";
import { broadcastFlow } from "../flows/broadcast-flow.js";
import { cancelBroadcast } from "../use-cases/cancel-broadcast.js";
import { UserError } from "../user-error.js";

/** `/broadcast` (staff) starts the guided broadcast; `/broadcast cancel ID` stops one. */
export const broadcastCommand: Command = {
  name: "broadcast",
  aliases: ["siaran", "방송"],
  access: "staff",
  async run(ctx, args) {
    const [sub, idText, ...rest] = args.trim().split(/\s+/);
    if (!sub) return startFlow(ctx, broadcastFlow, "");
    if (!["cancel", "batal", "취소"].includes(sub.toLowerCase()) || !/^#?\d{1,9}$/.test(idText ?? "") || rest.length > 0) {
      throw new UserError("broadcast-cancel-usage");
    }
    const number = Number(idText!.replace("#", ""));
    const stopped = await cancelBroadcast(ctx.db, { number, actor: ctx.identity, now: ctx.now });
    return [reply(ctx.t("broadcast-cancel-done", { id: number, count: stopped }))];
  },
};
