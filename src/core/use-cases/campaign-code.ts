import * as z from "zod";
import type { DbClient } from "../../db/database.js";
import type { CachedReads } from "../cached-reads.js";
import { UserError } from "../user-error.js";

export const campaignCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,12}$/);

/** The code a person typed, as stored (`bts` → `BTS`), or a refusal naming what they typed. */
export function readCampaignCode(typed: string): string {
  const code = campaignCodeSchema.safeParse(typed);
  if (!code.success) throw new UserError("error-unknown-campaign", { code: typed.slice(0, 20) || "?" });
  return code.data;
}

/**
 * Finds a campaign by the code a person typed, or refuses in their language. Reads come from
 * `CachedReads` for read-only answers; anything about to act on the campaign passes the
 * database (the message's transaction) for the committed row.
 */
export async function findCampaignByCode(source: DbClient | CachedReads, typed: string) {
  const code = readCampaignCode(typed);
  const campaign = "campaignByCode" in source ? await source.campaignByCode(code) : await source.campaign.findUnique({ where: { code } });
  if (!campaign) throw new UserError("error-unknown-campaign", { code });
  return campaign;
}

/** The campaign code a command's first argument names (`/top BTS`); without one, the usage message. */
export function campaignCodeFromArgs(args: string, usageKey: string): string {
  const code = args.trim().split(/\s+/)[0];
  if (!code) throw new UserError(usageKey);
  return readCampaignCode(code);
}
