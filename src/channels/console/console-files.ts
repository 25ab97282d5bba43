import { createHash } from "node:crypto";
import { mkdir, open, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { MAX_FILE_BYTES, withoutControlCharacters, type IncomingAttachment, type OutgoingAttachment } from "../../core/messages.js";

const IMAGE_EXTENSIONS = new Set([".jpg", ".jpeg", ".png", ".webp"]);

/**
 * Saves a file the bot sent under `dir` and returns its path, for a `📎 <path>` line. The name
 * starts with the content's hash, so the same file sent twice is one file on disk, and a name
 * the bot did not choose can never leave `dir`.
 */
export async function saveOutgoingFile(dir: string, attachment: OutgoingAttachment): Promise<string> {
  await mkdir(dir, { recursive: true });
  const hash = createHash("sha256").update(attachment.bytes).digest("hex").slice(0, 12);
  const name = withoutControlCharacters(basename(attachment.fileName)).replace(/[^\p{L}\p{N}._-]+/gu, "_") || "file";
  const path = join(dir, `${hash}-${name}`);
  await writeFile(path, attachment.bytes);
  return resolve(path);
}

/** The lines a message with a file shows on the console: the text, then where the file was saved. */
export function fileLine(path: string): string {
  return `📎 ${path}`;
}

/** `/attach PATH [caption]`: the file and the caption that goes with it, or undefined for any other line. */
export function parseAttachLine(line: string): { path: string; caption: string } | undefined {
  const match = /^\/attach(?:\s+("[^"]*"|\S+))?\s*(.*)$/s.exec(line.trim());
  if (!match) return undefined;
  return { path: (match[1] ?? "").replace(/^"|"$/g, ""), caption: match[2] ?? "" };
}

/**
 * A local file as the person's attachment. Over 10 MB it is not read (the size tells the core
 * to refuse it); a path that cannot be read gives no bytes, which the core refuses in the
 * person's language ("I could not read that file"). The core checks the content either way.
 */
export async function readAttachment(path: string): Promise<IncomingAttachment> {
  const fileName = basename(path) || "file";
  const kind = IMAGE_EXTENSIONS.has(extname(fileName).toLowerCase()) ? "photo" : "document";
  const unread = { kind, mimeType: "application/octet-stream", fileName, bytes: new Uint8Array() } as const;
  if (!path) return unread;
  try {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      if (size > MAX_FILE_BYTES) return { ...unread, size };
      return { ...unread, bytes: new Uint8Array(await handle.readFile()) };
    } finally {
      await handle.close();
    }
  } catch {
    // Missing, a directory, no permission: nothing to send.
    return unread;
  }
}
