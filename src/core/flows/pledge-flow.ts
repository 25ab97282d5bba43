import { sqlIn } from "../../db/database.js";
import type { Campaign } from "../../generated/prisma/client.js";
import { reply, type Ctx } from "../context.js";
import { ask, askAgain, type Flow, type FlowResult } from "../flow.js";
import { readAmount } from "../money/amount-reply.js";
import { MAX_AMOUNT_RUPIAH } from "../money/parse-amount.js";
import { jakartaToday } from "../jakarta-time.js";
import { campaignCodeSchema } from "../use-cases/campaign-code.js";
import { createPledge, createPledgeInput } from "../use-cases/create-pledge.js";
import { campaignTitle } from "../views/campaign-view.js";
import { transferInstructions } from "../views/transfer-instructions.js";
import { choice, confirmChoices, isNo, isSkip, isYes, skipChoice, yesNoChoices } from "./choices.js";

/** Flow state is JSON, so amounts travel as digit strings and become BigInt again on use. */
interface PledgeData {
  [key: string]: string | number | undefined;
  campaignCode?: string;
  kind?: "cash" | "goods";
  amount?: string;
  item?: string;
  quantity?: number;
  unitValue?: string;
  /** "" once the person chose to leave no note. */
  note?: string;
  /** Asked once whether a pledge far above what the campaign still needs is meant. */
  largeConfirmed?: number;
}

const CASH_WORDS = new Set(["cash", "tunai", "uang", "transfer", "현금", "돈"]);
const GOODS_WORDS = new Set(["goods", "barang", "natura", "in-kind", "물품", "물건"]);
const fields = createPledgeInput.shape;

/**
 * A campaign taking pledges today: active and not past its last day (Jakarta). Read at most flow
 * steps, so in one plain statement (see `sqlIn`).
 */
async function activeCampaign(ctx: Ctx, code: string): Promise<Campaign | null> {
  const parsed = campaignCodeSchema.safeParse(code);
  if (!parsed.success) return null;
  const [campaign] = await sqlIn(ctx.db).query<Campaign>(`SELECT * FROM "Campaign" WHERE code = $1 AND status = 'active' AND "endsOn" >= $2`, [
    parsed.data,
    jakartaToday(ctx.now),
  ]);
  return campaign ?? null;
}

/**
 * Far above what is plausible: more than the campaign still needs, or ten times its largest
 * pledge so far. Such an amount is usually a slip of the finger, so it is asked about once.
 */
async function farAbove(ctx: Ctx, campaign: Campaign, amount: bigint): Promise<boolean> {
  const [counted] = await sqlIn(ctx.db).query<{ pledged: bigint; biggest: bigint | null }>(
    `SELECT (SELECT COALESCE(SUM(pledged), 0)::bigint FROM "CampaignPartnerTotal" WHERE "campaignId" = $1) AS pledged,
            (SELECT MAX(amount) FROM "Pledge" WHERE "campaignId" = $1 AND status NOT IN ('cancelled', 'rejected')) AS biggest`,
    [campaign.id],
  );
  const { pledged, biggest } = counted!;
  return amount > campaign.target - pledged || (biggest !== null && amount > biggest * 10n);
}

