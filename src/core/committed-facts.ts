import { sqlIn, type DbTransaction } from "../db/database.js";
import type { Member, Organization } from "../generated/prisma/client.js";
import { CHAT_STATE_COLUMNS, chatStateFrom, type ChatState, type ChatStateRow } from "./conversation-state.js";
import type { MemberWithOrganization } from "./context.js";

/** `to_jsonb` of a row: its timestamps come as text, without a zone (they are UTC). */
type AsJson<Row, Times extends keyof Row> = Omit<Row, Times> & { [Time in Times]: string | null };

/** What the acting transaction starts from: nothing for a redelivery, else what it acts on. */
export type CommittedFacts = { recorded: false } | { recorded: true; member: MemberWithOrganization; granted: boolean; state: ChatState };

const utc = (text: string) => new Date(`${text}Z`);

/**
 * Opens a message's acting transaction in one round trip: records the message id, and reads the
 * person, their company, whether a grant makes them staff (staff rights are then `STAFF` or this
 * grant, see staff-rights.ts) and the chat's state with its row locked until the transaction
 * ends. A redelivery finds its id taken (waiting for a concurrent delivery of it to finish) and
 * acts no more; two messages of one chat take turns on the lock, and the second gets the state
 * the first committed. Three plain statements' work in one (see `sqlIn`): every message that may
 * write starts here.
 */
export async function recordAndReadCommitted(
  tx: DbTransaction,
  opening: { messageKey: string; memberId: number; identity: string; chatKey: string },
): Promise<CommittedFacts> {
  const [row] = await sqlIn(tx).query<Member & { recorded: boolean; organization: AsJson<Organization, "createdAt"> | null; granted: boolean; chat: AsJson<ChatStateRow, "expiresAt"> | null }>(
    `WITH recorded AS (INSERT INTO "ProcessedMessage" (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key),
          chat AS (SELECT ${CHAT_STATE_COLUMNS} FROM "ConversationState" WHERE key = $2 FOR UPDATE)
     SELECT m.*, EXISTS (SELECT 1 FROM recorded) AS recorded, to_jsonb(o) AS organization,
            EXISTS (SELECT 1 FROM "StaffGrant" g WHERE g.identity = $3) AS granted, (SELECT to_jsonb(chat) FROM chat) AS chat
     FROM "Member" m LEFT JOIN "Organization" o ON o.id = m."organizationId"
     WHERE m.id = $4`,
    [opening.messageKey, opening.chatKey, opening.identity, opening.memberId],
  );
  if (!row) throw new Error(`member ${opening.memberId} no longer exists`);
  const { recorded, organization, granted, chat, ...member } = row;
  if (!recorded) return { recorded: false };
  return {
    recorded: true,
    member: { ...member, organization: organization && { ...organization, createdAt: utc(organization.createdAt!) } },
    granted,
    state: chatStateFrom(opening.chatKey, chat && { ...chat, expiresAt: chat.expiresAt === null ? null : utc(chat.expiresAt) }),
  };
}
