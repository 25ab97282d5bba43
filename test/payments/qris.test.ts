import { describe, expect, it } from "vitest";
import { crc16CcittFalse, crc16Hex } from "../../src/payments/crc16.js";
import { buildTlv, parseTlv, type TlvField } from "../../src/payments/emv-tlv.js";
import { dynamicQris, readStaticQris, type QrisProblemCode, type StaticQris } from "../../src/payments/qris.js";

/** The test's own CRC-16/CCITT-FALSE, bit by bit, to hold the table-driven one to. */
function bitwiseCrc(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const hex = (crc: number) => crc.toString(16).toUpperCase().padStart(4, "0");
/** A payload up to and including "6304", finished with the independent checksum. */
const withCrc = (withoutCrc: string) => `${withoutCrc}6304${hex(bitwiseCrc(new TextEncoder().encode(`${withoutCrc}6304`)))}`;
/** One data object written out by hand: ID, two-digit length in characters, value. */
const tlv = (id: string, value: string) => `${id}${String(Array.from(value).length).padStart(2, "0")}${value}`;

// Made-up static QRIS codes in the shape real ones have (an issuer's template, the QRIS template
// with a national merchant ID, MCC 8398 for charities, field 62 with a terminal label); no ID is real.
const ISSUER_TEMPLATE = tlv("26", tlv("00", "ID.CO.BANKCONTOH.WWW") + tlv("01", "936099990000012345") + tlv("02", "000000012345") + tlv("03", "UMI"));
const QRIS_TEMPLATE = tlv("51", tlv("00", "ID.CO.QRIS.WWW") + tlv("02", "ID1026999900001") + tlv("03", "UMI"));
const MERCHANT = tlv("52", "8398") + tlv("53", "360") + tlv("58", "ID") + tlv("59", "YAYASAN CONTOH PEDULI") + tlv("60", "JAKARTA SELATAN") + tlv("61", "12190");
const STATIC = withCrc(tlv("00", "01") + tlv("01", "11") + ISSUER_TEMPLATE + QRIS_TEMPLATE + MERCHANT + tlv("62", tlv("07", "A01")));

// Non-ASCII in the merchant name, and Hangul and a character outside the BMP in template 64.
const NON_ASCII_NAME = "Café Amal Ñusantara";
const KOREAN_NAME = "한국 페둘리 재단 𠀀";
const STATIC_NON_ASCII = withCrc(
  tlv("00", "01") + tlv("01", "11") + QRIS_TEMPLATE + tlv("52", "8398") + tlv("53", "360") + tlv("58", "ID") + tlv("59", NON_ASCII_NAME) + tlv("60", "BEKASI") +
    tlv("62", tlv("05", "DONASI") + tlv("07", "KASIR01")) + tlv("64", tlv("00", "KO") + tlv("01", KOREAN_NAME) + tlv("02", "브카시")),
);

// A UnionPay International test code published with its checksum (5855): a vector from outside this project.
const UNIONPAY_TEST_CODE =
  "000201010211153125000344000203441000000000000065204597253033445802HK5913Test Merchant6002HK626001200000000000000000000005200000000000000000000007080000001063045855";

/** Unreserved fields (80, 81…) added until the payload is `length` characters long. */
function filledTo(payload: string, length: number): string {
  let filled = payload;
  for (let id = 80; filled.length < length; id++) {
    const rest = length - filled.length - 4;
    // Leave at least a 1-character field's worth (5) for the next one.
    filled += tlv(String(id), "x".repeat(rest > 99 ? Math.min(99, rest - 5) : rest));
  }
  if (filled.length !== length) throw new Error(`filled to ${filled.length}, not ${length}`);
  return filled;
}

function checked(payload: string): StaticQris {
  const result = readStaticQris(payload);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.qris;
}

const codesOf = (payload: string): QrisProblemCode[] => {
  const result = readStaticQris(payload);
  return result.ok ? [] : result.problems.map(({ code }) => code);
};

describe("CRC-16/CCITT-FALSE", () => {
  it("gives 29B1 for the standard check string, and 5855 for UnionPay's published test code", () => {
    expect(crc16Hex("123456789")).toBe("29B1");
    expect(crc16Hex(UNIONPAY_TEST_CODE.slice(0, -4))).toBe("5855");
  });

  it("equals a bit-by-bit implementation on every length and byte value", () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, index) => (index * 131 + 17) % 256);
    for (let length = 0; length <= bytes.length; length += 7) expect(crc16CcittFalse(bytes.subarray(0, length))).toBe(bitwiseCrc(bytes.subarray(0, length)));
    for (let byte = 0; byte < 256; byte++) expect(crc16CcittFalse(Uint8Array.of(byte))).toBe(bitwiseCrc(Uint8Array.of(byte)));
  });

  it("reads a text as UTF-8: é is two bytes", () => {
    expect(crc16Hex("Café")).toBe(hex(bitwiseCrc(Uint8Array.of(0x43, 0x61, 0x66, 0xc3, 0xa9))));
  });
});

