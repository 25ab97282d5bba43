import type { Db } from "../../db/database.js";

const PREFIX = "telegram:";

/**
 * Staff on Telegram, by the same rule as the core's: `telegram:<user id>` in STAFF or granted
 * with /staff add. The adapter needs it for its own command (/pin) and for the staff menus.
 */
export interface TelegramStaff {
  isStaff(userId: string): Promise<boolean>;
  /** Every staff user id; their private chat has the same id. */
  userIds(): Promise<string[]>;
}

export function createTelegramStaff(db: Db, configuredStaff: readonly string[]): TelegramStaff {
  return {
    async isStaff(userId) {
      const identity = `${PREFIX}${userId}`;
      return configuredStaff.includes(identity) || (await db.staffGrant.count({ where: { identity } })) > 0;
    },
    async userIds() {
      const grants = await db.staffGrant.findMany({ where: { identity: { startsWith: PREFIX } }, select: { identity: true } });
      const identities = new Set([...configuredStaff.filter((identity) => identity.startsWith(PREFIX)), ...grants.map((grant) => grant.identity)]);
      return [...identities].map((identity) => identity.slice(PREFIX.length)).filter((id) => /^\d+$/.test(id));
    },
  };
}
