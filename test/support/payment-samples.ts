import sharp from "sharp";
import { crc16Hex } from "../../src/payments/crc16.js";
import { buildTlv, type TlvField } from "../../src/payments/emv-tlv.js";
import { readStaticQris, type StaticQris } from "../../src/payments/qris.js";

/**
 * A static QRIS in the shape real ones have (an issuer's template, the QRIS template with a
 * national merchant ID, MCC 8398 for charities, field 62 with a terminal label), made up: no ID
 * in it is anyone's. `extra` adds fields before the checksum (a Korean name in template 64, say).
 */
export function exampleStaticQris(extra: readonly TlvField[] = []): StaticQris {
  const fields = buildTlv([
    { id: "00", value: "01" },
    { id: "01", value: "11" },
    { id: "26", fields: [{ id: "00", value: "ID.CO.BANKCONTOH.WWW" }, { id: "01", value: "936099990000012345" }, { id: "02", value: "000000012345" }, { id: "03", value: "UMI" }] },
    { id: "51", fields: [{ id: "00", value: "ID.CO.QRIS.WWW" }, { id: "02", value: "ID1026999900001" }, { id: "03", value: "UMI" }] },
    { id: "52", value: "8398" },
    { id: "53", value: "360" },
    { id: "58", value: "ID" },
    { id: "59", value: "YAYASAN CONTOH PEDULI" },
    { id: "60", value: "JAKARTA SELATAN" },
    { id: "61", value: "12190" },
    { id: "62", fields: [{ id: "07", value: "A01" }] },
    ...extra,
  ]);
  const checked = readStaticQris(`${fields}6304${crc16Hex(`${fields}6304`)}`);
  if (!checked.ok) throw new Error(`the example static QRIS is refused: ${JSON.stringify(checked.problems)}`);
  return checked.qris;
}

/** A small seeded generator (mulberry32), uniform in [0, 1): the same noise and the same data every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** A phone photo of a printed code: on paper, scaled, tilted, darker, blurred, noisy, and JPEG-compressed. */
export async function photoOf(png: Uint8Array, { angle, scale, noise, quality }: { angle: number; scale: number; noise: number; quality: number }): Promise<Buffer> {
  // Printed in colour: the PNG's grey pixels as plain RGB first, as a camera sees them.
  const printed = await sharp(png).flatten({ background: "#ffffff" }).toColourspace("srgb").png().toBuffer();
  const { width } = await sharp(printed).metadata();
  const tilted = sharp(printed)
    .resize(Math.round(width! * scale))
    .rotate(angle, { background: "#f4efe6" })
    .extend({ top: 180, bottom: 240, left: 160, right: 210, background: "#e6dfd0" })
    .removeAlpha();
  const { data, info } = await tilted.raw().toBuffer({ resolveWithObject: true });
  const random = seededRandom(7);
  for (let index = 0; index < data.length; index++) data[index] = Math.max(0, Math.min(255, data[index]! + Math.round((random() * 2 - 1) * noise)));
  return sharp(data, { raw: info }).blur(1.1).modulate({ brightness: 0.8 }).jpeg({ quality }).toBuffer();
}
