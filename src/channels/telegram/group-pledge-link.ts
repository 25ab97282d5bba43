import type { InlineKeyboardButton } from "grammy/types";
import { pledgeCommand } from "../../core/commands/pledge.js";
import type { Translate } from "../../core/i18n/translator.js";
import { campaignCodeSchema } from "../../core/use-cases/campaign-code.js";
import type { Db } from "../../db/database.js";
import { escapeHtml, type TelegramText } from "./render-message.js";

const PLEDGE_NAMES = new Set([pledgeCommand.name, ...(pledgeCommand.aliases ?? [])]);
/** As many campaigns as the private wizard offers. */
const MAX_LINKS = 10;

/** `/pledge` or one of its aliases (`/donasi`), which in a group gets a link instead of the wizard. */
export function isPledgeCommand(command: string | undefined): boolean {
  return command !== undefined && PLEDGE_NAMES.has(command);
}

/** `https://t.me/<bot>?start=pledge_BTS`: the core's /start reads that payload and opens the wizard. */
export function pledgeDeepLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername}?start=pledge_${code}`;
}

/**
 * Pledging is private-chat only, but people ask for it in groups. `/pledge BTS` in a group gets a
 * button that opens the private chat with the wizard already started for BTS; `/pledge` alone
 * gets one per active campaign.
 */
export async function groupPledgeLinks(deps: { db: Db; botUsername: string; t: Translate }, args: string): Promise<TelegramText[]> {
  const { db, t } = deps;
  const typed = args.trim().split(/\s+/)[0] ?? "";
  const button = (code: string): InlineKeyboardButton[] => [{ text: t("tg-pledge-button", { code }), url: pledgeDeepLink(deps.botUsername, code) }];

  if (typed) {
    const code = campaignCodeSchema.safeParse(typed);
    const campaign = code.success ? await db.campaign.findFirst({ where: { code: code.data, status: "active" } }) : null;
    if (!campaign) return [{ text: escapeHtml(t("error-unknown-campaign", { code: typed.slice(0, 20) })) }];
    return [{ text: escapeHtml(t("tg-pledge-in-private", { code: campaign.code })), reply_markup: { inline_keyboard: [button(campaign.code)] } }];
  }
  const campaigns = await db.campaign.findMany({ where: { status: "active" }, orderBy: { endsOn: "asc" }, take: MAX_LINKS, select: { code: true } });
  if (campaigns.length === 0) return [{ text: escapeHtml(t("campaigns-none")) }];
  return [{ text: escapeHtml(t("tg-pledge-in-private-choose")), reply_markup: { inline_keyboard: campaigns.map(({ code }) => button(code)) } }];
}
