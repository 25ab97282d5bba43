import { reply, type Ctx } from "../context.js";
import { ask, askAgain, type Flow, type FlowResult } from "../flow.js";
import { readJakartaTime } from "../jakarta-time.js";
import { audienceLabel } from "../views/broadcast-view.js";
import { MAX_TEXT_LENGTH } from "../messages.js";
import { CAMPAIGN_AUDIENCES, STAFF_AUDIENCES, createBroadcast, type StaffAudience } from "../use-cases/create-broadcast.js";
import { previewBroadcast } from "../use-cases/preview-broadcast.js";
import { campaignTitle } from "../views/campaign-view.js";
import { choice, confirmChoices, isNo, isYes } from "./choices.js";
import { askForTexts, previewTexts, readTextStep, textsOf, type TextsData } from "./localized-texts.js";

const WHEN = ["now", "urgent", "later"] as const;

interface BroadcastData extends TextsData {
  [key: string]: string | number | boolean | undefined;
  /** The message that started this flow: keys the broadcast, so a repeated confirm queues it once. */
  startedBy: string;
  audience?: StaffAudience;
  campaignId?: number;
  campaignCode?: string;
  urgent?: boolean;
  /** ISO time; absent means now. */
  sendAt?: string;
  whenDone?: boolean;
}

/** Asks for whatever is missing next, in order: audience, campaign, texts, when; then the preview. */
async function next(ctx: Ctx, data: BroadcastData): Promise<FlowResult<BroadcastData>> {
  if (!data.audience) {
    return ask(data, "audience", reply(ctx.t("broadcast-ask-audience"), STAFF_AUDIENCES.map((audience) => [choice(ctx, `broadcast-audience-${audience}`, audience)])));
  }
  if (CAMPAIGN_AUDIENCES.includes(data.audience) && data.campaignId === undefined) {
    const campaigns = await ctx.db.campaign.findMany({ where: { status: { not: "closed" } }, orderBy: { code: "asc" }, take: 12 });
    return ask(data, "campaign", reply(ctx.t("broadcast-ask-campaign"), campaigns.map((campaign) => [{ label: `${campaign.code} · ${campaignTitle(ctx, campaign)}`, value: campaign.code }])));
  }
  const texts = askForTexts(ctx, data, "broadcast-ask-text", MAX_TEXT_LENGTH);
  if (texts) return texts;
  if (!data.whenDone) return ask(data, "when", reply(ctx.t("broadcast-ask-when"), WHEN.map((when) => [choice(ctx, `broadcast-choice-${when}`, when)])));
  return preview(ctx, data);
}

async function preview(ctx: Ctx, data: BroadcastData): Promise<FlowResult<BroadcastData>> {
  const { perChannel, total } = await previewBroadcast(ctx.db, ctx.deps.outbox, { audience: data.audience!, campaignId: data.campaignId ?? null });
  if (total === 0) return { replies: [reply(ctx.t("broadcast-no-recipients"))] };
  const channels = Object.entries(perChannel).map(([channel, count]) => `${channel} ${ctx.format.number(count)}`).join(" · ");
  const when = data.sendAt ? ctx.t("broadcast-when-at", { time: ctx.format.dateTime(new Date(data.sendAt)) }) : ctx.t(data.urgent ? "broadcast-when-urgent" : "broadcast-when-now");
  const summary = ctx.t("broadcast-preview", {
    audience: audienceLabel(ctx, data.audience!, data.campaignCode),
    total: ctx.format.number(total),
    channels,
    when,
  });
  return ask(data, "confirm", reply([summary, "", ...previewTexts(data)].join("\n"), confirmChoices(ctx)));
}


/**
 * `/broadcast` (staff): audience, campaign when the audience needs one, the text in Indonesian
 * and optionally Korean and English, now or at a time, then a preview with the recipient count
 * per channel, and confirm.
 */
export const broadcastFlow: Flow<BroadcastData> = {
  name: "broadcast",
  access: "staff",
  async start(ctx) {
    return next(ctx, { startedBy: `${ctx.message.channel}:${ctx.message.chatId}:${ctx.message.messageId}` });
  },
  async handle(ctx, step, data, input) {
    const text = readTextStep(ctx, step, data, input, "broadcast-ask-text", MAX_TEXT_LENGTH);
    if (text) return "data" in text ? next(ctx, text.data) : "ask" in text ? text.ask : askAgain(ctx, data, "error-pick-choice", next);
    switch (step) {
      case "audience": {
        const audience = STAFF_AUDIENCES.find((candidate) => candidate === input);
        return audience ? next(ctx, { ...data, audience }) : askAgain(ctx, data, "error-pick-choice", next);
      }
      case "campaign": {
        const campaign = await ctx.db.campaign.findUnique({ where: { code: input.trim().toUpperCase() } });
        if (!campaign) return askAgain(ctx, data, "error-unknown-campaign", next, { code: input.trim().slice(0, 20) });
        return next(ctx, { ...data, campaignId: campaign.id, campaignCode: campaign.code });
      }
      case "when": {
        if (input === "later") return ask(data, "time", reply(ctx.t("broadcast-ask-time")));
        if (input !== "now" && input !== "urgent") return askAgain(ctx, data, "error-pick-choice", next);
        return next(ctx, { ...data, urgent: input === "urgent", sendAt: undefined, whenDone: true });
      }
      case "time": {
        const at = readJakartaTime(input, ctx.now);
        if (!at) return { replies: [reply(ctx.t("broadcast-bad-time")), reply(ctx.t("broadcast-ask-time"))], next: { step, data } };
        if (at <= ctx.now) return { replies: [reply(ctx.t("broadcast-time-past")), reply(ctx.t("broadcast-ask-time"))], next: { step, data } };
        return next(ctx, { ...data, urgent: false, sendAt: at.toISOString(), whenDone: true });
      }
      case "confirm": {
        if (isNo(input)) return { replies: [reply(ctx.t("flow-cancelled"))] };
        if (!isYes(input)) return askAgain(ctx, data, "error-pick-choice", next);
        const broadcast = await createBroadcast(ctx.db, ctx.deps.outbox, {
          audience: data.audience!,
          campaignId: data.campaignId ?? null,
          texts: textsOf(data),
          sendAt: data.sendAt ? new Date(data.sendAt) : ctx.now,
          urgent: data.urgent ?? false,
          createdById: ctx.member.id,
          requestKey: `broadcast:${data.startedBy}`,
          actor: ctx.identity,
        });
        return { replies: [reply(ctx.t("broadcast-queued", { id: broadcast.number ?? broadcast.id, total: ctx.format.number(broadcast.recipients) }))] };
      }
      default:
        return next(ctx, data);
    }
  },
};
