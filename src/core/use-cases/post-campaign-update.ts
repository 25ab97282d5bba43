import * as z from "zod";
import { inTransaction, type DbClient } from "../../db/database.js";
import type { CampaignUpdate } from "../../generated/prisma/client.js";
import type { Translator } from "../i18n/translator.js";
import type { OutboxPort } from "../ports.js";
import { UserError } from "../user-error.js";
import { updateAnnouncement } from "../views/campaign-view.js";
import { inEveryLocale } from "../views/in-every-locale.js";
import { findCampaignByCode } from "./campaign-code.js";

/** The longest update text, per language. */
export const MAX_UPDATE_LENGTH = 900;
const updateText = z.string().trim().min(1).max(MAX_UPDATE_LENGTH);

export const postCampaignUpdateInput = z.object({
  code: z.string(),
  texts: z.object({ id: updateText, ko: updateText.optional(), en: updateText.optional() }),
  /** Beneficiaries reached so far, per goal key: the latest figure, not an increment. */
  reached: z.record(z.string(), z.number().int().min(0).max(100_000_000)),
  actor: z.string().min(1),
  /** A photo sent with the update (a StoredFile id): kept with it and sent with it to subscribers. */
  photoFileId: z.number().int().positive().optional(),
});

/** Sending the update to the campaign's subscribers: what it needs, and its idempotency key. */
export interface Announcement {
  outbox: OutboxPort;
  translator: Translator;
  now: Date;
  requestKey: string;
}

/**
 * Posts a staff update, moves the campaign's goals to the reached figures it gives, and queues
 * it to the campaign's subscribers (and those subscribed to all) with the beneficiary counts,
 * each in their language: one transaction. A figure for a goal the campaign does not have is
 * refused, naming the valid ones. A photo goes with it, the text as its caption. Historic updates (the demo seed) are posted unannounced.
 */
export async function postCampaignUpdate(
  db: DbClient,
  input: z.input<typeof postCampaignUpdateInput>,
  announce?: Announcement,
): Promise<{ update: CampaignUpdate; recipients: number }> {
  const data = postCampaignUpdateInput.parse(input);
  return inTransaction(db, async (tx) => {
    const campaign = await findCampaignByCode(tx, data.code);
    const goals = await tx.campaignGoal.findMany({ where: { campaignId: campaign.id }, orderBy: { key: "asc" } });
    const known = new Set(goals.map((goal) => goal.key));
    const unknown = Object.keys(data.reached).find((key) => !known.has(key));
    if (unknown) throw new UserError("error-unknown-goal", { goal: unknown, goals: [...known].join(", ") || "-" });
    for (const [key, reached] of Object.entries(data.reached)) {
      await tx.campaignGoal.update({ where: { campaignId_key: { campaignId: campaign.id, key } }, data: { reached } });
    }
    const update = await tx.campaignUpdate.create({ data: { campaignId: campaign.id, texts: data.texts, reached: data.reached, author: data.actor, photoFileId: data.photoFileId ?? null } });
    await tx.auditLog.create({
      data: {
        actor: data.actor,
        action: "campaign.update",
        entity: "Campaign",
        entityId: campaign.code,
        before: Object.fromEntries(goals.map((goal) => [goal.key, goal.reached])),
        after: { texts: data.texts, reached: data.reached, ...(data.photoFileId !== undefined && { photoFileId: data.photoFileId }) },
      },
    });
    if (!announce) return { update, recipients: 0 };
    const reachedNow = goals.map((goal) => ({ ...goal, reached: data.reached[goal.key] ?? goal.reached }));
    const broadcast = await announce.outbox.enqueue(tx, {
      kind: "update",
      audience: "campaign_subscribers",
      campaignId: campaign.id,
      texts: inEveryLocale(announce.translator, announce.now, (ctx) => updateAnnouncement(ctx, campaign, reachedNow, data.texts)),
      ...(data.photoFileId !== undefined && { attachments: { id: data.photoFileId } }),
      sendAt: announce.now,
      requestKey: announce.requestKey,
    });
    return { update, recipients: broadcast.recipients };
  });
}
