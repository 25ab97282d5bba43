import type { Command } from "../command.js";
import { reply } from "../context.js";
import { UserError } from "../user-error.js";
import { preregisterPhone } from "../use-cases/preregister-phone.js";

const SHOWN = 50;

/**
 * `/prephone COMPANY PHONE`: staff register a partner's WhatsApp number for their company, so
 * the partner needs no /register. `/prephone` alone lists the numbers and whether they linked.
 */
export const preregisterPhoneCommand: Command = {
  name: "prephone",
  aliases: ["daftarnomor", "번호등록"],
  access: "staff",
  async run(ctx, args) {
    const words = args.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      const phones = await ctx.db.preregisteredPhone.findMany({
        orderBy: { createdAt: "desc" },
        take: SHOWN,
        include: { organization: { select: { name: true } } },
      });
      if (phones.length === 0) return [reply(ctx.t("prephone-none"))];
      const lines = phones.map((entry) =>
        ctx.t("prephone-line", { phone: entry.phone, company: entry.organization.name, state: entry.linkedAt ? "linked" : "waiting" }),
      );
      return [reply([ctx.t("prephone-heading"), ...lines].join("\n"))];
    }
    // The phone is the last word; a company name has spaces ("PT Maju Jaya").
    const phoneWords: string[] = [];
    while (words.length > 1 && /^\+?[\d().-]+$/.test(words.at(-1)!)) phoneWords.unshift(words.pop()!);
    if (phoneWords.length === 0) throw new UserError("usage-prephone");
    const { organization, phone } = await preregisterPhone(ctx.db, {
      companyName: words.join(" "),
      phone: phoneWords.join(" "),
      actor: ctx.identity,
    });
    return [reply(ctx.t("prephone-done", { phone, company: organization.name }))];
  },
};
