import type { DbClient } from "../../db/database.js";
import type { Pledge } from "../../generated/prisma/client.js";
import type { Notifier } from "../notifier.js";
import { changePledgeStatus, type changePledgeStatusInput } from "./change-pledge-status.js";
import { storeFile, type FileToStore } from "./stored-files.js";
import type * as z from "zod";

/**
 * A partner reports a transfer, with the slip when they sent one: the slip is stored, kept on
 * the pledge and attached to the staff's notification, all in the caller's transaction, so a
 * refused report (someone else's pledge, already confirmed) stores no file.
 */
export async function reportTransfer(
  db: DbClient,
  input: { pledgeId: number; actor: z.input<typeof changePledgeStatusInput>["actor"]; slip?: FileToStore },
  notify: Notifier,
): Promise<Pledge> {
  const proof = input.slip ? await storeFile(db, input.slip) : undefined;
  return changePledgeStatus(db, { pledgeId: input.pledgeId, action: "report-paid", actor: input.actor, proofFileId: proof?.id }, notify);
}
