import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";

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

/** Eight pixels a module: a QRIS payload makes a 57–77 module code, 520–680 px with its quiet zone, sharp on a phone and small for every chat. */
const PIXELS_PER_MODULE = 8;
/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET_ZONE = 4;

/**
 * The payload as a PNG: error correction M, black on white, one bit a pixel. qrcode gives the
 * modules; the PNG is written here, since qrcode's own (pngjs, four bytes a pixel, five filters
 * tried on every row) took 10–25 ms of CPU and this takes about one.
 */
export async function qrPng(payload: string): Promise<Uint8Array> {
  const { default: QRCode } = await import("qrcode");
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: "M" });
  return blackAndWhitePng(modules.size, (x, y) => Boolean(modules.get(y, x)));
}

/** A square, one-bit greyscale PNG of `size` modules with the quiet zone around them; `dark(x, y)` for each module. */
function blackAndWhitePng(size: number, dark: (x: number, y: number) => boolean): Uint8Array {
  const side = (size + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
  const rowBytes = 1 + Math.ceil(side / 8); // a filter byte (0, none), then 8 pixels a byte, white = 1
  const pixels = Buffer.alloc(rowBytes * side);
  for (let moduleY = -QUIET_ZONE; moduleY < size + QUIET_ZONE; moduleY++) {
    const row = Buffer.alloc(rowBytes, 0xff);
    row[0] = 0;
    for (let moduleX = 0; moduleX < size; moduleX++) {
      if (moduleY < 0 || moduleY >= size || !dark(moduleX, moduleY)) continue;
      for (let x = (moduleX + QUIET_ZONE) * PIXELS_PER_MODULE, end = x + PIXELS_PER_MODULE; x < end; x++) row[1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
    }
    for (let copy = 0; copy < PIXELS_PER_MODULE; copy++) row.copy(pixels, ((moduleY + QUIET_ZONE) * PIXELS_PER_MODULE + copy) * rowBytes);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  return Buffer.concat([PNG_SIGNATURE, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(pixels, { level: 9 })), pngChunk("IEND", Buffer.alloc(0))]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, "latin1");
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

/** CRC-32 (ISO-HDLC), as every PNG chunk ends with. */
const CRC32_TABLE = Uint32Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC32_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
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
