import { createHash } from "node:crypto";
import type { DbClient } from "../../db/database.js";
import type { StoredFile } from "../../generated/prisma/client.js";
import type { OutgoingAttachment } from "../messages.js";

/** What is kept of a file: bytes already checked (and, for an image, re-encoded) by the caller. */
export interface FileToStore {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
  thumbnail?: Uint8Array;
  width?: number;
  height?: number;
}

/**
 * Keeps a file's bytes in PostgreSQL, once per content: the same bytes stored twice (a slip sent
 * again, a redelivered message) give the same row. Runs in the caller's transaction, so a file
 * exists exactly when what refers to it was committed.
 */
export async function storeFile(db: DbClient, file: FileToStore): Promise<StoredFile> {
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const data = {
    mimeType: file.mimeType,
    size: file.bytes.byteLength,
    fileName: file.fileName.slice(0, 200),
    bytes: Buffer.from(file.bytes),
    thumbnail: file.thumbnail ? Buffer.from(file.thumbnail) : null,
    width: file.width ?? null,
    height: file.height ?? null,
  };
  return db.storedFile.upsert({ where: { sha256 }, create: { sha256, ...data }, update: {} });
}

/** A stored file as something to send: a photo when it is an image, else a document. */
export async function loadAttachment(db: DbClient, fileId: number): Promise<OutgoingAttachment | undefined> {
  const file = await db.storedFile.findUnique({ where: { id: fileId } });
  if (!file) return undefined;
  return {
    kind: file.mimeType.startsWith("image/") ? "photo" : "document",
    mimeType: file.mimeType,
    fileName: file.fileName,
    bytes: new Uint8Array(file.bytes),
  };
}
