import type { LocaleCode, Translate } from "../../core/i18n/translator.js";
import { findCampaignByCode } from "../../core/use-cases/campaign-code.js";
import { UserError } from "../../core/user-error.js";
import type { Db } from "../../db/database.js";
import type { Campaign } from "../../generated/prisma/client.js";
import type { LiveProgress } from "./live-progress.js";
import { escapeHtml, type TelegramText } from "./render-message.js";

/** A channel or group named in a private chat: `@kpeduli_news` or a numeric id such as -1001234567890. */
const TARGET_CHAT = /^(@[A-Za-z]\w{3,31}|-?\d{5,20})$/;

/** `/pin` or `/unpin` from someone already known to be staff. */
export interface PinRequest {
  /** `telegram:<user id>` of the staff member, for the record. */
  actor: string;
  chatId: string;
  /** "channel" when the command was posted in the channel itself. */
  chatType: "private" | "group" | "channel";
  args: string;
  locale: LocaleCode;
  t: Translate;
}

export type PinDeps = { db: Db; liveProgress: LiveProgress };

/** What to say, and whether the message was pinned or unpinned as asked. */
export interface PinOutcome {
  done: boolean;
  answer: TelegramText[];
}

export type PinCommand = (deps: PinDeps, request: PinRequest) => Promise<PinOutcome>;

/**
 * Reads `CODE` (in the group or channel itself) or `CODE @channel` (from a private chat), or
 * says how to write it. The campaign must exist.
 */
export async function parsePinRequest(
  db: Db,
  request: PinRequest,
  usageKey: string,
): Promise<{ campaign: Campaign; chatId: string } | { refusal: PinOutcome }> {
  const refusal = (key: string, args?: Record<string, string | number>) => ({ refusal: { done: false, answer: [{ text: escapeHtml(request.t(key, args)) }] } });
  const [typedCode, target] = request.args.trim().split(/\s+/).filter(Boolean);
  const chatId = request.chatType === "private" ? target : request.chatId;
  if (!typedCode || !chatId || (request.chatType === "private" && !TARGET_CHAT.test(chatId))) return refusal(usageKey);
  try {
    return { campaign: await findCampaignByCode(db, typedCode), chatId };
  } catch (error) {
    if (error instanceof UserError) return refusal(error.key, error.args);
    throw error;
  }
}

/**
 * `/pin CODE` (staff, Telegram only): a live progress message for the campaign, posted and
 * pinned in this group or channel. From a private chat: `/pin CODE @channel`.
 */
export const runPinCommand: PinCommand = async (deps, request) => {
  const parsed = await parsePinRequest(deps.db, request, "tg-pin-usage");
  if ("refusal" in parsed) return parsed.refusal;
  const { campaign, chatId } = parsed;
  const answer = (done: boolean, key: string, args: Record<string, string>) => ({ done, answer: [{ text: escapeHtml(request.t(key, args)) }] });
  const result = await deps.liveProgress.pin({ chatId, campaign, locale: request.locale, actor: request.actor });
  if (!result.posted) return answer(false, "tg-pin-cannot-post", { chat: chatId });
  return answer(true, result.pinned ? "tg-pin-done" : "tg-pin-not-pinned", { code: campaign.code });
};
