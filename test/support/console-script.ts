import { PassThrough } from "node:stream";
import { runConsoleChat } from "../../src/channels/console/console-chat.js";
import type { TestBot } from "./test-bot.js";

/** A console chat as `npm run chat -- --as NAME --lang LANG` runs it, fed a script; returns what it printed. */
export async function consoleScript(bot: TestBot, userId: string, filesDir: string, lines: string[], localeHint = "en"): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  input.end(lines.join("\n") + "\n");
  await runConsoleChat({ core: bot.core, input, output, userId, localeHint, interactive: false, filesDir });
  return printed;
}

/** The paths of the `📎` lines, in order. */
export const attachedPaths = (printed: string) => [...printed.matchAll(/^📎 (.+)$/gm)].map((match) => match[1]!);
