import type { Db } from "../../db/database.js";

/**
 * Subscribes a member to one campaign, or to all when campaignId is null. Subscribing again
 * also lifts a previous `/stop`: it is the clearest sign the person wants messages.
 */
export async function subscribe(db: Db, memberId: number, campaignId: number | null): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.member.update({ where: { id: memberId }, data: { optedOut: false } });
    // NULL campaignId ("all") is not covered by the unique index, so look before inserting.
    const existing = await tx.subscription.findFirst({ where: { memberId, campaignId } });
    if (existing) return false;
    await tx.subscription.create({ data: { memberId, campaignId } });
    return true;
  });
}

export async function unsubscribe(db: Db, memberId: number, campaignId: number | null): Promise<boolean> {
  const { count } = await db.subscription.deleteMany({ where: campaignId === null ? { memberId } : { memberId, campaignId } });
  return count > 0;
}

/** `/stop`: no proactive message of any kind until the person subscribes again. */
export async function optOut(db: Db, memberId: number): Promise<void> {
  await db.$transaction([
    db.subscription.deleteMany({ where: { memberId } }),
    db.member.update({ where: { id: memberId }, data: { optedOut: true } }),
  ]);
}
