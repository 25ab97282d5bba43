import type { Db } from "../../db/database.js";
import { countAudienceByChannel } from "../../outbox/audience.js";
import type { StaffAudience } from "./create-broadcast.js";

/** How many people a broadcast would reach now, per channel: what staff see before confirming. */
export async function previewBroadcast(db: Db, input: { audience: StaffAudience; campaignId: number | null }) {
  const perChannel = await countAudienceByChannel(db, input);
  const total = Object.values(perChannel).reduce((sum, count) => sum + count, 0);
  return { perChannel, total };
}
