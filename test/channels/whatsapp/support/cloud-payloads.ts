import { createHmac } from "node:crypto";

/**
 * Webhook bodies in the shape Meta sends them (recorded from its documentation's examples), and
 * the signature Meta puts in X-Hub-Signature-256.
 */
export const PHONE_NUMBER_ID = "106540352242922";

function envelope(value: Record<string, unknown>) {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: "102290129340398",
        changes: [{ field: "messages", value: { messaging_product: "whatsapp", metadata: { display_phone_number: "15550783881", phone_number_id: PHONE_NUMBER_ID }, ...value } }],
      },
    ],
  };
}

export function textMessage(options: { from: string; id: string; body: string; name?: string; groupId?: string }) {
  return envelope({
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

export function statusUpdate(options: { recipient: string; status: "sent" | "delivered" | "read" | "failed"; errorCode?: number }) {
  return envelope({
    statuses: [
      {
        id: "wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA",
        status: options.status,
        timestamp: "1750263774",
        recipient_id: options.recipient,
        ...(options.errorCode
          ? { errors: [{ code: options.errorCode, title: "Message undeliverable", message: "Message undeliverable", error_data: { details: "Message Undeliverable." } }] }
          : {
              conversation: { id: "ebc20a2b2b4b3c5ebd4a4c4b6c2b2a44", origin: { type: "utility" } },
              pricing: { billable: true, pricing_model: "PMP", category: "utility" },
            }),
      },
    ],
  });
}

/** Meta sends JSON with non-ASCII characters escaped (\uXXXX) and signs exactly those bytes. */
export function metaJson(payload: unknown): string {
  return JSON.stringify(payload).replace(/[^\0-~]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function sign(body: string, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(body).digest("hex")}`;
}
