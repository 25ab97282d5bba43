import { reply, type Ctx } from "../context.js";
import { ask, askAgain, type Flow, type FlowResult } from "../flow.js";
import { readAmount } from "../money/amount-reply.js";
import { campaignCodeSchema } from "../use-cases/campaign-code.js";
import { createCampaign, createCampaignInput, goalKeySchema } from "../use-cases/create-campaign.js";
import { localizedTextSchema } from "../use-cases/localized-text.js";
import { confirmChoices, isNo, isSkip, isYes, skipChoice } from "./choices.js";
import { readCalendarDate } from "../jakarta-time.js";

/** Every answer is kept as the text that will be stored; "" marks an optional field skipped. */
interface NewCampaignData {
  [key: string]: string | undefined;
  code?: string;
  titleId?: string;
  titleEn?: string;
  titleKo?: string;
  storyId?: string;
  storyEn?: string;
  storyKo?: string;
  target?: string;
  startsOn?: string;
  endsOn?: string;
  goals?: string;
  regions?: string;
  bankName?: string;
  bankAccount?: string;
  bankHolder?: string;
  goods?: string;
}

type Answer = { ok: true; value: string } | { ok: false; errorKey: string };
interface Field {
  key: keyof NewCampaignData & string;
  optional?: boolean;
  /** Turns what staff typed into the value kept in the flow state. */
  read(ctx: Ctx, input: string, data: NewCampaignData): Answer | Promise<Answer>;
}

const text = (max: number) => (_ctx: Ctx, input: string): Answer =>
  input.trim().length >= 2 && input.trim().length <= max ? { ok: true, value: input.trim() } : { ok: false, errorKey: "newcampaign-bad-text" };

const FIELDS: Field[] = [
  {
    key: "code",
    async read(ctx, input) {
      const code = campaignCodeSchema.safeParse(input);
      if (!code.success) return { ok: false, errorKey: "newcampaign-bad-code" };
      if (await ctx.db.campaign.findUnique({ where: { code: code.data } })) return { ok: false, errorKey: "error-campaign-code-taken" };
      return { ok: true, value: code.data };
    },
  },
  { key: "titleId", read: text(120) },
  { key: "titleEn", optional: true, read: text(120) },
  { key: "titleKo", optional: true, read: text(120) },
  { key: "storyId", read: text(800) },
  { key: "storyEn", optional: true, read: text(800) },
  { key: "storyKo", optional: true, read: text(800) },
  {
    key: "target",
    read(ctx, input) {
      const amount = readAmount(ctx, input);
      return amount.ok ? { ok: true, value: amount.amount.toString() } : { ok: false, errorKey: "newcampaign-bad-target" };
    },
  },
  { key: "startsOn", read: (ctx, input) => readDate(ctx, input) },
  {
    key: "endsOn",
    read(ctx, input, data) {
      const date = readDate(ctx, input);
      if (date.ok && date.value < data.startsOn!) return { ok: false, errorKey: "newcampaign-end-before-start" };
      return date;
    },
  },
  {
    key: "goals",
    optional: true,
    read(_ctx, input) {
      const goals = parseGoals(input);
      return goals ? { ok: true, value: input.trim() } : { ok: false, errorKey: "newcampaign-bad-goals" };
    },
  },
  {
    key: "regions",
    optional: true,
    read(_ctx, input) {
      const regions = splitList(input);
      return regions.length > 0 && regions.every((region) => region.length <= 60)
        ? { ok: true, value: regions.join(", ") }
        : { ok: false, errorKey: "newcampaign-bad-regions" };
    },
  },
  // Where partners transfer; skipped fields fall back to the configured account.
  { key: "bankName", optional: true, read: text(80) },
  { key: "bankAccount", optional: true, read: text(40) },
  { key: "bankHolder", optional: true, read: text(120) },
  { key: "goods", optional: true, read: text(800) },
];

export function splitList(input: string): string[] {
  return input.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean);
}

