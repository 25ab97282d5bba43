import * as z from "zod";
import { parseQuietHours } from "./outbox/quiet-hours.js";

const booleanFromEnv = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** An identity is `channel:userId`, the same form people use in STAFF. */
export const identitySchema = z
  .string()
  .trim()
  .regex(/^(console|telegram|whatsapp):[^\s,]{1,64}$/, "expected channel:userId, e.g. telegram:123");

/**
 * Every setting the bot reads, in one place. Start-up fails with a message naming the bad key,
 * so a typo in .env never turns into odd behaviour later.
 */
export const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL; leave it unset for the embedded database")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  // Connections the bot keeps to the database at most; the embedded server allows 64 in all.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(10),
  STAFF: z
    .string()
    .default("console:admin")
    .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(identitySchema)),
  DEFAULT_LOCALE: z.enum(["id", "ko", "en"]).default("id"),
  FLOW_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(30),
  SEED_DEMO_DATA: booleanFromEnv.default(true),
  CONSOLE_USER: z.string().regex(/^[\w.-]{1,64}$/).default("admin"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FILE: z.string().optional(),
  // Where the console saves the files the bot sends (shown as 📎 lines). Unset: DATA_DIR/files.
  FILES_DIR: z.string().min(1).optional(),

  // Where partners transfer cash pledges when a campaign names no account of its own, and how
  // goods are handed over (Indonesian) when a campaign says nothing.
  TRANSFER_BANK_NAME: z.string().trim().min(2).max(80).optional(),
  TRANSFER_ACCOUNT_NUMBER: z.string().trim().min(2).max(40).optional(),
  TRANSFER_ACCOUNT_HOLDER: z.string().trim().min(2).max(120).optional(),
  GOODS_INSTRUCTIONS: z.string().trim().min(2).max(800).optional(),

  // WhatsApp through whatsapp-web.js (a linked phone, driven in Debian's Chromium).
  WHATSAPP_ENABLED: booleanFromEnv.default(false),
  WHATSAPP_CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  WHATSAPP_PAIRING_PHONE: z.string().regex(/^\d{8,15}$/, "digits with the country code, e.g. 6281234567890").optional(),
  WHATSAPP_SEND_MIN_GAP_MS: z.coerce.number().int().min(0).max(3_600_000).default(4000),
  WHATSAPP_SEND_JITTER_MS: z.coerce.number().int().min(0).max(3_600_000).default(3000),
  WHATSAPP_DAILY_CAP: z.coerce.number().int().min(1).max(100_000).default(200),
  // WhatsApp through the official Cloud API (a webhook plus the Graph API).
  WHATSAPP_CLOUD_TOKEN: z.string().min(1).optional(),
  WHATSAPP_CLOUD_APP_SECRET: z.string().min(1).optional(),
  WHATSAPP_CLOUD_VERIFY_TOKEN: z.string().min(1).optional(),
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: z.string().regex(/^\d{1,32}$/, "the numeric phone number id from Meta").optional(),
  WHATSAPP_CLOUD_API_VERSION: z.string().regex(/^v\d+\.\d+$/, "e.g. v24.0").default("v24.0"),
  WHATSAPP_CLOUD_GRAPH_URL: z.url().default("https://graph.facebook.com"),
  WHATSAPP_CLOUD_HOST: z.string().min(1).default("127.0.0.1"),
  // Unset: the web server (WEB_PORT) serves the webhook; set: a server of its own too.
  WHATSAPP_CLOUD_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  WHATSAPP_CLOUD_PATH: z.string().regex(/^\/[\w\/-]*$/, "a path such as /whatsapp/webhook").default("/whatsapp/webhook"),
  // A signed call is recorded before Meta gets its 200; one left by a process that died is handled this long after.
  WEBHOOK_INBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  WHATSAPP_CLOUD_DAILY_CAP: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  WHATSAPP_CLOUD_TEMPLATE_ID: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),
  WHATSAPP_CLOUD_TEMPLATE_KO: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),
  WHATSAPP_CLOUD_TEMPLATE_EN: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),
  WHATSAPP_CLOUD_IMAGE_TEMPLATE_ID: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),
  WHATSAPP_CLOUD_IMAGE_TEMPLATE_KO: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),
  WHATSAPP_CLOUD_IMAGE_TEMPLATE_EN: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),
  WHATSAPP_CLOUD_DOCUMENT_TEMPLATE_ID: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),
  WHATSAPP_CLOUD_DOCUMENT_TEMPLATE_KO: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),
  WHATSAPP_CLOUD_DOCUMENT_TEMPLATE_EN: z.string().regex(/^[a-z0-9_]{1,512}$/, "an approved template name").optional(),

  // Telegram (grammY): long polling, or a webhook when TELEGRAM_WEBHOOK_URL is set.
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]+$/, "the token from @BotFather, e.g. 123456789:AAE...").optional(),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_URL: z.url().optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "1-256 characters from A-Z, a-z, 0-9, _ and -").optional(),
  TELEGRAM_WEBHOOK_HOST: z.string().min(1).default("127.0.0.1"),
  // Unset: the web server (WEB_PORT) serves the webhook; set: a server of its own too.
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  TELEGRAM_PROGRESS_EDIT_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),

  // The web side: public campaign pages and the staff dashboard, on one server.
  WEB_ENABLED: booleanFromEnv.default(true),
  WEB_HOST: z.string().min(1).default("127.0.0.1"),
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The address people see (behind a proxy, with HTTPS): links in chat use it, cookies turn Secure. */
  WEB_PUBLIC_URL: z.url().regex(/^https?:\/\//, "an http:// or https:// URL").transform((url) => url.replace(/\/+$/, "")).optional(),

  // Outbox (broadcasts, digests, reminders, reports) and the scheduler that creates its work.
  OUTBOX_ENABLED: booleanFromEnv.default(true),
  SCHEDULER_ENABLED: booleanFromEnv.default(true),
  QUIET_HOURS: z
    .string()
    .default("21:00-07:00")
    .transform((value, ctx) => {
      const quiet = parseQuietHours(value);
      if (quiet === undefined) ctx.addIssue({ code: "custom", message: "expected HH:MM-HH:MM (Jakarta time), or off" });
      return quiet ?? null;
    }),
  TELEGRAM_SEND_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(30),
  TELEGRAM_SEND_PER_CHAT_MS: z.coerce.number().int().min(0).max(3_600_000).default(1000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(1),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the configuration from an environment, naming every bad key at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Bad configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

/** The configuration's secrets, which the logger censors from every line wherever they turn up. */
export function configSecrets(config: Config): string[] {
  const databasePassword = config.DATABASE_URL ? decodeURIComponent(new URL(config.DATABASE_URL).password) : "";
  const secrets = [
    config.TELEGRAM_BOT_TOKEN,
    config.TELEGRAM_WEBHOOK_SECRET,
    config.WHATSAPP_CLOUD_TOKEN,
    config.WHATSAPP_CLOUD_APP_SECRET,
    config.WHATSAPP_CLOUD_VERIFY_TOKEN,
    databasePassword,
  ];
  return secrets.filter((secret): secret is string => Boolean(secret));
}
