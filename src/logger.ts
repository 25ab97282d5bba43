import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs. Tokens, passwords and phone numbers are redacted by path, so a log file can be
 * shared without leaking them.
 */
export function createLogger(options: { level: string; file?: string }): Logger {
  const destination = options.file ? pino.destination({ dest: options.file, mkdir: true, sync: false }) : pino.destination(2);
  return pino(
    {
      level: options.level,
      redact: { paths: ["token", "*.token", "phone", "*.phone", "password", "*.password", "databaseUrl"], censor: "[redacted]" },
    },
    destination,
  );
}

