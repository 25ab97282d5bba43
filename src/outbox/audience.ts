import type { Audience } from "../core/ports.js";
import type { DbClient } from "../db/database.js";
import { Prisma, type Channel } from "../generated/prisma/client.js";

/** Pledges that count as a partner's support: everything but cancelled and rejected. */
const LIVE_PLEDGE = Prisma.sql`p.status NOT IN ('cancelled', 'rejected')`;

/**
 * Whether `"Member" m` follows a campaign (by an SQL expression for its id; a subscription to
 * every campaign covers it too), or with `null` any campaign at all. The one subscription rule,
 * for picking an audience and again at send time.
 */
export function subscribedTo(campaignId: Prisma.Sql | null): Prisma.Sql {
  const which = campaignId ? Prisma.sql`AND (s."campaignId" = ${campaignId} OR s."campaignId" IS NULL)` : Prisma.empty;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Subscription" s WHERE s."memberId" = m.id ${which})`;
}

/**
 * The WHERE condition on `"Member" m` that picks an audience. Opted-out and unreachable people
 * are left out here, and checked again at send time because either may change before then.
 */
export function audienceCondition(target: Audience): Prisma.Sql {
  const reachable = Prisma.sql`NOT m."optedOut" AND m."unreachableAt" IS NULL`;
  return Prisma.sql`${reachable} AND ${who(target)}`;
}

function who(target: Audience): Prisma.Sql {
  const campaignId = target.campaignId ?? null;
  switch (target.audience) {
    case "campaign_subscribers":
      return subscribedTo(Prisma.sql`${campaignId}::int`);
    case "all_subscribers":
      return subscribedTo(null);
    case "campaign_partners":
      // Everyone at a company that pledged, not only the colleague who typed the pledge.
      return Prisma.sql`EXISTS (SELECT 1 FROM "Pledge" p WHERE p."organizationId" = m."organizationId" AND p."campaignId" = ${campaignId}::int AND ${LIVE_PLEDGE})`;
    case "unpaid_partners": {
      const window = target.pledgedBetween
        ? Prisma.sql`AND p."createdAt" >= ${target.pledgedBetween[0]}::timestamp AND p."createdAt" < ${target.pledgedBetween[1]}::timestamp`
        : Prisma.empty;
      return Prisma.sql`EXISTS (SELECT 1 FROM "Pledge" p WHERE p."organizationId" = m."organizationId" AND p.status = 'pledged'
        AND (${campaignId}::int IS NULL OR p."campaignId" = ${campaignId}::int) ${window})`;
    }
    case "staff": {
      const identity = Prisma.sql`(m.channel::text || ':' || m."userId")`;
      const configured = target.staff?.length ? Prisma.sql`${identity} IN (${Prisma.join(target.staff)})` : Prisma.sql`FALSE`;
      return Prisma.sql`(${configured} OR EXISTS (SELECT 1 FROM "StaffGrant" g WHERE g.identity = ${identity}))`;
    }
    case "member":
      return Prisma.sql`m.id = ${target.memberId ?? -1}::int`;
    case "organization":
      return Prisma.sql`m."organizationId" = ${target.organizationId ?? -1}::int AND m.id <> ${target.excludeMemberId ?? -1}::int`;
  }
}

/** How many people an audience reaches on each channel: the /broadcast preview. */
export async function countAudienceByChannel(db: DbClient, target: Audience): Promise<Partial<Record<Channel, number>>> {
  const rows = await db.$queryRaw<{ channel: Channel; count: bigint }[]>`
    SELECT m.channel, count(*) AS count FROM "Member" m WHERE ${audienceCondition(target)} GROUP BY m.channel ORDER BY m.channel`;
  return Object.fromEntries(rows.map((row) => [row.channel, Number(row.count)]));
}
