import type { PostData } from "whatsapp-api-js/types";

type Shape = Record<string, unknown>;

const isRecord = (value: unknown): value is Shape => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === "string";
/** A non-empty array whose every item passes `check`: whatsapp-api-js reads item [0] unchecked. */
const isListOf = (value: unknown, check: (item: unknown) => boolean): boolean => Array.isArray(value) && value.length > 0 && value.every(check);

function isMessage(value: unknown): boolean {
  if (!isRecord(value) || !isText(value.from) || !isText(value.id) || !isText(value.type)) return false;
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
  if (!isRecord(change.metadata) || !isText(change.metadata.phone_number_id)) return false;
  if ("messages" in change && !(isListOf(change.messages, isMessage) && isListOf(change.contacts, isContact))) return false;
  if ("statuses" in change && !isListOf(change.statuses, isStatus)) return false;
  return true;
}

/**
 * A signed webhook body as Meta's payload, or undefined when it is not one (null, an array, a
 * number, missing or wrongly typed fields). whatsapp-api-js trusts the shape it is given, so a
 * body that is signed but malformed would otherwise throw deep inside it.
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
