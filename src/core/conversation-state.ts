import { sqlIn, type DbClient } from "../db/database.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { ChannelName, Choice } from "./messages.js";

/** Where a guided flow stands: which flow, which step, and what was answered so far. */
export interface FlowPosition {
  flow: string;
  step: string;
  data: Prisma.InputJsonObject;
  expiresAt: Date;
}

/** A chat's row in ConversationState, read inside the transaction that acts on it. */
export interface ChatState {
  key: string;
  position: FlowPosition | undefined;
  offered: Choice[];
  version: number;
}

export function chatKey(channel: ChannelName, chatId: string): string {
  return `${channel}:${chatId}`;
}

/** A chat's row in ConversationState, as read where the acting transaction locks it (committed-facts.ts). */
export interface ChatStateRow {
  flow: string | null;
  step: string | null;
  data: Prisma.JsonValue;
  expiresAt: Date | null;
  offered: Prisma.JsonValue;
  version: number;
}

/** The columns of a `ChatStateRow`, as the statements that read one select them. */
export const CHAT_STATE_COLUMNS = `flow, step, data, "expiresAt", offered, version`;

/**
 * A chat's state from its row, or the empty state when it has none yet. Read with the row locked
 * by the transaction that acts on it: which step a flow is on is always decided from this, never
 * from a cache.
 */
export function chatStateFrom(key: string, row: ChatStateRow | null | undefined): ChatState {
  return {
    key,
    position: row?.flow && row.step && row.expiresAt ? { flow: row.flow, step: row.step, data: (row.data ?? {}) as Prisma.InputJsonObject, expiresAt: row.expiresAt } : undefined,
    offered: Array.isArray(row?.offered) ? (row.offered as unknown as Choice[]) : [],
    version: row?.version ?? 0,
  };
}

/**
 * A chat's state as committed now, read without a lock: whether a read-only command may skip the
 * acting transaction (no flow in progress, no choices its word could pick). One plain statement
 * on every such message, never a cache: the state changes at every flow step, and a cache of it
 * needed a change notice per step, which PostgreSQL commits one at a time.
 */
export async function readChatState(db: DbClient, key: string): Promise<ChatState> {
  const [row] = await sqlIn(db).query<ChatStateRow>(
    `SELECT ${CHAT_STATE_COLUMNS} FROM "ConversationState" WHERE key = $1`,
    [key],
  );
  return chatStateFrom(key, row);
}

/** Only what picking needs: a label's message key lets its name match in every language. */
function storable(choices: readonly Choice[]): Prisma.InputJsonValue {
  return choices.map(({ label, value, key, args }) => ({ label, value, ...(key && { key }), ...(args && { args }) }));
}

/**
 * Writes where the chat stands now; the version moves on, so older buttons become stale. The row
 * stays when nothing is left in it: removed, its version would start again and an old button
 * could match a new question.
 */
export async function saveChatState(tx: DbClient, key: string, next: { position: FlowPosition | undefined; offered: readonly Choice[]; version: number }): Promise<void> {
  const { position } = next;
  // Written at every flow step: one plain statement, not an upsert Prisma plans each time.
  await sqlIn(tx).query(
    `INSERT INTO "ConversationState" (key, flow, step, data, "expiresAt", offered, version, "updatedAt")
     VALUES ($1, $2, $3, $4::jsonb, $5, $6::jsonb, $7, $8)
     ON CONFLICT (key) DO UPDATE SET flow = EXCLUDED.flow, step = EXCLUDED.step, data = EXCLUDED.data,
       "expiresAt" = EXCLUDED."expiresAt", offered = EXCLUDED.offered, version = EXCLUDED.version, "updatedAt" = EXCLUDED."updatedAt"`,
    [key, position?.flow ?? null, position?.step ?? null, JSON.stringify(position?.data ?? {}), position?.expiresAt ?? null, JSON.stringify(storable(next.offered)), next.version, new Date()],
  );
}

/**
 * Choices offered outside a flow step: by a proactive message (an approval request), or by a
 * read-only answer (/campaigns). A typed `1` then picks from these; none clears them. A flow in
 * progress keeps its place; only what `1` means changes.
 */
export async function offerChoices(db: DbClient, key: string, choices: readonly Choice[]): Promise<void> {
  // After every numbered read-only answer (/campaigns on WhatsApp): one plain statement.
  await sqlIn(db).query(
    `INSERT INTO "ConversationState" (key, offered, version, "updatedAt") VALUES ($1, $2::jsonb, 1, $3)
     ON CONFLICT (key) DO UPDATE SET offered = EXCLUDED.offered, version = "ConversationState".version + 1, "updatedAt" = EXCLUDED."updatedAt"`,
    [key, JSON.stringify(storable(choices)), new Date()],
  );
}
