import type { Db } from "../../../src/db/database.js";
import type { Channel } from "../../../src/generated/prisma/client.js";

/**
 * `count` members on a channel subscribed to every campaign, inserted by the database itself
 * so tests and the benchmark can make large audiences quickly. Returns nothing on purpose:
 * nothing about the audience needs to sit in memory.
 */
export async function insertSubscribers(db: Db, options: { channel: Channel; count: number; prefix: string; locale?: "id" | "ko" | "en" }): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "Member" (channel, "userId", locale, "updatedAt")
    SELECT ${options.channel}::"Channel", ${options.prefix} || n, ${options.locale ?? null}::"Locale", now()
    FROM generate_series(1, ${options.count}::int) AS n`;
  await db.$executeRaw`
    INSERT INTO "Subscription" ("memberId", "campaignId")
    SELECT id, NULL FROM "Member" WHERE channel = ${options.channel}::"Channel" AND "userId" LIKE ${options.prefix + "%"}`;
}

/** Waits (bounded) until no delivery of the broadcasts is queued or being sent. */
export async function waitUntilSettled(db: Db, broadcastIds: number[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await db.delivery.count({ where: { broadcastId: { in: broadcastIds }, status: { in: ["queued", "sending"] } } });
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`${open} deliveries still open after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
