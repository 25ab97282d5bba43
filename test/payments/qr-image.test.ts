import QRCode from "qrcode";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { crc16Hex } from "../../src/payments/crc16.js";
import { buildTlv } from "../../src/payments/emv-tlv.js";
import { qrPng, readQrFromImage } from "../../src/payments/qr-image.js";
import { dynamicQris, readStaticQris } from "../../src/payments/qris.js";

// A pledge's code as the bot makes it, from a made-up static QRIS with a Korean name in template 64.
const STATIC_FIELDS = buildTlv([
  { id: "00", value: "01" },
  { id: "01", value: "11" },
  { id: "51", fields: [{ id: "00", value: "ID.CO.QRIS.WWW" }, { id: "02", value: "ID1026999900001" }, { id: "03", value: "UMI" }] },
  { id: "52", value: "8398" },
  { id: "53", value: "360" },
  { id: "58", value: "ID" },
  { id: "59", value: "YAYASAN CONTOH PEDULI" },
  { id: "60", value: "JAKARTA SELATAN" },
  { id: "62", fields: [{ id: "07", value: "A01" }] },
  { id: "64", fields: [{ id: "00", value: "KO" }, { id: "01", value: "재단 페둘리" }] },
]);
const STATIC = readStaticQris(`${STATIC_FIELDS}6304${crc16Hex(`${STATIC_FIELDS}6304`)}`);
if (!STATIC.ok) throw new Error("the test's static QRIS is refused");
const PAYLOAD = dynamicQris(STATIC.qris, { amount: 5_000_123n, billNumber: "KP-123" });

/** A phone photo of a printed code: on paper, scaled, tilted, darker, blurred, noisy, and JPEG-compressed. */
async function photoOf(png: Uint8Array, { angle, scale, noise, quality }: { angle: number; scale: number; noise: number; quality: number }): Promise<Buffer> {
  // Printed in colour: the PNG's grey-and-alpha pixels as plain RGB first, as a camera sees them.
  const printed = await sharp(png).flatten({ background: "#ffffff" }).toColourspace("srgb").png().toBuffer();
  const { width } = await sharp(printed).metadata();
  const tilted = sharp(printed)
    .resize(Math.round(width! * scale))
    .rotate(angle, { background: "#f4efe6" })
    .extend({ top: 180, bottom: 240, left: 160, right: 210, background: "#e6dfd0" })
    .removeAlpha();
  const { data, info } = await tilted.raw().toBuffer({ resolveWithObject: true });
  const random = mulberry32(7); // the same noise every run
  for (let index = 0; index < data.length; index++) data[index] = Math.max(0, Math.min(255, data[index]! + Math.round((random() * 2 - 1) * noise)));
  return sharp(data, { raw: info }).blur(1.1).modulate({ brightness: 0.8 }).jpeg({ quality }).toBuffer();
}

/** A small seeded generator (mulberry32): uniform in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

describe("QR images", () => {
  const fetchCalls: unknown[] = [];
  beforeAll(() => {
    // zxing-wasm fetches its .wasm from a CDN unless handed the bytes: no reading may touch the network.
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
      fetchCalls.push(input);
      throw new Error("no network in QR reading");
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
    expect(fetchCalls).toEqual([]);
  });

  it("a pledge's PNG reads back to the same payload, Hangul included", async () => {
    const png = await qrPng(PAYLOAD);
    expect(Buffer.from(png.subarray(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
    const { width, height } = await sharp(png).metadata();
    // 8 pixels a module, and the four-module quiet zone on each side.
    expect(width).toBe(height);
    expect(width! % 8).toBe(0);
    const modules = width! / 8 - 8;
    expect((modules - 17) % 4).toBe(0); // a QR code of version v is 17 + 4v modules wide
    expect(await readQrFromImage(png)).toEqual({ ok: true, text: PAYLOAD });
  });

  it("a photo of the printed code reads: scaled, tilted, noisy, JPEG", async () => {
    const png = await qrPng(PAYLOAD);
    for (const look of [
      { angle: 4, scale: 0.8, noise: 20, quality: 70 },
      { angle: -11, scale: 2.4, noise: 45, quality: 45 },
      { angle: 30, scale: 1.3, noise: 30, quality: 60 },
    ]) {
      expect(await readQrFromImage(await photoOf(png, look)), JSON.stringify(look)).toEqual({ ok: true, text: PAYLOAD });
    }
  });

  it("a photo turned sideways by its EXIF orientation reads", async () => {
    const png = await qrPng(PAYLOAD);
    const sideways = await sharp(png).rotate(90).jpeg({ quality: 80 }).withMetadata({ orientation: 6 }).toBuffer();
    expect(await readQrFromImage(sideways)).toEqual({ ok: true, text: PAYLOAD });
  });

  it("says what is wrong: not an image, no code in it, or two codes", async () => {
    expect(await readQrFromImage(new TextEncoder().encode("not an image at all"))).toEqual({ ok: false, reason: "unreadable-image" });
    const blank = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#ffffff" } }).png().toBuffer();
    expect(await readQrFromImage(blank)).toEqual({ ok: false, reason: "no-qr-code" });
    const [first, second] = await Promise.all(["00020101021153033605802ID", "00020101021253033605802ID"].map((text) => QRCode.toBuffer(text, { scale: 6 })));
    const { width } = await sharp(first!).metadata();
    const both = await sharp({ create: { width: width! * 2 + 40, height: width!, channels: 3, background: "#ffffff" } })
      .composite([
        { input: first!, left: 0, top: 0 },
        { input: second!, left: width! + 40, top: 0 },
      ])
      .png()
      .toBuffer();
    expect(await readQrFromImage(both)).toEqual({ ok: false, reason: "several-qr-codes" });
  });
});
