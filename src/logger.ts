import { chmodSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

const CENSOR = "[redacted]";

/** Field names whose values are secrets wherever they sit: tokens, passwords, cookies, keys. */
const SECRET_KEY = /token|secret|passw(or)?d|cookie|authorization|api-?key|credential|signature|databaseurl|connectionstring/i;

/** The same, as pino's redact paths at the depths our log objects have (a request's headers among them). */
const SECRET_FIELDS = [
  "token", "secret", "password", "cookie", "authorization", "apiKey", "accessToken", "appSecret", "verifyToken",
  "databaseUrl", "connectionString", '"set-cookie"', '"x-telegram-bot-api-secret-token"', '"x-hub-signature-256"',
];
const under = (prefix: string, field: string) => (field.startsWith('"') ? `${prefix}[${field}]` : prefix ? `${prefix}.${field}` : field);
const REDACT_PATHS = [
  ...["phone", ...SECRET_FIELDS].flatMap((field) => ["", "*", "*.*"].map((prefix) => under(prefix, field))),
  ...SECRET_FIELDS.map((field) => under("*.*.*", field)),
];

/** Secrets that show up inside text: an error's message quoting a URL or a header. */
const SECRET_TEXT: readonly [RegExp, string][] = [
  // A Telegram bot token, also inside a Bot API URL (`/bot123456:AAE…/sendMessage`).
  [/\d{5,}:[\w-]{30,}/g, CENSOR],
  // A password in a URL (`postgres://user:password@host`).
  [/(\/\/[^\s:/@]+:)[^\s@/]+@/g, `$1${CENSOR}@`],
  // A bearer token (the Cloud API's access token in an Authorization header).
  [/(bearer\s+)[\w.~+/=-]+/gi, `$1${CENSOR}`],
];

function scrubText(text: string): string {
  return SECRET_TEXT.reduce((scrubbed, [pattern, replacement]) => scrubbed.replace(pattern, replacement), text);
}

/** How deep causes are followed (a BotError wraps an HttpError wraps a fetch error). */
const MAX_CAUSES = 4;

/**
 * An error as the log keeps it: its type, message, stack, and its own fields that are plain
 * values (`code`, `method`, `error_code`…), with the errors it wraps serialised the same way.
 * Objects it carries are left out: a grammY `BotError`'s context holds the Bot API client with
 * the token (and the whole update), a request its headers. Secret-looking text is scrubbed.
 */
export function serializeError(error: Error, depth = 0): Record<string, unknown> {
  const serialized: Record<string, unknown> = { type: error.constructor?.name ?? "Error", message: scrubText(String(error.message)) };
  if (error.stack) serialized.stack = scrubText(error.stack);
  const wrapped = (value: unknown) => (value instanceof Error ? (depth < MAX_CAUSES ? serializeError(value, depth + 1) : undefined) : plainValue(value));
  for (const [key, value] of Object.entries(error)) {
    if (key in serialized || SECRET_KEY.test(key)) continue;
    const kept = wrapped(value);
    if (kept !== undefined) serialized[key] = kept;
  }
  if (error.cause !== undefined && !("cause" in serialized)) serialized.cause = wrapped(error.cause);
  if (error instanceof AggregateError) serialized.errors = error.errors.slice(0, 5).map(wrapped);
  return serialized;
}

function plainValue(value: unknown): unknown {
  if (typeof value === "string") return scrubText(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return value;
  return undefined;
}

/** Replaces each known secret in a finished log line, however it got there. */
function censorValues(secrets: readonly string[]): ((line: string) => string) | undefined {
  // A short value would censor ordinary words; the config's real secrets are long.
  const values = [...new Set(secrets.filter((secret) => secret.length >= 8))];
  if (values.length === 0) return undefined;
  // As written in JSON too: a secret with a quote or backslash is escaped there.
  const forms = [...new Set(values.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]))];
  return (line) => forms.reduce((censored, form) => (censored.includes(form) ? censored.split(form).join(CENSOR) : censored), line);
}

/**
 * Structured logs that can be shared without leaking a secret, in three layers: fields named
 * like a secret (token, password, cookie, the webhooks' secret headers…) and phone numbers are
 * redacted by path; every error, wherever it sits in a line, is serialised by `serializeError`
 * (no objects it carries, secret-looking text scrubbed); and each value in `secrets` (the
 * configuration's tokens and passwords) is censored from the finished line, whatever path it took.
 * `destination` replaces the file or stderr (tests read the lines).
 */
export function createLogger(options: { level: string; file?: string; secrets?: readonly string[]; destination?: DestinationStream }): Logger {
  const destination = options.destination ?? (options.file ? privateLogFile(options.file) : pino.destination(2));
  const streamWrite = censorValues(options.secrets ?? []);
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { err: (value: unknown) => (value instanceof Error ? serializeError(value) : value) },
      formatters: {
        // An error under any key (`err`, `reason`, `cause`…), not only `err`.
        log: (object) => {
          const entries = Object.entries(object);
          if (!entries.some(([, value]) => value instanceof Error)) return object;
          return Object.fromEntries(entries.map(([key, value]) => [key, value instanceof Error ? serializeError(value) : value]));
        },
      },
      ...(streamWrite && { hooks: { streamWrite } }),
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