describe("EMVCo data objects", () => {
  it("read and written again give the same text, character for character", () => {
    for (const payload of [STATIC, STATIC_NON_ASCII, UNIONPAY_TEST_CODE]) {
      const parsed = parseTlv(payload);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(buildTlv(parsed.fields)).toBe(payload);
    }
  });

  it("reads templates (26–51, 62, 64) as sub-fields and everything else as values", () => {
    const parsed = parseTlv(STATIC_NON_ASCII);
    if (!parsed.ok) throw new Error("not parsed");
    const byId = new Map(parsed.fields.map((field) => [field.id, field]));
    expect(byId.get("51")).toEqual({ id: "51", fields: [{ id: "00", value: "ID.CO.QRIS.WWW" }, { id: "02", value: "ID1026999900001" }, { id: "03", value: "UMI" }] });
    expect(byId.get("64")).toEqual({ id: "64", fields: [{ id: "00", value: "KO" }, { id: "01", value: KOREAN_NAME }, { id: "02", value: "브카시" }] });
    expect(byId.get("59")).toEqual({ id: "59", value: NON_ASCII_NAME });
  });

  it("counts characters, not bytes or UTF-16 units, in every length", () => {
    // 19 characters, 21 UTF-8 bytes; the Korean name is 11 characters, 12 UTF-16 units, 28 bytes.
    expect([NON_ASCII_NAME.length, new TextEncoder().encode(NON_ASCII_NAME).length]).toEqual([19, 21]);
    expect([KOREAN_NAME.length, new TextEncoder().encode(KOREAN_NAME).length]).toEqual([12, 28]);
    expect(STATIC_NON_ASCII).toContain(`5919${NON_ASCII_NAME}`);
    expect(STATIC_NON_ASCII).toContain(`0111${KOREAN_NAME}`);
    expect(buildTlv([{ id: "64", fields: [{ id: "01", value: KOREAN_NAME }] }])).toBe(`64150111${KOREAN_NAME}`);
  });

  it("says where a broken payload stops making sense", () => {
    expect(parseTlv("000201010")).toEqual({ ok: false, problem: { code: "truncated", at: 6, path: [] } });
    expect(parseTlv("0002010199")).toEqual({ ok: false, problem: { code: "truncated", at: 6, path: [] } });
    expect(parseTlv("0A0201")).toEqual({ ok: false, problem: { code: "bad-id", at: 0, path: [] } });
    expect(parseTlv("00x201")).toEqual({ ok: false, problem: { code: "bad-length", at: 2, path: [] } });
    expect(parseTlv("000001")).toEqual({ ok: false, problem: { code: "empty-value", at: 2, path: [] } });
    expect(parseTlv("620500ABC")).toEqual({ ok: false, problem: { code: "bad-length", at: 2, path: ["62"] } });
  });

  it("refuses to write what two length digits cannot hold", () => {
    expect(() => buildTlv([{ id: "59", value: "x".repeat(100) }])).toThrow(RangeError);
    expect(() => buildTlv([{ id: "59", value: "" }])).toThrow(RangeError);
    expect(() => buildTlv([{ id: "5", value: "x" }] as TlvField[])).toThrow(RangeError);
  });
});

