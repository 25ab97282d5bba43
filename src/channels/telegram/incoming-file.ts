import type { Api } from "grammy";
import type { Message } from "grammy/types";
import { MAX_FILE_BYTES, type IncomingAttachment } from "../../core/messages.js";
import type { Logger } from "../../logger.js";

export interface TelegramFileDownload {
  api: Api;
  /** The Bot API root (TELEGRAM_API_ROOT): files come from `<root>/file/bot<token>/<file_path>`. */
  apiRoot: string;
  token: string;
  fetch: typeof fetch;
  logger: Logger;
}

/**
 * The photo (largest size) or document of a message, with its bytes from the Bot API. A file
 * Telegram says is over 10 MB is not downloaded: its size alone tells the core to refuse it.
 * A failed download gives no bytes, which the core answers with "could not read that file".
 */
export async function incomingFile(message: Message, deps: TelegramFileDownload): Promise<IncomingAttachment | undefined> {
  const photo = message.photo?.at(-1);
  const document = message.document;
  const file = photo ?? document;
  if (!file) return undefined;
  const described = {
    kind: photo ? "photo" : "document",
    mimeType: document?.mime_type ?? "image/jpeg",
    fileName: document?.file_name?.slice(0, 200) ?? "photo.jpg",
    bytes: new Uint8Array(),
  } as const;
  if ((file.file_size ?? 0) > MAX_FILE_BYTES) return { ...described, size: file.file_size };
  try {
    const { file_path: path, file_size: size } = await deps.api.getFile(file.file_id);
    if ((size ?? 0) > MAX_FILE_BYTES) return { ...described, size };
    if (!path) throw new Error("getFile gave no file_path");
    const response = await deps.fetch(`${deps.apiRoot.replace(/\/$/, "")}/file/bot${deps.token}/${path}`);
    if (!response.ok) throw new Error(`file download answered ${response.status}`);
    const length = Number(response.headers.get("content-length") ?? 0);
    if (length > MAX_FILE_BYTES) {
      await response.body?.cancel();
      return { ...described, size: length };
    }
    return { ...described, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    // The URL holds the token: only the reason is logged.
    deps.logger.warn({ reason: (error as Error)?.message?.replace(deps.token, "<token>") ?? String(error) }, "telegram file could not be downloaded");
    return described;
  }
}
