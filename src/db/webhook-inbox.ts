import { randomUUID } from "node:crypto";
import type { InboxEntry, WebhookInbox } from "../channels/webhook-inbox.js";
import type { Db } from "./database.js";
import { groupCommit } from "./group-commit.js";

/**
 * The webhook inbox in `InboundWebhook`. Every call of every message runs these statements, so
 * they go to the pool directly (Prisma plans each query anew, which costs more than the query)
 * and calls that arrive together are written in one statement. Lease times are the database's
 * clock, so instances with skewed clocks agree on them.
 */
export function createWebhookInbox(db: Db, source: string, options: { leaseMs: number }): WebhookInbox {
  const { leaseMs } = options;
  const insert = groupCommit<string, string>(async (bodies) => {
    const ids = bodies.map(() => randomUUID());
    await db.$pool.query(
      `INSERT INTO "InboundWebhook" (id, source, body, "claimedUntil")
       SELECT unnest($1::uuid[]), $2, unnest($3::text[]), now() + make_interval(secs => $4::float8 / 1000)`,
      [ids, source, bodies, leaseMs],
    );
    return ids;
  });
  const remove = groupCommit<string, void>(async (ids) => {
    await db.$pool.query(`DELETE FROM "InboundWebhook" WHERE id = ANY($1::uuid[])`, [ids]);
    return ids.map(() => undefined);
  });
  return {
    record: insert,
    done: remove,
    async takePending(limit) {
      const { rows } = await db.$pool.query<InboxEntry & { receivedAt: Date }>(
        `UPDATE "InboundWebhook" SET "claimedUntil" = now() + make_interval(secs => $3::float8 / 1000)
         WHERE id IN (SELECT id FROM "InboundWebhook" WHERE source = $1 AND "claimedUntil" < now()
                      ORDER BY "receivedAt" LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING id, body, "receivedAt"`,
        [source, limit, leaseMs],
      );
      return rows.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime()).map(({ id, body }) => ({ id, body }));
    },
  };
}
