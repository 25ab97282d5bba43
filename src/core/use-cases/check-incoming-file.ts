import { MAX_FILE_BYTES, withoutControlCharacters, type IncomingAttachment } from "../messages.js";
import type { FileToStore } from "./stored-files.js";

/** What the bot keeps: photos and PDFs, told apart by their first bytes, never by name or claimed type. */
const ACCEPTED_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "application/pdf"]);
/** A photo of a transfer slip stays legible at this size; a 50-megapixel original does not need keeping. */
const MAX_IMAGE_SIDE = 2048;
const THUMBNAIL_SIDE = 320;
/** libvips refuses to decode more pixels than this: a small "decompression bomb" is refused, not expanded. */
const MAX_INPUT_PIXELS = 100_000_000;

/** A refusal the person reads in their language (`file-too-large`, `file-wrong-type`, `file-unreadable`). */
export type FileCheck = { ok: true; file: FileToStore } | { ok: false; key: string; args?: Record<string, string | number> };

const TOO_LARGE: FileCheck = { ok: false, key: "file-too-large", args: { max: MAX_FILE_BYTES / (1024 * 1024) } };

/**
 * Checks a file a person sent and makes it fit to keep. Over 10 MB (the channel may have said so
 * without downloading: `size` with no bytes), or anything but JPEG, PNG, WebP or PDF by content,
 * is refused. Images are decoded and re-encoded, turned upright by their EXIF orientation, which
 * drops every other piece of metadata (GPS location included), and get a thumbnail. PDFs are
 * kept as sent. Runs before the message's transaction: decoding is CPU work that must not hold
 * a connection or a lock.
 */
export async function checkIncomingFile(attachment: IncomingAttachment): Promise<FileCheck> {
  if ((attachment.size ?? 0) > MAX_FILE_BYTES || attachment.bytes.byteLength > MAX_FILE_BYTES) return TOO_LARGE;
  if (attachment.bytes.byteLength === 0) return { ok: false, key: "file-unreadable" };
  // file-type and sharp (libvips, tens of MB) load with the first file, not with the bot.
  const { fileTypeFromBuffer } = await import("file-type");
  const detected = await fileTypeFromBuffer(attachment.bytes);
  if (!detected || !ACCEPTED_TYPES.has(detected.mime)) return { ok: false, key: "file-wrong-type" };
  const baseName = fileBaseName(attachment.fileName);
  if (detected.mime === "application/pdf") {
    return { ok: true, file: { bytes: attachment.bytes, mimeType: detected.mime, fileName: `${baseName}.pdf` } };
  }
  try {
    return await reencodeImage(attachment.bytes, detected.mime === "image/png", baseName);
  } catch {
    // Starts like an image, but libvips cannot decode it (truncated, corrupt, too many pixels).
    return { ok: false, key: "file-unreadable" };
  }
}

async function reencodeImage(bytes: Uint8Array, png: boolean, baseName: string): Promise<FileCheck> {
  const { default: sharp } = await import("sharp");
  const upright = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true });
  // Screenshots stay PNG (sharp text); photos and WebP become JPEG, which every platform shows inline.
  const encoded = png ? upright.png() : upright.flatten({ background: "#ffffff" }).jpeg({ quality: 85 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  if (data.byteLength > MAX_FILE_BYTES) return TOO_LARGE;
  const thumbnail = await sharp(data).resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: "inside" }).jpeg({ quality: 70 }).toBuffer();
  return {
    ok: true,
    file: {
      bytes: data,
      mimeType: png ? "image/png" : "image/jpeg",
      fileName: `${baseName}.${png ? "png" : "jpg"}`,
      thumbnail,
      width: info.width,
      height: info.height,
    },
  };
}

/** The name a person gave, without folders, control characters or an extension that may lie. */
function fileBaseName(fileName: string | undefined): string {
  const name = withoutControlCharacters(fileName ?? "").split(/[\\/]/).pop() ?? "";
  return name.replace(/\.[^.]*$/, "").trim().slice(0, 100) || "file";
}