/** Asks for the first missing piece; once nothing is missing, shows the pledge for confirmation. */
async function next(ctx: Ctx, data: PledgeData): Promise<FlowResult<PledgeData>> {
  if (!data.campaignCode) {
    const campaigns = await ctx.db.campaign.findMany({ where: { status: "active", endsOn: { gte: jakartaToday(ctx.now) } }, orderBy: { endsOn: "asc" }, take: 10 });
    if (campaigns.length === 0) return { replies: [reply(ctx.t("campaigns-none"))] };
    const choices = campaigns.map((campaign) => [
      { label: `${campaign.code} · ${campaignTitle(ctx, campaign)}`, value: campaign.code },
    ]);
    return ask(data, "campaign", reply(ctx.t("pledge-ask-campaign"), choices));
  }
  if (!data.kind) {
    return ask(data, "kind", reply(ctx.t("pledge-ask-kind"), [[choice(ctx, "choice-cash", "cash"), choice(ctx, "choice-goods", "goods")]]));
  }
  if (data.kind === "cash" && !data.amount) return ask(data, "amount", reply(ctx.t("pledge-ask-amount")));
  if (data.kind === "goods") {
    if (!data.item) return ask(data, "item", reply(ctx.t("pledge-ask-item")));
    if (!data.quantity) return ask(data, "quantity", reply(ctx.t("pledge-ask-quantity", { item: data.item })));
    if (!data.unitValue) return ask(data, "unitValue", reply(ctx.t("pledge-ask-unit-value", { item: data.item })));
  }
  if (data.note === undefined) return ask(data, "note", reply(ctx.t("pledge-ask-note"), skipChoice(ctx)));
  const campaign = await activeCampaign(ctx, data.campaignCode);
  const amount = total(data);
  if (campaign && data.largeConfirmed !== 1 && (await farAbove(ctx, campaign, amount))) {
    return ask(data, "large", reply(ctx.t("pledge-ask-large", { amount: ctx.format.rupiah(amount), code: campaign.code }), yesNoChoices(ctx, "choice-large-yes", "choice-large-no")));
  }
  return ask(data, "confirm", reply(summary(ctx, data, campaign), confirmChoices(ctx)));
}

function total(data: PledgeData): bigint {
  return data.kind === "goods" ? BigInt(data.quantity ?? 0) * BigInt(data.unitValue ?? 0) : BigInt(data.amount ?? 0);
}

/** The pledge as it will be recorded; `campaign` is the one read for this step (null once it stopped taking pledges). */
function summary(ctx: Ctx, data: PledgeData, campaign: Campaign | null): string {
  const what =
    data.kind === "goods"
      ? ctx.t("pledge-goods-summary", {
          quantity: ctx.format.number(data.quantity!),
          item: data.item!,
          unitValue: ctx.format.rupiah(BigInt(data.unitValue!)),
          total: ctx.format.rupiah(total(data)),
        })
      : ctx.format.rupiah(total(data));
  return ctx.t("pledge-confirm", {
    company: ctx.member.organization?.name ?? "",
    campaign: campaign ? `${campaign.code} · ${campaignTitle(ctx, campaign)}` : data.campaignCode!,
    what,
    note: data.note || "-",
  });
}

async function record(ctx: Ctx, data: PledgeData): Promise<FlowResult<PledgeData>> {
  const campaign = await activeCampaign(ctx, data.campaignCode!);
  if (!campaign) return { replies: [reply(ctx.t("error-campaign-not-active", { code: data.campaignCode! }))] };
  const { pledge, created } = await createPledge(ctx.db, {
    now: ctx.now,
    campaignId: campaign.id,
    organizationId: ctx.member.organizationId!,
    memberId: ctx.member.id,
    kind: data.kind!,
    amount: total(data),
    itemDescription: data.item,
    itemQuantity: data.quantity,
    itemUnitValue: data.unitValue ? BigInt(data.unitValue) : undefined,
    note: data.note || undefined,
    sourceMessageId: `${ctx.message.channel}:${ctx.message.chatId}:${ctx.message.messageId}`,
  });
  if (!created) return { replies: [reply(ctx.t("pledge-already-recorded", { id: pledge.id }))] };
  return {
    replies: [
      reply(`${ctx.t("pledge-recorded", { id: pledge.id, code: campaign.code })}\n\n${transferInstructions(ctx, campaign, pledge)}`, [
        [{ label: ctx.t("choice-my-pledges"), value: "/mypledges" }],
      ]),
    ],
  };
}

