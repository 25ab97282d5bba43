import { MAX_FILE_BYTES, type IncomingAttachment, type OutgoingAttachment } from "../../core/messages.js";

/**
 * A photo or document someone sent, not yet downloaded: the conversation reads it only when the
 * message is meant for the bot (group chatter's photos are never fetched). `read` never throws;
 * a file over 10 MB comes back with its size and no bytes, a failed download with neither, and
 * the core answers both in the person's language.
 */
export interface WhatsAppFile {
  read(): Promise<IncomingAttachment>;
}

/** WhatsApp's caption limit; a longer text goes after the file as its own message. */
const MAX_CAPTION_LENGTH = 1024;

/**
 * Builds a WhatsAppFile from what the platform told of it and how to fetch it. `download` returns
 * the bytes, or the size when that alone is over the limit; a failure gives no bytes (the core
 * then answers "could not read that file"), and `onError` may log it.
 */
export function whatsappFile(
  described: Omit<IncomingAttachment, "bytes" | "size">,
  download: () => Promise<Uint8Array | { size: number }>,
  onError?: (error: unknown) => void,
): WhatsAppFile {
  return {
    async read() {
      const empty = { ...described, bytes: new Uint8Array() };
      try {
        const got = await download();
        return got instanceof Uint8Array ? { ...empty, bytes: got } : { ...empty, size: got.size };
      } catch (error) {
        onError?.(error);
        return empty;
      }
    },
  };
}

/** True when an announced size is over what the bot takes: the file is not downloaded. */
export function overLimit(size: number | undefined): size is number {
  return (size ?? 0) > MAX_FILE_BYTES;
}

/** One WhatsApp message to send: a text, or a file with the text as its caption. */
export interface WhatsAppReply {
  text: string;
  attachment?: OutgoingAttachment;
}

/**
 * How a reply goes out: the file with its caption, then any text that did not fit a caption.
 * Each transport sends these with its own calls.
 */
export function replySteps(reply: WhatsAppReply): { file?: { attachment: OutgoingAttachment; caption?: string }; texts: string[] } {
  if (!reply.attachment) return { texts: [reply.text] };
  const fits = reply.text.length <= MAX_CAPTION_LENGTH;
  return { file: { attachment: reply.attachment, caption: fits && reply.text ? reply.text : undefined }, texts: fits || !reply.text ? [] : [reply.text] };
}
