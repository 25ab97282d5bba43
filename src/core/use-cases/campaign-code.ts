import * as z from "zod";
import type { Db } from "../../db/database.js";
import type { CachedReads } from "../cached-reads.js";
import { UserError } from "../user-error.js";

export const campaignCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,12}$/);

/**
 * Finds a campaign by the code a person typed, or refuses in their language. Reads come from
 * `CachedReads`; a use case about to change the campaign passes the database for a fresh row.
 */
export async function findCampaignByCode(source: Db | CachedReads, typed: string) {
  const code = campaignCodeSchema.safeParse(typed);
  if (!code.success) throw new UserError("error-unknown-campaign", { code: typed.slice(0, 20) || "?" });
  const campaign = "campaignByCode" in source ? await source.campaignByCode(code.data) : await source.campaign.findUnique({ where: { code: code.data } });
  if (!campaign) throw new UserError("error-unknown-campaign", { code: code.data });
  return campaign;
}

/** The campaign named by a command's first argument (`/top BTS`); without one, the usage message. */
export async function campaignFromArgs(reads: CachedReads, args: string, usageKey: string) {
  const code = args.trim().split(/\s+/)[0];
  if (!code) throw new UserError(usageKey);
  return findCampaignByCode(reads, code);
}
