import type { ServiceWindows } from "../channels/whatsapp/whatsapp-stores.js";
import type { Db } from "./database.js";
import { groupCommit } from "./group-commit.js";

/** The Cloud API's 24-hour windows, one row per person, so a restart still knows who wrote today. */
export function createWhatsAppServiceWindows(db: Db): ServiceWindows {
  // Every incoming message writes one: those that arrive together go in one statement, straight to the pool.
  const heardFrom = groupCommit<{ userId: string; at: Date }, void>(async (heard) => {
    const latest = new Map<string, Date>();
    for (const { userId, at } of heard) {
      const seen = latest.get(userId);
      // One row per person in the statement (PostgreSQL refuses two updates of one row), the latest time.
      if (!seen || seen < at) latest.set(userId, at);
    }
    await db.$pool.query(
      `INSERT INTO "WhatsAppServiceWindow" ("userId", "lastHeardAt")
       SELECT "userId", at AT TIME ZONE 'UTC' FROM unnest($1::text[], $2::timestamptz[]) AS heard("userId", at)
       ON CONFLICT ("userId") DO UPDATE SET "lastHeardAt" = EXCLUDED."lastHeardAt"`,
      [[...latest.keys()], [...latest.values()]],
    );
    return heard.map(() => undefined);
  });
  return {
    heardFrom: (userId, at) => heardFrom({ userId, at }),
    async lastHeardAt(userId) {
      const row = await db.whatsAppServiceWindow.findUnique({ where: { userId } });
      return row?.lastHeardAt;
    },
    async close(userId) {
      await db.whatsAppServiceWindow.deleteMany({ where: { userId } });
    },
  };
}
