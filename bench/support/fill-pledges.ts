import type { Db } from "../../src/db/database.js";

/** N pledges (100,000 in the benchmarks) straight in SQL, then counters rebuilt from them, as the bot would have kept them. */
export async function fillPledges(db: Db, sizes: { pledges: number; organizations: number }): Promise<number> {
  const { pledges, organizations } = sizes;
  const campaign = await db.campaign.create({
    data: {
      code: "BENCH",
      title: { id: "Kampanye benchmark" },
      story: { id: "Untuk pengukuran." },
      target: 50_000_000_000n,
      startsOn: new Date("2026-01-01"),
      endsOn: new Date("2027-12-31"),
      status: "active",
      isDemo: true,
      regions: ["Jakarta"],
      goals: { create: [{ key: "students", target: 5000, reached: 1200 }] },
    },
  });
  const member = await db.member.create({ data: { channel: "console", userId: "bench-filler" } });
  await db.$executeRaw`
    INSERT INTO "Organization" (name, "nameKey", city, anonymous)
    SELECT 'Bench Company ' || n, 'bench company ' || n, 'Jakarta', n % 5 = 0 FROM generate_series(1, ${organizations}) n`;
  // As the export meets them: every tenth pledge goods with its items, confirmed and delivered
  // ones with a receipt number (KP-YYYY-NNNNNN, in id order), and the receipt counter past them.
  await db.$executeRaw`
    INSERT INTO "Pledge" ("campaignId", "organizationId", "memberId", kind, amount, "itemDescription", "itemQuantity", "itemUnitValue", status, "sourceMessageId", "updatedAt")
    SELECT ${campaign.id}, o.id, ${member.id}, CASE WHEN n % 10 = 0 THEN 'goods' ELSE 'cash' END::"PledgeKind",
           CASE WHEN n % 10 = 0 THEN 1 + n % 20 ELSE 1 END * (1000000 + (n % 97) * 10000),
           CASE WHEN n % 10 = 0 THEN 'Laptop untuk sekolah' END, CASE WHEN n % 10 = 0 THEN 1 + n % 20 END, CASE WHEN n % 10 = 0 THEN 1000000 + (n % 97) * 10000 END,
           (ARRAY['pledged','transfer_reported','confirmed','delivered','cancelled']::"PledgeStatus"[])[1 + (n / ${organizations}) % 5],
           'bench:' || n, now()
    FROM generate_series(1, ${pledges}) n
    JOIN "Organization" o ON o."nameKey" = 'bench company ' || (1 + n % ${organizations})`;
  const counter = `receipt-${new Date().getUTCFullYear()}`;
  await db.$executeRaw`INSERT INTO "Counter" (name, value) VALUES (${counter}, 0) ON CONFLICT (name) DO NOTHING`;
  await db.$executeRaw`
    WITH numbered AS (
      SELECT id, (SELECT value FROM "Counter" WHERE name = ${counter}) + row_number() OVER (ORDER BY id) AS n
      FROM "Pledge" WHERE "campaignId" = ${campaign.id} AND status IN ('confirmed', 'delivered'))
    UPDATE "Pledge" p SET "receiptNumber" = 'KP-' || right(${counter}, 4) || '-' || lpad(numbered.n::text, 6, '0')
    FROM numbered WHERE p.id = numbered.id`;
  await db.$executeRaw`
    UPDATE "Counter" SET value = value + (SELECT count(*) FROM "Pledge" WHERE "campaignId" = ${campaign.id} AND "receiptNumber" IS NOT NULL)
    WHERE name = ${counter}`;
  await db.$executeRaw`
    INSERT INTO "CampaignPartnerTotal" ("campaignId", "organizationId", pledged, confirmed, "livePledges")
    SELECT "campaignId", "organizationId",
           COALESCE(SUM(amount) FILTER (WHERE status IN ('pledged','transfer_reported','confirmed','delivered')), 0),
           COALESCE(SUM(amount) FILTER (WHERE status IN ('confirmed','delivered')), 0),
           count(*) FILTER (WHERE status IN ('pledged','transfer_reported','confirmed','delivered'))
    FROM "Pledge" WHERE "campaignId" = ${campaign.id} GROUP BY 1, 2`;
  // As autovacuum would leave it: statistics, and the visibility map index-only scans need.
  await db.$executeRawUnsafe('VACUUM ANALYZE "Pledge", "CampaignPartnerTotal", "Organization"');
  return campaign.id;
}
