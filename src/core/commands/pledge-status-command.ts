import type { Access, Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { changePledgeStatus, type PledgeAction } from "../use-cases/change-pledge-status.js";

/**
 * The shape shared by /paid, /cancel, /confirm, /reject and /delivered: `ID [REASON]` in, one
 * lifecycle step, a reply naming the new status. Each command file only says which step.
 */
export function pledgeStatusCommand(options: {
  name: string;
  aliases: readonly string[];
  access: Access;
  action: PledgeAction;
}): Command {
  return {
    name: options.name,
    aliases: options.aliases,
    access: options.access,
    async run(ctx, args) {
      const [idText = "", ...reasonWords] = args.trim().split(/\s+/);
      const id = /^#?(\d{1,9})$/.exec(idText)?.[1];
      if (!id) throw new UserError(`usage-${options.name}`);
      const pledge = await changePledgeStatus(
        ctx.db,
        {
          pledgeId: Number(id),
          action: options.action,
          actor: {
            identity: ctx.identity,
            organizationId: ctx.member.organizationId,
            memberId: ctx.member.id,
            name: ctx.member.contactName ?? ctx.member.displayName ?? undefined,
          },
          reason: reasonWords.join(" ") || undefined,
        },
        ctx.notify,
      );
      return [reply(ctx.t(`pledge-${options.action}-done`, { id: pledge.id, status: ctx.t(`status-${pledge.status}`) }))];
    },
  };
}
