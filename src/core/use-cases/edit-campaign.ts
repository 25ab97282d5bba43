import { inTransaction, type DbClient } from "../../db/database.js";
import type { Campaign, Prisma } from "../../generated/prisma/client.js";
import { readCalendarDate } from "../jakarta-time.js";
import { parseAmount, MAX_AMOUNT_RUPIAH } from "../money/parse-amount.js";
import { UserError } from "../user-error.js";
import { readCampaignCode } from "./campaign-code.js";
import { localizedTextSchema } from "./localized-text.js";

/** What staff may change with /editcampaign, and how each typed value is read and checked. */
const FIELDS: Record<string, (value: string, campaign: Campaign, now: Date) => Prisma.CampaignUpdateInput> = {
  bank: (value) => ({ bankName: bounded(value, 80) }),
  account: (value) => ({ bankAccount: bounded(value, 40) }),
  holder: (value) => ({ bankHolder: bounded(value, 120) }),
  goods: (value, campaign) => ({ goodsInstructions: withIndonesian(campaign.goodsInstructions, bounded(value, 800)) }),
  title: (value, campaign) => ({ title: withIndonesian(campaign.title, bounded(value, 120)) }),
  story: (value, campaign) => ({ story: withIndonesian(campaign.story, bounded(value, 800)) }),
  target(value) {
    const amount = parseAmount(value);
    if (amount.kind !== "amount" || amount.rupiah > MAX_AMOUNT_RUPIAH) throw new UserError("newcampaign-bad-target");
    return { target: amount.rupiah };
  },
  ends(value, campaign, now) {
    const date = readCalendarDate(value, now);
    if (!date) throw new UserError("newcampaign-bad-date");
    if (date < campaign.startsOn) throw new UserError("newcampaign-end-before-start");
    return { endsOn: date };
  },
};
export const EDITABLE_CAMPAIGN_FIELDS = Object.keys(FIELDS);

function bounded(value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length < 2 || trimmed.length > max) throw new UserError("editcampaign-bad-value", { max });
  return trimmed;
}

/** Replaces the Indonesian text and keeps the other languages staff wrote. */
function withIndonesian(current: Prisma.JsonValue | null, id: string): Prisma.InputJsonObject {
  const parsed = localizedTextSchema.safeParse(current);
  return { ...(parsed.success ? parsed.data : {}), id };
}

/** `/editcampaign CODE FIELD VALUE` (staff): one field changed, audited with before and after. */
export async function editCampaign(db: DbClient, input: { code: string; field: string; value: string; actor: string; now: Date }): Promise<Campaign> {
  const code = readCampaignCode(input.code);
  const change = FIELDS[input.field.toLowerCase()];
  if (!change) throw new UserError("usage-editcampaign", { fields: EDITABLE_CAMPAIGN_FIELDS.join(", ") });
  return inTransaction(db, async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { code } });
    if (!campaign) throw new UserError("error-unknown-campaign", { code });
    const data = change(input.value, campaign, input.now);
    const updated = await tx.campaign.update({ where: { id: campaign.id }, data });
    // The changed fields only, as JSON (amounts as digit strings).
    const shown = (row: Campaign) =>
      JSON.parse(
        JSON.stringify(Object.fromEntries(Object.keys(data).map((key) => [key, row[key as keyof Campaign]])), (_key, value: unknown) =>
          typeof value === "bigint" ? value.toString() : value,
        ),
      ) as Prisma.InputJsonObject;
    await tx.auditLog.create({ data: { actor: input.actor, action: "campaign.edit", entity: "Campaign", entityId: code, before: shown(campaign), after: shown(updated) } });
    return updated;
  });
}
