import type { Context } from "hono";
import type { StoredFile } from "../generated/prisma/client.js";

/** What a page shows in an `<img>`; anything else stored (a PDF) is only ever downloaded. */
const SHOWN_INLINE = new Set(["image/jpeg", "image/png", "image/webp"]);

/**
 * A stored file (a transfer slip, an update's photo) as a response: its bytes, or its JPEG
 * thumbnail when asked and there is one, never sniffed into anything else. A file came from
 * outside, so it never runs as this site: a PDF (which may carry JavaScript) is an attachment the
 * browser saves rather than opens, and every file is sandboxed by its CSP, inline images too.
 * `cache` says who may keep it: `private` for staff-only files, `public` for what the public page shows.
 */
export function storedFileResponse(c: Context, file: StoredFile, options: { thumbnail: boolean; cache: "private" | "public" }): Response {
  const thumbnail = options.thumbnail && file.thumbnail;
  const mimeType = thumbnail ? "image/jpeg" : file.mimeType;
  const disposition = SHOWN_INLINE.has(mimeType) ? "inline" : "attachment";
  return c.body(new Uint8Array(thumbnail || file.bytes), 200, {
    "content-type": mimeType,
    "content-disposition": `${disposition}; filename="${encodeURIComponent(file.fileName)}"`,
    "content-security-policy": "sandbox; default-src 'none'",
    "x-content-type-options": "nosniff",
    "cache-control": `${options.cache}, max-age=3600`,
  });
}