/** Takes `/pledge BTS 10jt`, `/pledge 10jt` or `/pledge BTS` and keeps what it can use. */
async function fromArgs(ctx: Ctx, args: string): Promise<{ data: PledgeData; problem?: ReturnType<typeof reply> }> {
  const [first = "", ...rest] = args.trim().split(/\s+/);
  const data: PledgeData = {};
  let amountText = args.trim();
  let problem: ReturnType<typeof reply> | undefined;
  if (first && campaignCodeSchema.safeParse(first).success && !/^\d/.test(first)) {
    const campaign = await activeCampaign(ctx, first);
    if (campaign) data.campaignCode = campaign.code;
    else problem = reply(ctx.t("error-campaign-not-active", { code: first.toUpperCase() }));
    amountText = rest.join(" ");
  }
  if (!amountText) return { data, problem };
  data.kind = "cash";
  const amount = readAmount(ctx, amountText);
  if (!amount.ok) return { data, problem: problem ?? amount.problem };
  data.amount = amount.amount.toString();
  return { data, problem };
}

/** `/pledge`: campaign → cash or goods → amount (or items) → note → confirmation. */
export const pledgeFlow: Flow<PledgeData> = {
  name: "pledge",
  access: "partner",
  async start(ctx, args) {
    const { data, problem } = await fromArgs(ctx, args);
    const result = await next(ctx, data);
    return problem ? { ...result, replies: [problem, ...result.replies] } : result;
  },
  async handle(ctx, step, data, input) {
    switch (step) {
      case "campaign": {
        const campaign = await activeCampaign(ctx, input);
        if (!campaign) return askAgain(ctx, data, "error-campaign-not-active", next, { code: input.slice(0, 20) });
        return next(ctx, { ...data, campaignCode: campaign.code });
      }
      case "kind": {
        const word = input.trim().toLowerCase();
        if (CASH_WORDS.has(word)) return next(ctx, { ...data, kind: "cash" });
        if (GOODS_WORDS.has(word)) return next(ctx, { ...data, kind: "goods" });
        return askAgain(ctx, data, "error-pick-choice", next);
      }
      case "amount":
      case "unitValue": {
        const amount = readAmount(ctx, input);
        // The question about an unclear amount carries its own choices; stay at this step.
        if (!amount.ok) return { replies: [amount.problem], next: { step, data } };
        const updated = { ...data, [step]: amount.amount.toString() };
        if (total(updated) > MAX_AMOUNT_RUPIAH) return askAgain(ctx, data, "amount-too-large", next, { max: ctx.format.rupiah(MAX_AMOUNT_RUPIAH) });
        return next(ctx, updated);
      }
      case "item": {
        const item = fields.itemDescription.unwrap().safeParse(input);
        if (!item.success) return askAgain(ctx, data, "pledge-bad-item", next);
        return next(ctx, { ...data, item: item.data });
      }
      case "quantity": {
        const quantity = fields.itemQuantity.unwrap().safeParse(Number(/^\s*(\d{1,7})\b/.exec(input)?.[1] ?? NaN));
        if (!quantity.success) return askAgain(ctx, data, "pledge-bad-quantity", next);
        return next(ctx, { ...data, quantity: quantity.data });
      }
      case "note": {
        if (isSkip(input)) return next(ctx, { ...data, note: "" });
        const note = fields.note.unwrap().safeParse(input);
        if (!note.success) return askAgain(ctx, data, "pledge-bad-note", next);
        return next(ctx, { ...data, note: note.data });
      }
      case "large":
        // Not meant: ask for the amount again rather than end the pledge.
        if (isYes(input)) return next(ctx, { ...data, largeConfirmed: 1 });
        if (isNo(input)) return next(ctx, data.kind === "goods" ? { ...data, quantity: undefined, unitValue: undefined } : { ...data, amount: undefined });
        return askAgain(ctx, data, "error-pick-choice", next);
      case "confirm":
        if (isYes(input)) return record(ctx, data);
        if (isNo(input)) return { replies: [reply(ctx.t("pledge-cancelled"))] };
        return askAgain(ctx, data, "error-pick-choice", next);
      default:
        return next(ctx, data);
    }
  },
};
