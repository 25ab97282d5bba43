import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { decideJoinRequest } from "../use-cases/decide-join-request.js";

/** The shape shared by /approve and /decline: `ID` in, the decision made, a reply naming it. */
export function joinDecisionCommand(options: { name: string; aliases: readonly string[]; approve: boolean }): Command {
  return {
    name: options.name,
    aliases: options.aliases,
    // Contacts and staff: who may decide this request is checked against the request itself.
    access: "everyone",
    listedUnder: "partner",
    async run(ctx, args) {
      const id = /^#?(\d{1,9})$/.exec(args.trim())?.[1];
      if (!id) throw new UserError(`usage-${options.name}`);
      const decider = { identity: ctx.identity, organizationId: ctx.member.organizationId, isStaff: ctx.isStaff };
      const request = await decideJoinRequest(ctx.db, { requestId: Number(id), approve: options.approve, decider, now: ctx.now }, ctx.notify);
      return [reply(ctx.t(`join-${request.status}-done`, { id: request.id, name: request.contactName, company: request.organization.name }))];
    },
  };
}
