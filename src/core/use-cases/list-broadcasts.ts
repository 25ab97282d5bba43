import type { DbClient } from "../../db/database.js";
import type { Broadcast, Campaign } from "../../generated/prisma/client.js";

const SHOWN = 10;

export interface BroadcastProgress {
  broadcast: Broadcast & { campaign: Pick<Campaign, "code"> | null };
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
}

/** The latest numbered broadcasts (a person's own notifications and reports have none) with their progress. */
export async function listBroadcasts(db: DbClient): Promise<BroadcastProgress[]> {
  const broadcasts = await db.broadcast.findMany({
    where: { number: { not: null } },
    orderBy: { number: "desc" },
    take: SHOWN,
    include: { campaign: { select: { code: true } } },
  });
  const counts = await db.delivery.groupBy({
    by: ["broadcastId", "status"],
    where: { broadcastId: { in: broadcasts.map((broadcast) => broadcast.id) } },
    _count: { _all: true },
  });
  return broadcasts.map((broadcast) => {
    const count = (...statuses: string[]) =>
      counts
        .filter((row) => row.broadcastId === broadcast.id && statuses.includes(row.status))
        .reduce((sum, row) => sum + row._count._all, 0);
    return { broadcast, queued: count("queued", "sending"), sent: count("sent"), failed: count("failed"), skipped: count("skipped", "cancelled") };
  });
}
