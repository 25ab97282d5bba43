import type { LocaleCode, Translate } from "../../core/i18n/translator.js";
import { campaignCodeSchema } from "../../core/use-cases/campaign-code.js";
import type { Db } from "../../db/database.js";
import type { LiveProgress } from "./live-progress.js";
import { escapeHtml, type TelegramText } from "./render-message.js";
import type { TelegramStaff } from "./telegram-staff.js";

/** A channel or group named in a private chat: `@kpeduli_news` or a numeric id such as -1001234567890. */
const TARGET_CHAT = /^(@[A-Za-z]\w{3,31}|-?\d{5,20})$/;

export interface PinRequest {
  userId: string;
  chatId: string;
  chatType: "private" | "group";
  args: string;
  locale: LocaleCode;
  t: Translate;
}

/**
 * `/pin CODE` (staff, Telegram only): a live progress message for the campaign, pinned in this
 * group. A channel has no sender to check, so staff name it from their private chat instead:
 * `/pin CODE @channel` (the bot must be an admin there).
 */
export async function runPinCommand(
  deps: { db: Db; staff: TelegramStaff; liveProgress: LiveProgress },
  request: PinRequest,
): Promise<TelegramText[]> {
  const { t } = request;
  const answer = (key: string, args?: Record<string, string>) => [{ text: escapeHtml(t(key, args)) }];
  if (!(await deps.staff.isStaff(request.userId))) return answer("error-staff-only");

  const [typedCode, target] = request.args.trim().split(/\s+/).filter(Boolean);
  const chatId = request.chatType === "group" ? request.chatId : target;
  if (!typedCode || !chatId || (request.chatType === "private" && !TARGET_CHAT.test(chatId))) return answer("tg-pin-usage");
  const code = campaignCodeSchema.safeParse(typedCode);
  const campaign = code.success ? await deps.db.campaign.findUnique({ where: { code: code.data } }) : null;
  if (!campaign) return answer("error-unknown-campaign", { code: typedCode.slice(0, 20) });

  const result = await deps.liveProgress.pin({ chatId, campaign, locale: request.locale, actor: `telegram:${request.userId}` });
  if (!result.posted) return answer("tg-pin-cannot-post", { chat: chatId });
  return answer(result.pinned ? "tg-pin-done" : "tg-pin-not-pinned", { code: campaign.code });
}
