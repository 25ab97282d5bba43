import type { Command } from "../command.js";
import { reply } from "../context.js";
import { pledgeLine } from "../views/pledge-view.js";

const SHOWN = 30;

/** `/mypledges`: the company's pledges, from every colleague on every channel. */
export const myPledgesCommand: Command = {
  name: "mypledges",
  aliases: ["janjisaya", "donasisaya", "pledges", "내약정"],
  access: "partner",
  readOnly: true,
  async run(ctx) {
    const pledges = await ctx.db.pledge.findMany({
      where: { organizationId: ctx.member.organizationId! },
      orderBy: { createdAt: "desc" },
      take: SHOWN,
      include: { campaign: true },
    });
    if (pledges.length === 0) {
      return [reply(ctx.t("mypledges-none"), [[{ label: ctx.t("choice-pledge"), value: "/pledge" }]])];
    }
    const company = ctx.member.organization!.name;
    return [reply([ctx.t("mypledges-heading", { company }), ...pledges.map((pledge) => pledgeLine(ctx, pledge))].join("\n"))];
  },
};
