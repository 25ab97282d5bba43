// The app's core (startApp, as `npm start` wires it) in a process of its own, with the platform
// edge replaced by stdin and stdout: one IncomingMessage as JSON per line in, one line
// `{ "messageId", "replies" }` out. Lines are handled concurrently, as a chat platform's
// updates are, so two such processes fed the same messages really race.
import { createInterface } from "node:readline";
import { startApp } from "../../../src/app.js";
import { loadConfig } from "../../../src/config.js";
import type { IncomingMessage } from "../../../src/core/messages.js";
import { createLogger } from "../../../src/logger.js";

const config = loadConfig();
const app = await startApp(config, createLogger({ level: config.LOG_LEVEL, file: config.LOG_FILE }));
process.stdout.write("core ready\n");
const pending: Promise<void>[] = [];
for await (const line of createInterface({ input: process.stdin, terminal: false })) {
  const message = JSON.parse(line) as IncomingMessage;
  pending.push(app.core.handle(message).then((replies) => void process.stdout.write(JSON.stringify({ messageId: message.messageId, replies }) + "\n")));
}
await Promise.all(pending);
await app.close();
