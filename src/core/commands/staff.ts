import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { manageStaff } from "../use-cases/manage-staff.js";

/** `/staff add|remove IDENTITY`, and `/staff` alone to list who has staff rights. */
export const staffCommand: Command = {
  name: "staff",
  aliases: ["admin"],
  access: "staff",
  async run(ctx, args) {
    const [operation = "", identity = ""] = args.trim().split(/\s+/);
    const configured = ctx.deps.config.staff;
    if (!operation) {
      const grants = await ctx.db.staffGrant.findMany({ orderBy: { identity: "asc" } });
      const lines = [...configured.map((id) => `${id} (${ctx.t("staff-from-config")})`), ...grants.map((grant) => grant.identity)];
      return [reply([ctx.t("staff-heading"), ...lines].join("\n"))];
    }
    if ((operation !== "add" && operation !== "remove") || !identity) throw new UserError("usage-staff");
    await manageStaff(ctx.db, { operation, identity, actor: ctx.identity, configuredStaff: configured });
    return [reply(ctx.t(operation === "add" ? "staff-added" : "staff-removed", { identity }))];
  },
};
