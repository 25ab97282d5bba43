import * as z from "zod";

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
