import type { Command } from "../command.js";
import { reply } from "../context.js";
import { LOCALES, type LocaleCode } from "../i18n/translator.js";

export const langCommand: Command = {
  name: "lang",
  aliases: ["bahasa", "language", "언어"],
  access: "everyone",
  groupSafe: false,
  async run(ctx, args) {
    const wanted = args.trim().toLowerCase() as LocaleCode;
    if (!LOCALES.includes(wanted)) {
      return [
        reply(ctx.t("lang-choose"), [
          LOCALES.map((locale) => ({ label: ctx.t(`lang-name-${locale}`), value: `/lang ${locale}` })),
        ]),
      ];
    }
    await ctx.db.member.update({ where: { id: ctx.member.id }, data: { locale: wanted, localeChosen: true } });
    return [reply(ctx.deps.translator.translate(wanted, "lang-set"))];
  },
};
