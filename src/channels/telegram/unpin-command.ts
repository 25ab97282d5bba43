import { parsePinRequest, type PinCommand } from "./pin-command.js";
import { escapeHtml } from "./render-message.js";

/**
 * `/unpin CODE` (staff, Telegram only): the campaign's live progress message in this group or
 * channel is unpinned and no longer edited. From a private chat: `/unpin CODE @channel`.
 */
export const runUnpinCommand: PinCommand = async (deps, request) => {
  const parsed = await parsePinRequest(deps.db, request, "tg-unpin-usage");
  if ("refusal" in parsed) return parsed.refusal;
  const { campaign, chatId } = parsed;
  const removed = await deps.liveProgress.unpin({ chatId, campaign });
  return { done: removed, answer: [{ text: escapeHtml(request.t(removed ? "tg-unpin-done" : "tg-unpin-none", { code: campaign.code })) }] };
};
