import type { Context } from "hono";
import type { StoredFile } from "../generated/prisma/client.js";

/**
 * A stored file (a transfer slip, an update's photo) as a response: its bytes, or its JPEG
 * thumbnail when asked and there is one, never sniffed into anything else. `cache` says who may
 * keep it: `private` for staff-only files, `public` for what the public page shows.
 */
export function storedFileResponse(c: Context, file: StoredFile, options: { thumbnail: boolean; cache: "private" | "public" }): Response {
  const thumbnail = options.thumbnail && file.thumbnail;
  return c.body(new Uint8Array(thumbnail || file.bytes), 200, {
    "content-type": thumbnail ? "image/jpeg" : file.mimeType,
    "content-disposition": `inline; filename="${encodeURIComponent(file.fileName)}"`,
    "x-content-type-options": "nosniff",
    "cache-control": `${options.cache}, max-age=3600`,
  });
}
