import { inTransaction, type DbClient } from "../../db/database.js";

/**
 * Subscribes a member to one campaign, or to all when campaignId is null. Subscribing again
 * also lifts a previous `/stop`: it is the clearest sign the person wants messages.
 */
export async function subscribe(db: DbClient, memberId: number, campaignId: number | null): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await tx.member.update({ where: { id: memberId }, data: { optedOut: false } });
    // NULL campaignId ("all") is not covered by the unique index, so look before inserting.
    const existing = await tx.subscription.findFirst({ where: { memberId, campaignId } });
    if (existing) return false;
    await tx.subscription.create({ data: { memberId, campaignId } });
    return true;
  });
}

export async function unsubscribe(db: DbClient, memberId: number, campaignId: number | null): Promise<boolean> {
  const { count } = await db.subscription.deleteMany({ where: campaignId === null ? { memberId } : { memberId, campaignId } });
  return count > 0;
}

/** `/stop`: no proactive message of any kind until the person subscribes again. */
export async function optOut(db: DbClient, memberId: number): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.subscription.deleteMany({ where: { memberId } });
    await tx.member.update({ where: { id: memberId }, data: { optedOut: true } });
  });
}
