import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { listCompanyMembers, removeCompanyMember } from "../use-cases/company-members.js";

/** `whatsapp:6281234567890` → `whatsapp:•••••••••7890`: a colleague sees whose it is, not the number. */
export function maskedIdentity(channel: string, userId: string): string {
  return `${channel}:${userId.replace(/\d(?=\d{4})/g, "•")}`;
}

/**
 * `/members [COMPANY]` lists who acts for the company (a contact sees their own, staff name
 * one), with the join requests waiting; `/members remove ID` takes someone off it.
 */
export const membersCommand: Command = {
  name: "members",
  aliases: ["anggota", "kontak", "멤버"],
  access: "everyone",
  listedUnder: "partner",
  async run(ctx, args) {
    const decider = { identity: ctx.identity, organizationId: ctx.member.organizationId, isStaff: ctx.isStaff };
    const [first = "", ...rest] = args.trim().split(/\s+/).filter(Boolean);
    if (["remove", "hapus", "keluarkan", "삭제"].includes(first.toLowerCase())) {
      const id = /^#?(\d{1,9})$/.exec(rest.join(" "))?.[1];
      if (!id) throw new UserError("usage-members");
      const removed = await removeCompanyMember(ctx.db, { memberId: Number(id), decider }, ctx.notify);
      return [reply(ctx.t("member-removed", { name: removed.contactName ?? removed.displayName ?? `#${removed.id}`, company: removed.organization.name }))];
    }
    const { organization, members, pending } = await listCompanyMembers(ctx.db, decider, args.trim());
    const lines = [ctx.t("members-heading", { company: organization.name, count: members.length })];
    for (const member of members) {
      lines.push(ctx.t("members-line", { id: member.id, name: member.contactName ?? member.displayName ?? "-", identity: maskedIdentity(member.channel, member.userId) }));
    }
    if (pending.length > 0) {
      lines.push("", ctx.t("members-pending-heading"));
      for (const request of pending) lines.push(ctx.t("members-pending-line", { id: request.id, name: request.contactName }));
    }
    lines.push("", ctx.t("members-hint"));
    return [reply(lines.join("\n"))];
  },
};
