import type { Command } from "../command.js";
import type { Ctx } from "../context.js";
import { UserError } from "../user-error.js";

/** Refuses a command the person's role or the chat type does not allow, before it runs. */
export function checkAccess(ctx: Ctx, command: Command): void {
  if (ctx.message.chatType === "group" && !command.groupSafe) {
    throw new UserError("error-private-only", { command: `/${command.name}` });
  }
  if (command.access === "staff" && !ctx.isStaff) throw new UserError("error-staff-only");
  if (command.access === "partner" && !ctx.member.organizationId) throw new UserError("error-register-first");
}
