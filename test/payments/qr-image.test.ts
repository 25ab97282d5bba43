import { PNG } from "pngjs";
import QRCode from "qrcode";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { qrPng, readQrFromImage } from "../../src/payments/qr-image.js";
import { dynamicQris } from "../../src/payments/qris.js";
import { exampleStaticQris, photoOf } from "../support/payment-samples.js";

// A pledge's code as the bot makes it, with a Korean name in template 64.
const PAYLOAD = dynamicQris(exampleStaticQris([{ id: "64", fields: [{ id: "00", value: "KO" }, { id: "01", value: "재단 페둘리" }] }]), { amount: 5_000_123n, billNumber: "KP-123" });

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
    expect(await readQrFromImage(png)).toEqual({ ok: true, text: PAYLOAD });
  });

  it("the PNG is every module of qrcode's matrix, 8 pixels square, in a white quiet zone of 4 modules (read with pngjs)", async () => {
    const image = PNG.sync.read(Buffer.from(await qrPng(PAYLOAD)));
    const { modules } = QRCode.create(PAYLOAD, { errorCorrectionLevel: "M" });
    expect([image.width, image.height]).toEqual([(modules.size + 8) * 8, (modules.size + 8) * 8]);
    const black = (x: number, y: number) => image.data[(y * image.width + x) * 4] === 0;
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const [moduleX, moduleY] = [Math.floor(x / 8) - 4, Math.floor(y / 8) - 4];
        const inside = moduleX >= 0 && moduleY >= 0 && moduleX < modules.size && moduleY < modules.size;
        if (black(x, y) !== (inside && modules.get(moduleY, moduleX) === 1)) throw new Error(`pixel ${x},${y} is wrong`);
      }
    }
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
