import { createHash, randomBytes } from "node:crypto";
import type { DbClient } from "../../db/database.js";
import { UserError } from "../user-error.js";

/** How long a sign-in link works: long enough to open it on a laptop, short if it leaks. */
export const SIGN_IN_LINK_MINUTES = 10;
/** Links one identity may ask for per SIGN_IN_LINK_MINUTES: a leaked chat account can't flood the table. */
export const SIGN_IN_LINKS_PER_WINDOW = 3;

/** The stored form of a secret token: its SHA-256, so a read of the database signs nobody in. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh random token for a link or a session: 256 bits, URL- and cookie-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Issues a one-time dashboard sign-in token for a staff identity (the caller checked the rights),
 * or refuses when the identity asked too often lately. Returns the token; only its hash is stored.
 */
export async function issueSignInToken(db: DbClient, input: { identity: string; now: Date }): Promise<string> {
  const windowStart = new Date(input.now.getTime() - SIGN_IN_LINK_MINUTES * 60_000);
  const recent = await db.webSignInToken.count({ where: { identity: input.identity, createdAt: { gt: windowStart } } });
  if (recent >= SIGN_IN_LINKS_PER_WINDOW) throw new UserError("dashboard-too-many-links", { minutes: SIGN_IN_LINK_MINUTES });
  const token = newToken();
  await db.webSignInToken.create({
    data: {
      tokenHash: hashToken(token),
      identity: input.identity,
      createdAt: input.now,
      expiresAt: new Date(input.now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
    },
  });
  return token;
}
