import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { issueSignInToken, SIGN_IN_LINK_MINUTES } from "../use-cases/sign-in-link.js";

/** `/dashboard`: a one-time link that signs staff in to the web dashboard, no password needed. */
export const dashboardCommand: Command = {
  name: "dashboard",
  aliases: ["dasbor", "대시보드"],
  access: "staff",
  async run(ctx) {
    const base = ctx.deps.config.dashboardUrl;
    if (!base) throw new UserError("dashboard-disabled");
    const token = await issueSignInToken(ctx.db, { identity: ctx.identity, now: ctx.now });
    return [reply(ctx.t("dashboard-link", { url: `${base}/sign-in/${token}`, minutes: SIGN_IN_LINK_MINUTES }))];
  },
};
