import type { DailySendCounter } from "../channels/whatsapp/whatsapp-stores.js";
import type { Db } from "./database.js";

/**
 * The day's proactive WhatsApp sends, counted in one row per transport and day. The increment
 * and the cap check are one statement, so restarts and several instances share one count.
 */
export function createWhatsAppDailySends(db: Db, transport: "web" | "cloud"): DailySendCounter {
  return {
    async take(day, cap) {
      if (cap <= 0) return false;
      const rows = await db.$queryRaw<{ sent: number }[]>`
        INSERT INTO "WhatsAppDailySends" (transport, day, sent) VALUES (${transport}, ${day}::date, 1)
        ON CONFLICT (transport, day) DO UPDATE SET sent = "WhatsAppDailySends".sent + 1
        WHERE "WhatsAppDailySends".sent < ${cap}::int
        RETURNING sent`;
      return rows.length > 0;
    },
  };
}
