import { chmodSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs. Tokens, passwords and phone numbers are redacted by path, so a log file can be
 * shared without leaking them.
 */
export function createLogger(options: { level: string; file?: string }): Logger {
  const destination = options.file ? privateLogFile(options.file) : pino.destination(2);
  return pino(
    {
      level: options.level,
      redact: { paths: ["token", "*.token", "phone", "*.phone", "password", "*.password", "databaseUrl"], censor: "[redacted]" },
    },
    destination,
  );
}


/** Logs say who wrote what: the file is the owner's only (0600, in a 0700 directory if we make it). */
function privateLogFile(file: string) {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // `mode` applies only to a new file; one written by an older version may still be world-readable.
  // Only a regular file: LOG_FILE=/dev/null (or a terminal) is shared, and 0600 on it, as root,
  // would lock every other user out of it.
  if (statSync(file, { throwIfNoEntry: false })?.isFile()) chmodSync(file, 0o600);
  return pino.destination({ dest: file, sync: false, mode: 0o600 });
}
