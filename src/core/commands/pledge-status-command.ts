import type { Access, Command } from "../command.js";
import { reply, type Ctx } from "../context.js";
import { UserError } from "../user-error.js";
import { changePledgeStatus, type PledgeAction } from "../use-cases/change-pledge-status.js";

/** What the pledge's status reason column holds (Pledge.statusReason). */
const MAX_REASON_LENGTH = 500;

/** `12`, `#12` → 12: the pledge number a command starts with; else the command's usage. */
export function parsePledgeId(idText: string, command: string): number {
  const id = /^#?(\d{1,9})$/.exec(idText)?.[1];
  // Pledge numbers start at 1: `/paid 0` is a usage slip, not a lookup.
  if (!id || Number(id) === 0) throw new UserError(`usage-${command}`);
  return Number(id);
}

/** How a person acting on a pledge is named in its audit log and to colleagues. */
export function pledgeActor(ctx: Ctx) {
  return {
    identity: ctx.identity,
    organizationId: ctx.member.organizationId,
    memberId: ctx.member.id,
    name: ctx.member.contactName ?? ctx.member.displayName ?? undefined,
  };
}

/**
 * The shape shared by /cancel, /confirm, /reject and /delivered: `ID [REASON]` in, one
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
      const id = parsePledgeId(idText, options.name);
      const reason = reasonWords.join(" ");
      if (reason.length > MAX_REASON_LENGTH) throw new UserError("error-too-long", { max: MAX_REASON_LENGTH });
      const pledge = await changePledgeStatus(
        ctx.db,
        {
          pledgeId: id,
          action: options.action,
          actor: pledgeActor(ctx),
          reason: reason || undefined,
        },
        ctx.notify,
      );
      return [reply(ctx.t(`pledge-${options.action}-done`, { id: pledge.id, status: ctx.t(`status-${pledge.status}`) }))];
    },
  };
}
