import type { Db, DbClient } from "../db/database.js";
import type { WebSession } from "../generated/prisma/client.js";
import { hashToken, newToken } from "../core/use-cases/sign-in-link.js";

/** Sessions end after this long without a request. */
export const SESSION_IDLE_HOURS = 12;
/** `lastSeenAt` is written at most this often, so browsing the dashboard is not a write per click. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Uses a sign-in token: marks it used in the same statement that checks it is unused and
 * unexpired, so two clicks (or a link preview and a click) sign in at most once. Returns the
 * identity it was issued to.
 */
export async function redeemSignInToken(db: DbClient, token: string, now: Date): Promise<string | undefined> {
  const [used] = await db.webSignInToken.updateManyAndReturn({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return used?.identity;
}

/** Whether a sign-in token could still be used, to show its page without using it up. */
export async function signInTokenUsable(db: DbClient, token: string, now: Date): Promise<boolean> {
  const found = await db.webSignInToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return found !== null && found.usedAt === null && found.expiresAt > now;
}

/** Starts a session; the returned token goes in the cookie, its hash in the table. */
export async function startSession(db: DbClient, identity: string, now: Date): Promise<string> {
  const token = newToken();
  await db.webSession.create({ data: { tokenHash: hashToken(token), identity, csrfToken: newToken(), createdAt: now, lastSeenAt: now } });
  return token;
}

/** A live session and whether its identity holds a staff grant now (configuration may grant more). */
export type SessionWithGrant = WebSession & { granted: boolean };

/**
 * The live session a cookie names, with its identity's staff grant read in the same statement,
 * its idle clock moved on; undefined when unknown or idle too long. Every dashboard request
 * starts here, so it is one plain SQL round trip on the pool: through Prisma, planning the two
 * lookups cost more CPU than the rest of the overview page.
 */
export async function findSession(db: Db, token: string, now: Date): Promise<SessionWithGrant | undefined> {
  // Prisma keeps times as UTC in columns without a zone; read them as such, whatever TZ says.
  const { rows } = await db.$pool.query<SessionWithGrant>(
    `SELECT s."tokenHash", s.identity, s."csrfToken", s."createdAt" AT TIME ZONE 'UTC' AS "createdAt",
       s."lastSeenAt" AT TIME ZONE 'UTC' AS "lastSeenAt", g.identity IS NOT NULL AS granted
     FROM "WebSession" s LEFT JOIN "StaffGrant" g ON g.identity = s.identity WHERE s."tokenHash" = $1`,
    [hashToken(token)],
  );
  const session = rows[0];
  if (!session) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_HOURS * 3_600_000) {
    await db.webSession.deleteMany({ where: { tokenHash: session.tokenHash } });
    return undefined;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.webSession.update({ where: { tokenHash: session.tokenHash }, data: { lastSeenAt: now } });
  }
  return session;
}

/** Signs a session out for good. */
export async function endSession(db: DbClient, session: WebSession): Promise<void> {
  await db.webSession.deleteMany({ where: { tokenHash: session.tokenHash } });
}
