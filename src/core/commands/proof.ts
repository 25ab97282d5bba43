import type { Command } from "../command.js";
import { UserError } from "../user-error.js";
import { loadAttachment } from "../use-cases/stored-files.js";
import { pledgeWhat } from "../views/pledge-view.js";
import { parsePledgeId } from "./pledge-status-command.js";

/**
 * `/proof ID`: the transfer slip sent with `/paid`, again. Staff see any pledge's; a partner only
 * their own company's, and another company's pledge reads like one that does not exist.
 */
export const proofCommand: Command = {
  name: "proof",
  aliases: ["bukti", "증빙"],
  // Staff need no company: who may see which slip is decided below, from committed rows.
  access: "everyone",
  listedUnder: "partner",
  async run(ctx, args) {
    const pledgeId = parsePledgeId(args.trim().split(/\s+/)[0] ?? "", "proof");
    const pledge = await ctx.db.pledge.findUnique({ where: { id: pledgeId }, include: { campaign: true, organization: true } });
    if (!pledge || (!ctx.isStaff && (ctx.member.organizationId === null || pledge.organizationId !== ctx.member.organizationId))) throw new UserError("error-no-such-pledge", { id: pledgeId });
    const attachment = pledge.proofFileId === null ? undefined : await loadAttachment(ctx.db, pledge.proofFileId);
    if (!attachment) return [{ text: ctx.t("proof-none", { id: pledgeId }) }];
    const caption = ctx.t("proof-caption", { id: pledgeId, company: pledge.organization.name, code: pledge.campaign.code, what: pledgeWhat(ctx, pledge) });
    return [{ text: caption, attachment }];
  },
};
