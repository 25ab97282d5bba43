import type { ServiceWindows } from "../channels/whatsapp/whatsapp-stores.js";
import type { Db } from "./database.js";

/** The Cloud API's 24-hour windows, one row per person, so a restart still knows who wrote today. */
export function createWhatsAppServiceWindows(db: Db): ServiceWindows {
  return {
    async heardFrom(userId, at) {
      await db.whatsAppServiceWindow.upsert({ where: { userId }, create: { userId, lastHeardAt: at }, update: { lastHeardAt: at } });
    },
    async lastHeardAt(userId) {
      const row = await db.whatsAppServiceWindow.findUnique({ where: { userId } });
      return row?.lastHeardAt;
    },
    async close(userId) {
      await db.whatsAppServiceWindow.deleteMany({ where: { userId } });
    },
  };
}
