import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { stripVTControlCharacters } from "node:util";
import type { BotCore } from "../../core/bot-core.js";
import type { Choice, OutgoingMessage } from "../../core/messages.js";

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
}

/** Turns the core's reply into numbered lines; typing the number picks the choice. */
export function renderForConsole(message: OutgoingMessage, numbering: Choice[]): string {
  const lines = [message.text];
  for (const choice of message.choices?.flat() ?? []) {
    numbering.push(choice);
    lines.push(`  ${numbering.length}) ${choice.label}`);
  }
  return lines.join("\n");
}

/**
 * A typed line without terminal control characters (NUL, escape sequences, DEL, C1): a stray
 * Ctrl key or pasted escape must not turn `/help` into something the core cannot read, nor reach
 * the database (PostgreSQL text cannot hold NUL). Tabs become spaces.
 */
export function withoutControlCharacters(line: string): string {
  return stripVTControlCharacters(line).replace(/\t/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}

/**
 * The console channel: one message per line from `input`, replies on `output`. It lets anyone
 * try the bot without a Telegram or WhatsApp account, and lets tests script a conversation.
 * Resolves when the input ends.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { core, output } = options;
  const lines = createInterface({ input: options.input, terminal: false });
  // Message ids only need to be unique per chat; a session prefix keeps restarts apart.
  const session = randomUUID();
  let sequence = 0;
  let offered: Choice[] = [];
  const prompt = () => options.interactive && output.write("> ");

  prompt();
  for await (const raw of lines) {
    const line = withoutControlCharacters(raw);
    const trimmed = line.trim();
    if (trimmed === "") {
      prompt();
      continue;
    }
    const picked = /^\d{1,2}$/.test(trimmed) ? offered[Number(trimmed) - 1] : undefined;
    const replies = await core.handle({
      channel: "console",
      chatId: options.userId,
      userId: options.userId,
      messageId: `${session}:${++sequence}`,
      displayName: options.userId,
      localeHint: options.localeHint,
      ...(picked ? { choice: picked.value } : { text: line }),
    });
    offered = [];
    output.write(replies.map((reply) => renderForConsole(reply, offered)).join("\n\n") + "\n\n");
    prompt();
  }
}
