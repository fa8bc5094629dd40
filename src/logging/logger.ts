import pino, { type Logger, type DestinationStream } from "pino";

export type { Logger };

/** Creates the app logger. Secrets are redacted by path; the token is also scrubbed from messages by callers. */
export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: ["token", "botToken", "*.token", "config.botToken", "err.config"], censor: "[redacted]" },
      base: { app: "praktika" },
    },
    options.destination,
  );
}

/** Removes a secret (e.g. the bot token, which appears in Bot API URLs) from any text. */
export function scrub(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) if (secret) result = result.split(secret).join("[redacted]");
  return result;
}
