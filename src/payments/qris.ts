import { crc16Hex } from "./crc16.js";
import { buildTlv, characterCount, parseTlv, templateOf, valueOf, type TlvField, type TlvProblem } from "./emv-tlv.js";

/**
 * QRIS, Indonesia's national QR payment code (EMVCo Merchant-Presented Mode): the foundation's
 * static code checked once, and a code per pledge made from it with the exact amount to pay.
 */

/** EMVCo MPM 1.1 keeps a whole payload within 512 characters. */
export const MAX_PAYLOAD_CHARACTERS = 512;
/** Bank Indonesia's limit per QRIS transaction; payment gateways cap at the same. */
export const QRIS_TRANSACTION_LIMIT = 10_000_000n;
/** Field 54 holds at most 13 characters: whole rupiah, no separators. */
const MAX_AMOUNT_FIELD = 9_999_999_999_999n;
/** Field 62's sub-fields hold at most 25 characters each. */
const MAX_BILL_NUMBER_CHARACTERS = 25;
/** The globally unique identifier of the template holding the national merchant ID (NMID). */
const QRIS_GUID = "ID.CO.QRIS.WWW";

export type QrisProblemCode =
  /** Nothing was given. */
  | "empty"
  /** Over 512 characters. */
  | "too-long"
  /** Control characters (a NUL, a line break inside): not a QR code's text. */
  | "control-characters"
  /** Not a list of EMVCo data objects; `at` and `path` say where it breaks. */
  | "malformed"
  /** A data object appears twice at the top level (`field`). */
  | "duplicate-field"
  /** Field 00 is not first, or not "01". */
  | "payload-format"
  /** Field 63 is absent, not last, or not four hex digits. */
  | "crc-missing"
  /** Field 63 does not match the payload: mistyped or altered. */
  | "crc-mismatch"
  /** Field 01 is not "11": a dynamic code ("12") pays one bill only. */
  | "not-static"
  /** Field 54 is set: a static code for donations leaves the amount to the payer. */
  | "has-amount"
  /** No merchant account template (26–51). */
  | "no-merchant-account"
  /** No template with QRIS's identifier (ID.CO.QRIS.WWW): an EMVCo code, but not a QRIS one. */
  | "not-qris"
  | "merchant-name-missing"
  | "merchant-city-missing"
  /** Field 58 is not "ID". */
  | "country-not-id"
  /** Field 53 is not "360" (rupiah). */
  | "currency-not-idr"
  /** With an amount and a bill number added the code would pass 512 characters, or field 62 its 99. */
  | "no-room";

export interface QrisProblem {
  readonly code: QrisProblemCode;
  /** The data object concerned, where there is one ("58"). */
  readonly field?: string;
  /** What the code holds there, for the message ("SG", "12"). */
  readonly found?: string;
  /** For `malformed`: where the data objects stop making sense. */
  readonly structure?: TlvProblem;
}

/** A static QRIS that passed every check: what the bot keeps and shows back for confirmation. */
export interface StaticQris {
  /** The code as given, without surrounding white space. */
  readonly payload: string;
  readonly fields: readonly TlvField[];
  /** Field 59, as printed under the QR. */
  readonly merchantName: string;
  /** Field 60. */
  readonly merchantCity: string;
  /** QRIS's national merchant ID (NMID), when the QRIS template carries one. */
  readonly nationalMerchantId?: string;
  /** The name in the merchant's other language (template 64), when there is one. */
  readonly merchantNameAlternate?: string;
}

export type QrisCheck = { ok: true; qris: StaticQris } | { ok: false; problems: readonly QrisProblem[] };

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Checks the foundation's static QRIS: its structure, checksum, merchant, country and currency,
 * and that it is static. Every problem found is listed, as codes the chat translates.
 */
