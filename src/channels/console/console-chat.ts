import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { BotCore } from "../../core/bot-core.js";
import type { Choice, OutgoingMessage } from "../../core/messages.js";
import { fileLine, parseAttachLine, readAttachment, saveOutgoingFile } from "./console-files.js";

export interface ConsoleChatOptions {
  core: BotCore;
  input: Readable;
  output: Writable;
  /** The person's id: the identity is `console:<userId>`. */
  userId: string;
  /** Starting language, used until the person picks one with /lang. */
  localeHint?: string;
  /** Show a prompt and echo nothing extra; off when reading a script from a pipe. */
  interactive: boolean;
  /** Where files the bot sends are saved (each shown as a `📎 <path>` line). */
  filesDir: string;
}

/** A reply as console lines; its file, if any, saved under `filesDir` and named on a `📎` line. */
export async function renderWithFile(message: OutgoingMessage, numbering: Choice[], filesDir: string): Promise<string> {
  const text = renderForConsole(message, numbering);
  if (!message.attachment) return text;
  return `${text}\n${fileLine(await saveOutgoingFile(filesDir, message.attachment))}`;
}

/**
 * Turns the core's reply into numbered lines. The numbers only show; what a typed number picks
 * is decided by the core from the choices it offered, kept in the database, so `1` means the
 * same after a restart or in a second console.
 */
export function renderForConsole(message: OutgoingMessage, numbering: Choice[]): string {
  const lines = [message.text];
  for (const choice of message.choices?.flat() ?? []) {
    numbering.push(choice);
    lines.push(`  ${numbering.length}) ${choice.label}`);
  }
  return lines.join("\n");
}

/**
 * The console channel: one message per line from `input`, replies on `output`. It lets anyone
 * try the bot without a Telegram or WhatsApp account, and lets tests script a conversation.
 * `/attach PATH [caption]` sends a local file as the person's message. Resolves when the input ends.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { core, output } = options;
  // Before the line reader exists: lines read while this awaited would be lost to `for await`.
  await core.connect({ channel: "console", userId: options.userId, displayName: options.userId, localeHint: options.localeHint });
  const lines = createInterface({ input: options.input, terminal: false });
  // Message ids only need to be unique per chat; a session prefix keeps restarts apart.
  const session = randomUUID();
  let sequence = 0;
  const prompt = () => options.interactive && output.write("> ");

  prompt();
  for await (const line of lines) {
    if (line.trim() === "") {
      prompt();
      continue;
    }
    const attach = parseAttachLine(line);
    const replies = await core.handle({
      channel: "console",
      chatId: options.userId,
      userId: options.userId,
      messageId: `${session}:${++sequence}`,
      displayName: options.userId,
      localeHint: options.localeHint,
      ...(attach ? { text: attach.caption, attachment: await readAttachment(attach.path) } : { text: line }),
    });
    const numbering: Choice[] = [];
    const rendered: string[] = [];
    for (const reply of replies) rendered.push(await renderWithFile(reply, numbering, options.filesDir));
    output.write(rendered.join("\n\n") + "\n\n");
    prompt();
  }
}
