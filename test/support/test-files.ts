import sharp from "sharp";

/**
 * A 64×32 JPEG photo that says where it was taken (GPS EXIF, Jakarta) and that it lies on its
 * side (orientation 6): what a phone camera sends, and what the bot must not keep as is.
 */
export async function phonePhoto(): Promise<Uint8Array> {
  return sharp({ create: { width: 64, height: 32, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "TestPhone" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 12/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 49/1 0/1" },
    })
    .toBuffer();
}

/** A one-page PDF as far as its content goes (the magic bytes and a trailer). */
export function smallPdf(): Uint8Array {
  return Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}

/** A Windows program (MZ header): what a file named `slip.jpg` may really be. */
export function windowsProgram(): Uint8Array {
  return Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120)]);
}

/** The GPS IFD pointer (TIFF tag 0x8825): where a photo's location is kept. */
const GPS_IFD_TAG = 0x8825;

/** Whether the bytes carry EXIF, and a GPS block in it (read from IFD0's entries). */
export async function exifOf(bytes: Uint8Array): Promise<{ exif: boolean; gps: boolean; orientation?: number }> {
  const { exif, orientation } = await sharp(bytes).metadata();
  if (!exif) return { exif: false, gps: false, orientation };
  const tiff = exif.subarray(6); // after "Exif\0\0"
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const ifd0 = little ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
  const tags = Array.from({ length: u16(ifd0) }, (_, index) => u16(ifd0 + 2 + index * 12));
  return { exif: true, gps: tags.includes(GPS_IFD_TAG), orientation };
}
