import { sqlIn, type DbTransaction } from "../../db/database.js";
import type { Prisma } from "../../generated/prisma/client.js";

/** Who did what to which record, with the values before and after. */
export interface AuditEntry {
  /** The identity that acted, `channel:userId`. */
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/**
 * Writes an audit row in the caller's transaction, so it is kept exactly when the change it
 * records is. Pledge changes write one each, so it is one plain statement (see `sqlIn`).
 */
export async function recordAudit(tx: DbTransaction, entry: AuditEntry): Promise<void> {
  const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));
  await sqlIn(tx).query(
    `INSERT INTO "AuditLog" (actor, action, entity, "entityId", before, after, "createdAt") VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
    [entry.actor, entry.action, entry.entity, entry.entityId, json(entry.before), json(entry.after), new Date()],
  );
}
