import { createHmac } from "node:crypto";

/**
 * Webhook bodies in the shape Meta sends them (recorded from its documentation's examples), and
 * the signature Meta puts in X-Hub-Signature-256.
 */
export const PHONE_NUMBER_ID = "106540352242922";

/** The bot's number as Meta shows it; "@15550783881" in a group message addresses the bot. */
export const DISPLAY_NUMBER = "15550783881";

/** Several changes in one webhook call, each its own entry, as Meta batches them under load. */
export function batch(...values: Record<string, unknown>[]) {
  return {
    object: "whatsapp_business_account",
    entry: values.map((value) => ({
      id: "102290129340398",
      changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: DISPLAY_NUMBER, phone_number_id: PHONE_NUMBER_ID }, ...value } }],
    })),
  };
}

/** The `value` of a change holding several messages from several people, with a contact for each. */
export function messagesValue(...messages: { from: string; id: string; body: string; name?: string }[]) {
  return {
    contacts: messages.map((message) => ({ profile: { name: message.name ?? `Person ${message.from.slice(-3)}` }, wa_id: message.from })),
    messages: messages.map((message) => ({ from: message.from, id: message.id, timestamp: "1750263773", type: "text", text: { body: message.body } })),
  };
}

/** A message that is not text (Meta's documented shapes): an image, a sticker, a reaction. */
export function otherMessage(options: { from: string; id: string; groupId?: string } & (
  | { type: "image"; caption?: string }
  | { type: "sticker" }
  | { type: "reaction"; emoji: string; reactingTo: string }
)) {
  const media = { mime_type: "image/jpeg", sha256: "HgYZ2lG2VnTUq1rxXPYhWTKBS4Ez1ZLqK4bIV0jcBFc=", id: "1003383421387256" };
  const content =
    options.type === "image" ? { image: { ...media, ...(options.caption ? { caption: options.caption } : {}) } }
    : options.type === "sticker" ? { sticker: { ...media, mime_type: "image/webp", animated: false } }
    : { reaction: { message_id: options.reactingTo, emoji: options.emoji } };
  return batch({
    contacts: [{ profile: { name: "Sheena Nelson" }, wa_id: options.from }],
    messages: [{ from: options.from, id: options.id, timestamp: "1750263773", type: options.type, ...content, ...(options.groupId ? { group_id: options.groupId } : {}) }],
  });
}

export function textMessage(options: { from: string; id: string; body: string; name?: string; groupId?: string }) {
  return batch({
    contacts: [{ profile: { name: options.name ?? "Sheena Nelson" }, wa_id: options.from }],
    messages: [
      {
        from: options.from,
        id: options.id,
        timestamp: "1750263773",
        type: "text",
        text: { body: options.body },
        ...(options.groupId ? { group_id: options.groupId } : {}),
      },
    ],
  });
}

export function statusUpdate(options: { recipient: string; status: "sent" | "delivered" | "read" | "failed"; errorCode?: number; messageId?: string }) {
  return batch(statusValue(options));
}

/** The `value` of a status change, for batching. */
export function statusValue(options: { recipient: string; status: "sent" | "delivered" | "read" | "failed"; errorCode?: number; messageId?: string }) {
  return {
    statuses: [
      {
        id: options.messageId ?? "wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA",
        status: options.status,
        timestamp: "1750263774",
        recipient_id: options.recipient,
        ...(options.errorCode
          ? { errors: [{ code: options.errorCode, title: options.errorCode === 131047 ? "Re-engagement message" : "Message undeliverable", message: "Message undeliverable", error_data: { details: "Message Undeliverable." } }] }
          : {
              conversation: { id: "ebc20a2b2b4b3c5ebd4a4c4b6c2b2a44", origin: { type: "utility" } },
              pricing: { billable: true, pricing_model: "PMP", category: "utility" },
            }),
      },
    ],
  };
}

/** Meta sends JSON with non-ASCII characters escaped (\uXXXX) and signs exactly those bytes. */
export function metaJson(payload: unknown): string {
  return JSON.stringify(payload).replace(/[^\0-~]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function sign(body: string, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(body).digest("hex")}`;
}