export function readStaticQris(text: string): QrisCheck {
  const payload = text.trim();
  if (payload === "") return refuse({ code: "empty" });
  if (characterCount(payload) > MAX_PAYLOAD_CHARACTERS) return refuse({ code: "too-long" });
  if (CONTROL_CHARACTERS.test(payload)) return refuse({ code: "control-characters" });
  const parsed = parseTlv(payload);
  if (!parsed.ok) return refuse({ code: "malformed", structure: parsed.problem });
  const { fields } = parsed;

  const problems: QrisProblem[] = [];
  const seen = new Set<string>();
  for (const { id } of fields) {
    if (seen.has(id)) problems.push({ code: "duplicate-field", field: id });
    seen.add(id);
  }
  if (fields[0]?.id !== "00" || valueOf(fields, "00") !== "01") problems.push({ code: "payload-format", field: "00" });
  const crcField = fields.at(-1);
  if (crcField?.id !== "63" || !("value" in crcField) || !/^[0-9A-Fa-f]{4}$/.test(crcField.value)) {
    problems.push({ code: "crc-missing", field: "63" });
  } else if (crcField.value.toUpperCase() !== crc16Hex(payload.slice(0, -4))) {
    // Upper-case hex is what EMVCo writes; a generator writing lower case still made a true checksum.
    problems.push({ code: "crc-mismatch", field: "63", found: crcField.value });
  }
  const initiation = valueOf(fields, "01");
  if (initiation !== "11") problems.push({ code: "not-static", field: "01", ...(initiation === undefined ? {} : { found: initiation }) });
  if (seen.has("54")) problems.push({ code: "has-amount", field: "54" });
  const accounts = fields.filter(({ id }) => Number(id) >= 26 && Number(id) <= 51);
  if (accounts.length === 0) problems.push({ code: "no-merchant-account" });
  const qrisTemplate = accounts.map((account) => ("fields" in account ? account.fields : [])).find((sub) => valueOf(sub, "00")?.toUpperCase() === QRIS_GUID);
  if (accounts.length > 0 && !qrisTemplate) problems.push({ code: "not-qris" });
  const merchantName = valueOf(fields, "59")?.trim() ?? "";
  if (merchantName === "") problems.push({ code: "merchant-name-missing", field: "59" });
  const merchantCity = valueOf(fields, "60")?.trim() ?? "";
  if (merchantCity === "") problems.push({ code: "merchant-city-missing", field: "60" });
  const country = valueOf(fields, "58");
  if (country !== "ID") problems.push({ code: "country-not-id", field: "58", ...(country === undefined ? {} : { found: country }) });
  const currency = valueOf(fields, "53");
  if (currency !== "360") problems.push({ code: "currency-not-idr", field: "53", ...(currency === undefined ? {} : { found: currency }) });
  if (problems.length === 0 && !hasRoomForAPledge(fields)) problems.push({ code: "no-room" });
  if (problems.length > 0) return { ok: false, problems };

  const nationalMerchantId = qrisTemplate && valueOf(qrisTemplate, "02");
  const merchantNameAlternate = valueOf(templateOf(fields, "64") ?? [], "01");
  return {
    ok: true,
    qris: Object.freeze({
      payload,
      fields,
      merchantName,
      merchantCity,
      ...(nationalMerchantId ? { nationalMerchantId } : {}),
      ...(merchantNameAlternate ? { merchantNameAlternate } : {}),
    }),
  };
}

function refuse(problem: QrisProblem): QrisCheck {
  return { ok: false, problems: [problem] };
}

/** The longest amount and bill number must fit, so a checked code always makes a pledge's code. */
function hasRoomForAPledge(fields: readonly TlvField[]): boolean {
  try {
    return characterCount(withPayment(fields, MAX_AMOUNT_FIELD, "X".repeat(MAX_BILL_NUMBER_CHARACTERS))) <= MAX_PAYLOAD_CHARACTERS;
  } catch (error) {
    if (error instanceof RangeError) return false; // field 62 would pass 99 characters
    throw error;
  }
}

export interface PledgePayment {
  /** Whole rupiah, the unique code included; the QRIS limit per transaction is the caller's to apply. */
  readonly amount: bigint;
  /** The pledge's reference, `KP-<id>`: field 62's bill number, which the payer's app may pass on. */
  readonly billNumber: string;
}

/**
 * The code a partner scans to pay one pledge: the static code made dynamic (point of initiation
 * 12) with the amount in field 54 and the pledge reference as field 62's bill number (62's other
 * sub-fields kept), fee fields 55–57 dropped (Bank Indonesia forbids passing the fee to the
 * payer), and the checksum computed anew.
 */
export function dynamicQris(qris: StaticQris, payment: PledgePayment): string {
  if (payment.amount < 1n || payment.amount > MAX_AMOUNT_FIELD) throw new RangeError(`A QRIS amount is 1 to ${MAX_AMOUNT_FIELD} rupiah, not ${payment.amount}`);
  if (!/^[\x20-\x7e]+$/.test(payment.billNumber) || payment.billNumber.length > MAX_BILL_NUMBER_CHARACTERS) {
    throw new RangeError(`A bill number is 1 to ${MAX_BILL_NUMBER_CHARACTERS} printable ASCII characters, not "${payment.billNumber}"`);
  }
  return withPayment(qris.fields, payment.amount, payment.billNumber);
}

function withPayment(fields: readonly TlvField[], amount: bigint, billNumber: string): string {
  const kept = fields.filter(({ id }) => !["54", "55", "56", "57", "63"].includes(id));
  const additional = templateOf(kept, "62") ?? [];
  const withBill = inOrder(additional.filter(({ id }) => id !== "01"), { id: "01", value: billNumber });
  const rebuilt = inOrder(
    inOrder(
      kept.filter(({ id }) => id !== "62").map((field) => (field.id === "01" ? { id: "01", value: "12" } : field)),
      { id: "54", value: amount.toString() },
    ),
    { id: "62", fields: withBill },
  );
  const withoutCrc = `${buildTlv(rebuilt)}6304`;
  return withoutCrc + crc16Hex(withoutCrc);
}

/** Puts a field before the first one with a higher ID, as codes list them (00 stays first). */
function inOrder(fields: readonly TlvField[], field: TlvField): TlvField[] {
  const at = fields.findIndex(({ id }) => id > field.id);
  return at === -1 ? [...fields, field] : [...fields.slice(0, at), field, ...fields.slice(at)];
}
