import { z } from "zod";

export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const telegramIdList = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return [] as number[];
    const ids: number[] = [];
    for (const part of value.split(",")) {
      const item = part.trim();
      if (!/^\d{1,15}$/.test(item)) {
        ctx.addIssue({ code: "custom", message: `"${item}" is not a numeric Telegram user id` });
        return z.NEVER;
      }
      ids.push(Number(item));
    }
    return ids;
  });

/**
 * Sent, blocked and failed outbox messages are kept at least this long: longer than any reminder stays due
 * (a deadline or transfer reminder is due from its lead day to its date, at most 8 days), so a deleted key is
 * never due again (see src/domain/delivery/retention.ts).
 */
export const MIN_OUTBOX_RETENTION_DAYS = 30;

const baseSchema = z.object({
  BOT_TOKEN: z
    .string({ error: "is required (get one from @BotFather)" })
    .trim()
    .regex(/^\d+:[\w-]{20,}$/, "does not look like a bot token (expected <digits>:<secret>)"),
  BOT_MODE: z.enum(["polling", "webhook"], { error: 'must be "polling" or "webhook"' }).default("polling"),
  WEBHOOK_URL: z.url({ protocol: /^https$/, error: "must be an https:// URL" }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16–256 characters of A–Z, a–z, 0–9, _ or -")
    .optional(),
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(8080),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be an http(s):// URL" })
    .refine(isPublicBase, "must be https:// (http:// only for localhost or 127.0.0.1)")
    .optional(),
  BOT_API_ROOT: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, "must start with mongodb:// or mongodb+srv://")
    .optional(),
  DATA_DIR: z.string().trim().min(1, "must not be empty").default("./data"),
  ADMIN_TELEGRAM_IDS: telegramIdList.default([]),
  DEFAULT_LOCALE: z.enum(LOCALES, { error: "must be one of kk, ru, en" }).default("kk"),
  TIMEZONE: z.string().refine(isKnownTimeZone, "is not a time zone known to this system (e.g. Asia/Almaty)").default("Asia/Almaty"),
  OUTBOX_RETENTION_DAYS: z.coerce
    .number({ error: "must be a number of days" })
    .int("must be a whole number of days")
    .min(MIN_OUTBOX_RETENTION_DAYS, `must be at least ${MIN_OUTBOX_RETENTION_DAYS} (days a reminder can stay due)`)
    .max(3650, "must be at most 3650 days")
    .default(90),
  DRAFT_RETENTION_DAYS: z.coerce
    .number({ error: "must be a number of days" })
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .max(3650, "must be at most 3650 days")
    .default(30),
  TELEGRAM_RATE: z.coerce
    .number({ error: "must be a number of messages per second" })
    .int("must be a whole number of messages per second")
    .min(1, "must be at least 1 message per second")
    .max(30, "must be at most 30 (Telegram's limit for one bot without paid broadcasts)")
    .default(30),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
});

/** Cross-field rules; checked on the raw input so they are reported together with per-field problems. */
function crossFieldProblems(input: Record<string, string | undefined>): string[] {
  if (input["BOT_MODE"] !== "webhook") return [];
  const problems: string[] = [];
  if (!input["WEBHOOK_URL"]) problems.push("WEBHOOK_URL is required when BOT_MODE=webhook");
  const secret = input["WEBHOOK_SECRET"];
  if (!secret) problems.push("WEBHOOK_SECRET is required when BOT_MODE=webhook");
  else if (input["BOT_TOKEN"]?.includes(secret)) problems.push("WEBHOOK_SECRET must be random, not derived from the bot token");
  return problems;
}

export type RawConfig = z.output<typeof baseSchema>;

/** Validated runtime configuration. */
export interface Config {
  botToken: string;
  mode: "polling" | "webhook";
  webhook?: { url: string; secret: string; port: number } | undefined;
  /** Port of the HTTP server (health, metrics, webhook, verification page, board) in every mode. */
  port: number;
  /** Public base of the HTTP server, without a trailing slash (QR codes and links are built from it). */
  publicUrl: string;
  botApiRoot?: string | undefined;
  mongodbUri?: string | undefined;
  dataDir: string;
  adminTelegramIds: readonly number[];
  defaultLocale: Locale;
  timezone: string;
  /** Retention job: outbox messages in a final state and scene drafts untouched for longer are deleted (days). */
  retention: { outboxDays: number; draftDays: number };
  /** Messages per second the bot token may send, every process together (the one send budget). */
  telegramRate: number;
  logLevel: RawConfig["LOG_LEVEL"];
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function isPublicBase(value: string): boolean {
  const url = new URL(value);
  return url.protocol === "https:" || url.hostname === "localhost" || url.hostname === "127.0.0.1";
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses environment variables into a {@link Config}. Pure: reads only `env`.
 * Throws {@link ConfigError} listing every bad variable; never echoes the token.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const input = Object.fromEntries(
    Object.keys(baseSchema.shape).map((key) => {
      const value = env[key];
      return [key, value === undefined || value.trim() === "" ? undefined : value];
    }),
  );
  const result = baseSchema.safeParse(input);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        const message = issue.code === "invalid_type" && input[name] === undefined ? "is required" : issue.message;
        return `${name} ${message}`;
      });
  problems.push(...crossFieldProblems(input));
  if (!result.success || problems.length > 0) throw new ConfigError([...new Set(problems)]);
  const c = result.data;
  return {
    botToken: c.BOT_TOKEN,
    mode: c.BOT_MODE,
    webhook:
      c.BOT_MODE === "webhook" && c.WEBHOOK_URL && c.WEBHOOK_SECRET
        ? { url: c.WEBHOOK_URL, secret: c.WEBHOOK_SECRET, port: c.PORT }
        : undefined,
    port: c.PORT,
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ""),
    botApiRoot: c.BOT_API_ROOT,
    mongodbUri: c.MONGODB_URI,
    dataDir: c.DATA_DIR,
    adminTelegramIds: c.ADMIN_TELEGRAM_IDS,
    defaultLocale: c.DEFAULT_LOCALE,
    timezone: c.TIMEZONE,
    retention: { outboxDays: c.OUTBOX_RETENTION_DAYS, draftDays: c.DRAFT_RETENTION_DAYS },
    telegramRate: c.TELEGRAM_RATE,
    logLevel: c.LOG_LEVEL,
  };
}
