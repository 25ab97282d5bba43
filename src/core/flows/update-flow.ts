import { reply, type Ctx } from "../context.js";
import { ask, askAgain, type Flow, type FlowResult } from "../flow.js";
import { findCampaignByCode } from "../use-cases/campaign-code.js";
import { MAX_UPDATE_LENGTH, postCampaignUpdate } from "../use-cases/post-campaign-update.js";
import { previewBroadcast } from "../use-cases/preview-broadcast.js";
import { storeFile } from "../use-cases/stored-files.js";
import { confirmChoices, isNo, isSkip, isYes, skipChoice } from "./choices.js";
import { askForTexts, previewTexts, readTextStep, textsOf, type TextsData } from "./localized-texts.js";

const REACHED_TOKEN = /^([a-z][a-z_]*)=(\d[\d.,]*)$/i;

/**
 * Splits `students=350` tokens from the words of an update: how many beneficiaries each goal
 * has reached so far. The rest is the update's text.
 */
export function splitReached(words: readonly string[]): { text: string; reached: Record<string, number> } {
  const reached: Record<string, number> = {};
  const textWords: string[] = [];
  for (const word of words) {
    const match = REACHED_TOKEN.exec(word);
    if (match) reached[match[1]!.toLowerCase()] = Number(match[2]!.replace(/[.,]/g, ""));
    else textWords.push(word);
  }
  return { text: textWords.join(" "), reached };
}

interface UpdateData extends TextsData {
  [key: string]: string | number | boolean | undefined;
  code: string;
  /** The message that started the flow: keys the broadcast, so a repeated confirm sends it once. */
  startedBy: string;
  /** `students=350 schools=3`, "" when skipped. */
  reached?: string;
  /** The photo sent with `/update CODE`, stored when the flow starts. */
  photoFileId?: number;
}

async function next(ctx: Ctx, data: UpdateData): Promise<FlowResult<UpdateData>> {
  const texts = askForTexts(ctx, data, "update-ask-text", MAX_UPDATE_LENGTH);
  if (texts) return texts;
  if (data.reached === undefined) return ask(data, "reached", reply(ctx.t("update-ask-reached"), skipChoice(ctx)));
  const campaign = await findCampaignByCode(ctx.db, data.code);
  const { total } = await previewBroadcast(ctx.db, ctx.deps.outbox, { audience: "campaign_subscribers", campaignId: campaign.id });
  const summary = ctx.t("update-preview", { code: campaign.code, total: ctx.format.number(total), reached: data.reached || "-" });
  return ask(data, "confirm", reply([summary, "", ...previewTexts(data)].join("\n"), confirmChoices(ctx)));
}

/**
 * `/update CODE` (staff) without a text: the update in Indonesian and optionally Korean and
 * English, the beneficiaries reached, then a preview with the number of subscribers, and confirm.
 */
export const updateFlow: Flow<UpdateData> = {
  name: "update",
  access: "staff",
  async start(ctx, code) {
    const campaign = await findCampaignByCode(ctx.db, code);
    const photo = ctx.file ? await storeFile(ctx.db, ctx.file) : undefined;
    return next(ctx, { code: campaign.code, startedBy: `${ctx.message.channel}:${ctx.message.chatId}:${ctx.message.messageId}`, ...(photo && { photoFileId: photo.id }) });
  },
  async handle(ctx, step, data, input) {
    const text = readTextStep(ctx, step, data, input, "update-ask-text", MAX_UPDATE_LENGTH);
    if (text) return "data" in text ? next(ctx, text.data) : "ask" in text ? text.ask : askAgain(ctx, data, "error-pick-choice", next);
    if (step === "reached") {
      if (isSkip(input)) return next(ctx, { ...data, reached: "" });
      const { text: rest, reached } = splitReached(input.trim().split(/[\s,;]+/));
      if (rest || Object.keys(reached).length === 0) return askAgain(ctx, data, "update-bad-reached", next);
      return next(ctx, { ...data, reached: Object.entries(reached).map(([key, value]) => `${key}=${value}`).join(" ") });
    }
    if (step !== "confirm") return next(ctx, data);
    if (isNo(input)) return { replies: [reply(ctx.t("flow-cancelled"))] };
    if (!isYes(input)) return askAgain(ctx, data, "error-pick-choice", next);
    const { recipients } = await postCampaignUpdate(
      ctx.db,
      { code: data.code, texts: textsOf(data), reached: splitReached((data.reached ?? "").split(" ").filter(Boolean)).reached, actor: ctx.identity, photoFileId: data.photoFileId },
      { outbox: ctx.deps.outbox, translator: ctx.deps.translator, now: ctx.now, requestKey: `update:${data.startedBy}` },
    );
    return { replies: [reply(ctx.t("update-posted", { code: data.code, total: ctx.format.number(recipients) }))] };
  },
};
