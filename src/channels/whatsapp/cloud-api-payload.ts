import type { PostData, ServerContacts, ServerMessage, ServerStatusPayload } from "whatsapp-api-js/types";

type Shape = Record<string, unknown>;

const isRecord = (value: unknown): value is Shape => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string";
/** A non-empty array whose every item passes `check`: whatsapp-api-js reads item [0] unchecked. */
const isListOf = (value: unknown, check: (item: unknown) => boolean): boolean => Array.isArray(value) && value.length > 0 && value.every(check);

function isMessage(value: unknown): boolean {
  // A sender known only by a linked id (`@lid`) comes as from_user_id, without `from`.
  if (!isRecord(value) || !(isText(value.from) || isText(value.from_user_id)) || !isText(value.id) || !isText(value.type)) return false;
  // The channel reads these nested fields for the kinds it handles; a message without them is malformed.
  if (value.type === "text") return isRecord(value.text) && isText(value.text.body);
  if (value.type === "button") return isRecord(value.button) && isText(value.button.text);
  if (value.type === "interactive") return isRecord(value.interactive) && isText(value.interactive.type);
  return true;
}

const isContact = (value: unknown) => isRecord(value) && isText(value.wa_id);
const isStatus = (value: unknown) => isRecord(value) && isText(value.id) && isText(value.status) && isText(value.recipient_id);

function isChange(value: unknown): boolean {
  if (!isRecord(value) || !isRecord(value.value)) return false;
  const change = value.value;
  if (!isRecord(change.metadata) || !isText(change.metadata.phone_number_id) || !isText(change.metadata.display_phone_number)) return false;
  if ("messages" in change && !isListOf(change.messages, isMessage)) return false;
  if ("contacts" in change && !isListOf(change.contacts, isContact)) return false;
  if ("statuses" in change && !isListOf(change.statuses, isStatus)) return false;
  return true;
}

/**
 * A signed webhook body as Meta's payload, or undefined when it is not one (null, an array, a
 * number, missing or wrongly typed fields). Nothing after this trusts a shape it was not shown,
 * so a body that is signed but malformed gets 400 instead of throwing deep inside the channel.
 */
export function parseCloudApiPayload(body: string): PostData | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isListOf(value.entry, (entry) => isRecord(entry) && isListOf(entry.changes, isChange))) return undefined;
  return value as unknown as PostData;
}

/** One incoming message of a webhook call, with the sender's contact entry and our own number. */
export interface CloudInbound {
  message: ServerMessage;
  contact?: ServerContacts;
  /** The bot's number as people see it: "@<it>" in a group message addresses the bot. */
  businessNumber: string;
}

export interface CloudWebhookEvents {
  messages: CloudInbound[];
  statuses: ServerStatusPayload[];
}

/** What a `messages` change may hold: Meta batches several messages and statuses into one call. */
interface MessagesValue {
  metadata: { display_phone_number: string };
  contacts?: ServerContacts[];
  messages?: ServerMessage[];
  statuses?: ServerStatusPayload[];
}

/**
 * Every message and status in a verified webhook call. whatsapp-api-js's `post` reads only
 * `entry[0].changes[0]` and the first message or status in it (lib/index.js), and Meta, having
 * had its 200, never sends the rest again; so the whole payload is walked here.
 */
export function eventsOf(data: PostData): CloudWebhookEvents {
  const events: CloudWebhookEvents = { messages: [], statuses: [] };
  for (const entry of data.entry ?? []) {
    for (const change of entry.changes ?? []) {
      if (change.field !== "messages") continue;
      const value = change.value as unknown as MessagesValue;
      const contacts = value.contacts ?? [];
      for (const message of value.messages ?? []) {
        const contact =
          contacts.find((candidate) => (message.from && candidate.wa_id === message.from) || (message.from_user_id && candidate.user_id === message.from_user_id)) ??
          (contacts.length === 1 ? contacts[0] : undefined);
        events.messages.push({ message, contact, businessNumber: value.metadata.display_phone_number });
      }
      events.statuses.push(...(value.statuses ?? []));
    }
  }
  return events;
}