describe("the foundation's static QRIS", () => {
  it("is accepted with its merchant name, city and national merchant ID, to show back for confirmation", () => {
    const qris = checked(`  ${STATIC}\n`);
    expect(qris).toMatchObject({ payload: STATIC, merchantName: "YAYASAN CONTOH PEDULI", merchantCity: "JAKARTA SELATAN", nationalMerchantId: "ID1026999900001" });
    expect(checked(STATIC_NON_ASCII)).toMatchObject({ merchantName: NON_ASCII_NAME, merchantNameAlternate: KOREAN_NAME });
  });

  it("is refused with every reason at once when it is another country's code", () => {
    expect(codesOf(UNIONPAY_TEST_CODE)).toEqual(["no-merchant-account", "country-not-id", "currency-not-idr"]);
    const result = readStaticQris(UNIONPAY_TEST_CODE);
    expect(!result.ok && result.problems).toContainEqual({ code: "country-not-id", field: "58", found: "HK" });
  });

  it("is refused when mistyped or altered: the checksum no longer matches", () => {
    const altered = STATIC.replace("YAYASAN CONTOH PEDULI", "YAYASAN CONTOH PEDULJ");
    expect(codesOf(altered)).toEqual(["crc-mismatch"]);
    expect(codesOf(STATIC.slice(0, -4) + STATIC.slice(-4).toLowerCase())).toEqual([]); // a lower-case checksum is still the checksum
    expect(codesOf(STATIC.slice(0, -8))).toEqual(["crc-missing"]);
  });

  it("is refused as dynamic, with an amount, or without the QRIS template, the merchant, the country or the currency", () => {
    const base = tlv("00", "01") + tlv("01", "11") + QRIS_TEMPLATE;
    expect(codesOf(withCrc(tlv("00", "01") + tlv("01", "12") + QRIS_TEMPLATE + MERCHANT))).toEqual(["not-static"]);
    expect(codesOf(withCrc(tlv("00", "01") + QRIS_TEMPLATE + MERCHANT))).toEqual(["not-static"]);
    expect(codesOf(withCrc(base + tlv("52", "8398") + tlv("53", "360") + tlv("54", "50000") + tlv("58", "ID") + tlv("59", "X") + tlv("60", "Y")))).toEqual(["has-amount"]);
    expect(codesOf(withCrc(tlv("00", "01") + tlv("01", "11") + ISSUER_TEMPLATE + MERCHANT))).toEqual(["not-qris"]);
    expect(codesOf(withCrc(base + tlv("52", "8398") + tlv("53", "702") + tlv("58", "SG") + tlv("60", "JAKARTA")))).toEqual([
      "merchant-name-missing",
      "country-not-id",
      "currency-not-idr",
    ]);
    expect(codesOf(withCrc(base + tlv("53", "360") + tlv("58", "ID") + tlv("59", "X")))).toEqual(["merchant-city-missing"]);
    expect(codesOf(withCrc(tlv("01", "11") + tlv("00", "01") + QRIS_TEMPLATE + MERCHANT))).toEqual(["payload-format"]);
    expect(codesOf(withCrc(base + MERCHANT + tlv("59", "AGAIN")))).toEqual(["duplicate-field"]);
  });

  it("is refused when it is not a code at all, too long, or holds control characters", () => {
    expect(codesOf("   ")).toEqual(["empty"]);
    expect(codesOf("https://example.com/pay")).toEqual(["malformed"]);
    expect(codesOf(`${STATIC.slice(0, 20)}\u0000${STATIC.slice(21)}`)).toEqual(["control-characters"]);
    expect(codesOf(withCrc(tlv("00", "01") + tlv("01", "11") + QRIS_TEMPLATE + MERCHANT + tlv("80", "x".repeat(99)).repeat(4)))).toEqual(["too-long"]);
    const broken = readStaticQris("0002010102112622" + "0014ID.CO.QRIS.WWW0299");
    expect(broken).toEqual({ ok: false, problems: [{ code: "malformed", structure: { code: "truncated", at: 18, path: ["26"] } }] });
  });

  it("is refused when a pledge's amount and bill number would not fit in it", () => {
    const fullAdditionalData = tlv("62", tlv("05", "R".repeat(25)) + tlv("07", "T".repeat(25)) + tlv("08", "P".repeat(25)));
    expect(codesOf(withCrc(tlv("00", "01") + tlv("01", "11") + QRIS_TEMPLATE + MERCHANT + fullAdditionalData))).toEqual(["no-room"]);
    // 500 characters: within 512 now, but not with "54" and an amount of 13 digits added.
    const nearlyFull = withCrc(filledTo(tlv("00", "01") + tlv("01", "11") + QRIS_TEMPLATE + MERCHANT + tlv("62", tlv("07", "A01")), 500 - 8));
    expect(nearlyFull.length).toBe(500);
    expect(codesOf(nearlyFull)).toEqual(["no-room"]);
    const fits = withCrc(filledTo(tlv("00", "01") + tlv("01", "11") + QRIS_TEMPLATE + MERCHANT + tlv("62", tlv("07", "A01")), 512 - 8 - 17 - 29));
    expect(codesOf(fits)).toEqual([]);
  });
});

