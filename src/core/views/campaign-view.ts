import type { Campaign, CampaignGoal, CampaignUpdate } from "../../generated/prisma/client.js";
import type { LocalizedTexts } from "../ports.js";
import type { Ctx } from "../context.js";
import { percentOf, progressBar } from "../i18n/format.js";
import { daysLeft } from "../jakarta-time.js";
import type { CampaignTotals } from "../use-cases/campaign-totals.js";
import { pickLocalized } from "./localized-text.js";

/** What the campaign views need from a context: the scheduler renders them without a message. */
export type ViewCtx = Pick<Ctx, "t" | "locale" | "format" | "now">;

export function campaignTitle(ctx: ViewCtx, campaign: Campaign): string {
  const title = pickLocalized(campaign.title, ctx.locale);
  return campaign.isDemo ? `${title} ${ctx.t("demo-label")}` : title;
}

/** "12 days left", "last day", "ended", or "closed". */
export function deadlineText(ctx: ViewCtx, campaign: Campaign): string {
  if (campaign.status === "closed") return ctx.t("campaign-closed");
  const days = daysLeft(campaign.endsOn, ctx.now);
  if (days < 0) return ctx.t("campaign-ended");
  return days === 0 ? ctx.t("campaign-last-day") : ctx.t("campaign-days-left", { days });
}

/** The /campaigns entry: code, title, bar, collected vs target, days left. */
export function campaignSummary(ctx: ViewCtx, campaign: Campaign, totals: CampaignTotals): string {
  return [
    `${campaign.code} · ${campaignTitle(ctx, campaign)}`,
    progressBar(totals.confirmed, campaign.target),
    ctx.t("campaign-collected", {
      collected: ctx.format.rupiah(totals.confirmed),
      target: ctx.format.rupiah(campaign.target),
    }),
    deadlineText(ctx, campaign),
  ].join("\n");
}

/** The /campaign CODE page: everything a donor asks about one campaign. */
export function campaignDetail(
  ctx: Ctx,
  campaign: Campaign,
  goals: CampaignGoal[],
  totals: CampaignTotals,
  latestUpdate: CampaignUpdate | null,
): string {
  const lines = [
    `${campaign.code} · ${campaignTitle(ctx, campaign)}`,
    pickLocalized(campaign.story, ctx.locale),
    "",
    progressBar(totals.confirmed, campaign.target),
    ctx.t("campaign-target", { target: ctx.format.rupiah(campaign.target) }),
    ctx.t("campaign-confirmed-vs-pledged", {
      confirmed: ctx.format.rupiah(totals.confirmed),
      pledged: ctx.format.rupiah(totals.pledged),
    }),
    ctx.t("campaign-companies", { count: totals.companies }),
  ];
  if (goals.length > 0) lines.push(ctx.t("campaign-goals-heading"), ...goalLines(ctx, goals));
  if (campaign.regions.length > 0) lines.push(ctx.t("campaign-regions", { regions: campaign.regions.join(", ") }));
  lines.push(ctx.t("campaign-deadline", { date: ctx.format.date(campaign.endsOn), left: deadlineText(ctx, campaign) }));
  if (latestUpdate) {
    lines.push("", ctx.t("campaign-latest-update", { date: ctx.format.date(latestUpdate.createdAt), text: pickLocalized(latestUpdate.texts, ctx.locale) }));
  }
  return lines.join("\n");
}

/** "Students: 350 / 1,000 (35%)", one line per beneficiary goal. */
export function goalLines(ctx: ViewCtx, goals: readonly Pick<CampaignGoal, "key" | "reached" | "target">[]): string[] {
  return goals.map((goal) =>
    ctx.t("campaign-goal-line", {
      goal: goalName(ctx, goal.key),
      reached: ctx.format.number(goal.reached),
      target: ctx.format.number(goal.target),
      percent: percentOf(BigInt(goal.reached), BigInt(goal.target)),
    }),
  );
}

/** A staff update as subscribers get it: the campaign, the text in their language, the counts. */
export function updateAnnouncement(ctx: ViewCtx, campaign: Campaign, goals: readonly Pick<CampaignGoal, "key" | "reached" | "target">[], texts: LocalizedTexts): string {
  return [
    ctx.t("update-heading", { code: campaign.code, title: campaignTitle(ctx, campaign) }),
    texts[ctx.locale] ?? texts.id,
    ...(goals.length > 0 ? ["", ...goalLines(ctx, goals)] : []),
    "",
    ctx.t("digest-footer", { code: campaign.code }),
  ].join("\n");
}

/** A goal's name in the person's language; staff may invent goals the locale files don't know. */
export function goalName(ctx: ViewCtx, key: string): string {
  const messageKey = `goal-${key}`;
  const name = ctx.t(messageKey);
  return name === messageKey ? key.replace(/_/g, " ") : name;
}
