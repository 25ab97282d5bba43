import type { Access, Command } from "../command.js";
import type { Ctx } from "../context.js";
import { UserError } from "../user-error.js";

/**
 * Why the person may not do what `access` guards, or undefined when they may. Reads the rights
 * the context carries: inside a message's transaction those are the committed ones.
 */
export async function refusalFor(ctx: Ctx, access: Access): Promise<UserError | undefined> {
  if (access === "staff" && !ctx.isStaff) return new UserError("error-staff-only");
  if (access === "partner" && !ctx.member.organizationId) {
    // Asked to join a company and waiting: say so, rather than "register first".
    const waiting = await ctx.db.joinRequest.findFirst({ where: { memberId: ctx.member.id, status: "pending" }, include: { organization: true } });
    return waiting ? new UserError("join-pending", { company: waiting.organization.name }) : new UserError("error-register-first");
  }
  return undefined;
}

/** Refuses a command the person's role or the chat type does not allow, before it runs. */
export async function checkAccess(ctx: Ctx, command: Command): Promise<void> {
  if (ctx.message.chatType !== "private" && !command.groupSafe) {
    throw new UserError("error-private-only", { command: `/${command.name}` });
  }
  const refusal = await refusalFor(ctx, command.access);
  if (refusal) throw refusal;
}