describe("a pledge's QRIS, made from the static one", () => {
  it("is the static code with 01=12, the amount in 54, KP-<id> as 62's bill number, and a new checksum (golden)", () => {
    const expected = withCrc(
      tlv("00", "01") + tlv("01", "12") + ISSUER_TEMPLATE + QRIS_TEMPLATE + tlv("52", "8398") + tlv("53", "360") + tlv("54", "5000123") +
        tlv("58", "ID") + tlv("59", "YAYASAN CONTOH PEDULI") + tlv("60", "JAKARTA SELATAN") + tlv("61", "12190") + tlv("62", tlv("01", "KP-123") + tlv("07", "A01")),
    );
    expect(dynamicQris(checked(STATIC), { amount: 5_000_123n, billNumber: "KP-123" })).toBe(expected);
    expect(expected).toContain("54075000123");
    expect(expected).toContain("62170106KP-1230703A01");
  });

  it("keeps non-ASCII names and the other language's template as they were, lengths in characters, checksum over UTF-8", () => {
    const payload = dynamicQris(checked(STATIC_NON_ASCII), { amount: 250_000n, billNumber: "KP-7" });
    expect(payload).toContain(`5919${NON_ASCII_NAME}`);
    expect(payload).toContain(`0111${KOREAN_NAME}`);
    expect(payload.slice(-4)).toBe(hex(bitwiseCrc(new TextEncoder().encode(payload.slice(0, -4)))));
    const parsed = parseTlv(payload);
    expect(parsed.ok && buildTlv(parsed.fields)).toBe(payload);
    expect(payload).toContain(tlv("62", tlv("01", "KP-7") + tlv("05", "DONASI") + tlv("07", "KASIR01")));
  });

  it("passes every check but being static and carrying an amount, as a scanner's app would check it", () => {
    expect(codesOf(dynamicQris(checked(STATIC), { amount: 1n, billNumber: "KP-1" }))).toEqual(["not-static", "has-amount"]);
  });

  it("drops the fee fields 55–57, replaces a bill number already there, and adds field 62 where there was none", () => {
    const withFees = withCrc(tlv("00", "01") + tlv("01", "11") + QRIS_TEMPLATE + tlv("52", "8398") + tlv("53", "360") + tlv("55", "02") + tlv("56", "1000") + tlv("58", "ID") + tlv("59", "A") + tlv("60", "B") + tlv("62", tlv("01", "OLD") + tlv("07", "A01")));
    expect(dynamicQris(checked(withFees), { amount: 10_000n, billNumber: "KP-5" })).toBe(
      withCrc(tlv("00", "01") + tlv("01", "12") + QRIS_TEMPLATE + tlv("52", "8398") + tlv("53", "360") + tlv("54", "10000") + tlv("58", "ID") + tlv("59", "A") + tlv("60", "B") + tlv("62", tlv("01", "KP-5") + tlv("07", "A01"))),
    );
    const withoutAdditional = withCrc(tlv("00", "01") + tlv("01", "11") + QRIS_TEMPLATE + MERCHANT + tlv("64", tlv("00", "KO") + tlv("01", "재단")));
    expect(dynamicQris(checked(withoutAdditional), { amount: 10_000n, billNumber: "KP-5" })).toContain(`${tlv("62", tlv("01", "KP-5"))}${tlv("64", tlv("00", "KO") + tlv("01", "재단"))}6304`);
  });

  it("refuses an amount outside 1 to 13 digits and a bill number a QR field cannot hold", () => {
    const qris = checked(STATIC);
    expect(() => dynamicQris(qris, { amount: 0n, billNumber: "KP-1" })).toThrow(RangeError);
    expect(() => dynamicQris(qris, { amount: 10_000_000_000_000n, billNumber: "KP-1" })).toThrow(RangeError);
    expect(dynamicQris(qris, { amount: 9_999_999_999_999n, billNumber: "K".repeat(25) })).toContain("54139999999999999");
    expect(() => dynamicQris(qris, { amount: 1n, billNumber: "K".repeat(26) })).toThrow(RangeError);
    expect(() => dynamicQris(qris, { amount: 1n, billNumber: "" })).toThrow(RangeError);
    expect(() => dynamicQris(qris, { amount: 1n, billNumber: "KP-1\n" })).toThrow(RangeError);
  });
});
