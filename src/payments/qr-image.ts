import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/**
 * QR codes as pictures: the PNG a partner scans to pay, and the text of a QR code in a photo
 * staff take of the foundation's printed QRIS.
 *
 * Reading uses ZXing-C++ compiled to WebAssembly (`zxing-wasm`, MIT, kept up with ZXing-C++): it
 * finds a code in a tilted, noisy, unevenly lit phone photo, as jsQR does, in a fifth of jsQR's
 * time (5–30 ms against 60–150 ms for a 1–1.5 megapixel photo here). Left to itself it fetches its .wasm file from a CDN; here it is handed the
 * bytes that ship inside the npm package, so reading never touches the network.
 */

/** A phone photo is several thousand pixels wide; a QR code in it stays readable at this size. */
const MAX_READ_SIDE = 2048;
/** libvips refuses to decode more pixels than this: a small "decompression bomb" is refused, not expanded. */
const MAX_INPUT_PIXELS = 100_000_000;

/**
 * The payload as a PNG: error correction M, the four-module quiet zone the QR standard asks for,
 * 8 pixels a module (a QRIS payload makes a 57–77 module code, 500–700 px: sharp on a phone
 * screen, and small enough for every chat). Written grey (one byte a pixel, not four) with one
 * PNG filter for every row (Paeth, which suits blocks of black and white) instead of pngjs
 * trying all five on each: half the time of qrcode's default, and a smaller file.
 */
export async function qrPng(payload: string): Promise<Uint8Array> {
  const { default: QRCode } = await import("qrcode");
  // pngjs's options pass through rendererOpts; @types/qrcode lists only the deflate ones. A fresh object each time: qrcode writes the size into it.
  const pngjsOptions = { filterType: 4, colorType: 0 } as { deflateLevel?: number };
  return QRCode.toBuffer(payload, { type: "png", errorCorrectionLevel: "M", margin: 4, scale: 8, rendererOpts: pngjsOptions });
}

export type QrPhotoRead =
  | { ok: true; text: string }
  /** Not an image libvips can decode (or too many pixels). */
  | { ok: false; reason: "unreadable-image" }
  | { ok: false; reason: "no-qr-code" }
  /** Two different codes in one picture: which one is meant is not for the bot to guess. */
  | { ok: false; reason: "several-qr-codes" };

/** The text of the one QR code in a photo or screenshot (JPEG, PNG, WebP…), turned upright first. */
export async function readQrFromImage(bytes: Uint8Array): Promise<QrPhotoRead> {
  const pixels = await rgbaPixels(bytes);
  if (!pixels) return { ok: false, reason: "unreadable-image" };
  const zxing = await zxingReader();
  const imageData = { ...pixels, colorSpace: "srgb" } as unknown as Parameters<typeof zxing.readBarcodes>[0];
  const found = await zxing.readBarcodes(imageData, { formats: ["QRCode"], tryHarder: true, maxNumberOfSymbols: 2 });
  const texts = [...new Set(found.map((result) => result.text))];
  if (texts.length === 0) return { ok: false, reason: "no-qr-code" };
  if (texts.length > 1) return { ok: false, reason: "several-qr-codes" };
  return { ok: true, text: texts[0]! };
}

async function rgbaPixels(bytes: Uint8Array): Promise<{ data: Uint8ClampedArray; width: number; height: number } | undefined> {
  // sharp (libvips, tens of MB) loads with the first photo, not with the bot.
  const { default: sharp } = await import("sharp");
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: MAX_READ_SIDE, height: MAX_READ_SIDE, fit: "inside", withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
  } catch {
    return undefined;
  }
}

let reader: ReturnType<typeof loadZxingReader> | undefined;

function zxingReader(): ReturnType<typeof loadZxingReader> {
  reader ??= loadZxingReader().catch((error: unknown) => {
    reader = undefined; // the next photo tries again
    throw error;
  });
  return reader;
}

async function loadZxingReader() {
  const zxing = await import("zxing-wasm/reader");
  const wasm = await readFile(createRequire(import.meta.url).resolve("zxing-wasm/reader/zxing_reader.wasm"));
  const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
  await zxing.prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  return zxing;
}
