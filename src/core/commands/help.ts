import type { Command } from "../command.js";
import { reply, type Ctx } from "../context.js";
import { COMMANDS } from "./index.js";

/** The commands this person may use here, one help line each. */
export function helpText(ctx: Ctx): string {
  const inGroup = ctx.message.chatType !== "private";
  const listedUnder = (command: Command) => command.listedUnder ?? command.access;
  const visible = (command: Command) =>
    (!inGroup || command.groupSafe) &&
    (listedUnder(command) === "everyone" ||
      (listedUnder(command) === "partner" && (ctx.member.organizationId !== null || ctx.isStaff)) ||
      (listedUnder(command) === "staff" && ctx.isStaff));
  const section = (access: Command["access"]) =>
    COMMANDS.filter((command) => listedUnder(command) === access && visible(command)).map((command) => ctx.t(`command-${command.name}`));
  const sections: string[] = [ctx.t("help-everyone"), ...section("everyone")];
  const partner = section("partner");
  if (partner.length > 0) sections.push("", ctx.t("help-partner"), ...partner);
  else if (!inGroup) sections.push("", ctx.t("help-become-partner"));
  const staff = section("staff");
  if (staff.length > 0) sections.push("", ctx.t("help-staff"), ...staff);
  sections.push("", ctx.t("help-footer"));
  return sections.join("\n");
}

export const helpCommand: Command = {
  name: "help",
  aliases: ["bantuan", "menu", "도움말", "?"],
  access: "everyone",
  readOnly: true,
  groupSafe: true,
  async run(ctx) {
    return [reply(helpText(ctx))];
  },
};