/** "students=1000, schools=28" → [{ key: "students", target: 1000 }, …], or null if malformed. */
export function parseGoals(input: string): { key: string; target: number }[] | null {
  const goals = splitList(input).map((part) => {
    const [rawKey = "", rawTarget = ""] = part.split("=").map((side) => side.trim());
    const key = goalKeySchema.safeParse(rawKey.replace(/\s+/g, "_"));
    const target = Number(rawTarget.replace(/[.,\s]/g, ""));
    return key.success && Number.isInteger(target) && target > 0 ? { key: key.data, target } : null;
  });
  return goals.length > 0 && goals.every(Boolean) ? (goals as { key: string; target: number }[]) : null;
}

/** A day, kept as YYYY-MM-DD in the flow's state. */
function readDate(ctx: Ctx, input: string): Answer {
  const date = readCalendarDate(input, ctx.now);
  return date ? { ok: true, value: date.toISOString().slice(0, 10) } : { ok: false, errorKey: "newcampaign-bad-date" };
}

async function next(ctx: Ctx, data: NewCampaignData): Promise<FlowResult<NewCampaignData>> {
  const missing = FIELDS.find((field) => data[field.key] === undefined);
  if (missing) {
    return ask(data, missing.key, reply(ctx.t(`newcampaign-ask-${missing.key}`), missing.optional ? skipChoice(ctx) : undefined));
  }
  const goals = data.goals ? parseGoals(data.goals)! : [];
  const summary = ctx.t("newcampaign-confirm", {
    code: data.code!,
    title: data.titleId!,
    target: ctx.format.rupiah(BigInt(data.target!)),
    startsOn: ctx.format.date(new Date(data.startsOn!)),
    endsOn: ctx.format.date(new Date(data.endsOn!)),
    goals: goals.map((goal) => `${goal.key} ${ctx.format.number(goal.target)}`).join(", ") || "-",
    regions: data.regions || "-",
    bank: [data.bankName, data.bankAccount, data.bankHolder].filter(Boolean).join(" · ") || "-",
  });
  return ask(data, "confirm", reply(summary, confirmChoices(ctx)));
}

function localized(id: string, en: string, ko: string) {
  return localizedTextSchema.parse({ id, en: en || undefined, ko: ko || undefined });
}

/** `/newcampaign` (staff): code, titles, stories, target, dates, beneficiary goals, regions. */
export const newCampaignFlow: Flow<NewCampaignData> = {
  name: "newcampaign",
  access: "staff",
  async start(ctx, args) {
    const code = args.trim();
    if (!code) return next(ctx, {});
    return this.handle(ctx, "code", {}, code);
  },
  async handle(ctx, step, data, input) {
    if (step === "confirm") {
      if (isNo(input)) return { replies: [reply(ctx.t("newcampaign-cancelled"))] };
      if (!isYes(input)) return askAgain(ctx, data, "error-pick-choice", next);
      const campaign = await createCampaign(ctx.db, createCampaignInput.parse({
        code: data.code,
        title: localized(data.titleId!, data.titleEn!, data.titleKo!),
        story: localized(data.storyId!, data.storyEn!, data.storyKo!),
        target: BigInt(data.target!),
        startsOn: new Date(data.startsOn!),
        endsOn: new Date(data.endsOn!),
        goals: data.goals ? parseGoals(data.goals)! : [],
        regions: data.regions ? splitList(data.regions) : [],
        bankName: data.bankName || undefined,
        bankAccount: data.bankAccount || undefined,
        bankHolder: data.bankHolder || undefined,
        goodsInstructions: data.goods ? { id: data.goods } : undefined,
        actor: ctx.identity,
      }));
      return { replies: [reply(ctx.t("newcampaign-created", { code: campaign.code }), [[{ label: campaign.code, value: `/campaign ${campaign.code}` }]])] };
    }
    const field = FIELDS.find((candidate) => candidate.key === step);
    if (!field) return next(ctx, data);
    if (field.optional && isSkip(input)) return next(ctx, { ...data, [field.key]: "" });
    const answer = await field.read(ctx, input, data);
    if (!answer.ok) return askAgain(ctx, data, answer.errorKey, next, { code: input.trim().toUpperCase().slice(0, 12) });
    return next(ctx, { ...data, [field.key]: answer.value });
  },
};
