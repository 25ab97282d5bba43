import type { Recipients } from "../channels/channel.js";
import type { ChannelName } from "../core/messages.js";
import type { Db } from "./database.js";

/** A channel's recipients as members: their language, and an unreachable mark. */
export function createRecipients(db: Db, channel: ChannelName): Recipients {
  return {
    find: (userId) => db.member.findUnique({ where: { channel_userId: { channel, userId } }, select: { locale: true } }),
    async markUnreachable(userId, now) {
      await db.member.updateMany({ where: { channel, userId, unreachableAt: null }, data: { unreachableAt: now } });
    },
  };
}
