import type { PostData, ServerContacts, ServerMessage, ServerStatusPayload } from "whatsapp-api-js/types";

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
