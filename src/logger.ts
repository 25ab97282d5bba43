import { chmodSync, existsSync, mkdirSync } from "node:fs";
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
  if (existsSync(file)) chmodSync(file, 0o600);
  return pino.destination({ dest: file, sync: false, mode: 0o600 });
}
