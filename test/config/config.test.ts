import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { ConfigError, parseConfig } from "../../src/config/config.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("fills documented defaults from a minimal environment", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN })).toEqual({
      botToken: TOKEN,
      mode: "polling",
      webhook: undefined,
      port: 8080,
      publicUrl: "http://localhost:8080",
      botApiRoot: undefined,
      mongodbUri: undefined,
      dataDir: "./data",
      adminTelegramIds: [],
      defaultLocale: "kk",
      timezone: "Asia/Almaty",
      retention: { outboxDays: 90, draftDays: 30 },
      telegramRate: 30,
      logLevel: "info",
    });
  });

  it("reads the retention periods and refuses an outbox retention shorter than a reminder can stay due", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, OUTBOX_RETENTION_DAYS: "180", DRAFT_RETENTION_DAYS: "7" }).retention).toEqual({
      outboxDays: 180,
      draftDays: 7,
    });
    for (const [name, value] of [
      ["OUTBOX_RETENTION_DAYS", "29"],
      ["OUTBOX_RETENTION_DAYS", "ninety"],
      ["DRAFT_RETENTION_DAYS", "0"],
      ["DRAFT_RETENTION_DAYS", "1.5"],
    ] as const) {
      expect(() => parseConfig({ BOT_TOKEN: TOKEN, [name]: value }), `${name}=${value}`).toThrow(new RegExp(`${name} must`));
    }
  });

  it("reads TELEGRAM_RATE, the one send budget of the token, and refuses more than Telegram allows", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, TELEGRAM_RATE: "20" }).telegramRate).toBe(20);
    for (const value of ["31", "0", "2.5", "fast"]) {
      expect(() => parseConfig({ BOT_TOKEN: TOKEN, TELEGRAM_RATE: value }), value).toThrow(/TELEGRAM_RATE must/);
    }
  });

  it("reads a full webhook configuration", () => {
    const config = parseConfig({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.kz/telegram",
      WEBHOOK_SECRET: "s3cr3t-Random_value-42",
      PORT: "3000",
      MONGODB_URI: "mongodb://db:27017/praktika?replicaSet=rs0",
      ADMIN_TELEGRAM_IDS: " 12345, 67890 ",
      DEFAULT_LOCALE: "ru",
      LOG_LEVEL: "debug",
      BOT_API_ROOT: "http://127.0.0.1:8081",
    });
    expect(config.webhook).toEqual({ url: "https://bot.example.kz/telegram", secret: "s3cr3t-Random_value-42", port: 3000 });
    expect(config.adminTelegramIds).toEqual([12345, 67890]);
    expect(config.defaultLocale).toBe("ru");
    expect(config.botApiRoot).toBe("http://127.0.0.1:8081");
  });

  it("PUBLIC_URL: https anywhere, http on localhost only, default http://localhost:PORT, no trailing slash", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, PORT: "3000" }).publicUrl).toBe("http://localhost:3000");
    expect(parseConfig({ BOT_TOKEN: TOKEN, PUBLIC_URL: "https://praktika.example.kz/" }).publicUrl).toBe("https://praktika.example.kz");
    expect(parseConfig({ BOT_TOKEN: TOKEN, PUBLIC_URL: "http://127.0.0.1:8080" }).publicUrl).toBe("http://127.0.0.1:8080");
    expect(parseConfig({ BOT_TOKEN: TOKEN, PUBLIC_URL: "http://localhost:9000/praktika" }).publicUrl).toBe(
      "http://localhost:9000/praktika",
    );
  });

  it("treats empty values as unset", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, DATA_DIR: "", ADMIN_TELEGRAM_IDS: "  " }).dataDir).toBe("./data");
  });

  it.each([
    [{}, "BOT_TOKEN is required"],
    [{ BOT_TOKEN: "not-a-token" }, "BOT_TOKEN does not look like a bot token"],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "poll" }, 'BOT_MODE must be "polling" or "webhook"'],
    [{ BOT_TOKEN: TOKEN, PORT: "http" }, "PORT must be a port number"],
    [{ BOT_TOKEN: TOKEN, PORT: "70000" }, "PORT must be between 1 and 65535"],
    [{ BOT_TOKEN: TOKEN, MONGODB_URI: "postgres://x" }, "MONGODB_URI must start with mongodb://"],
    [{ BOT_TOKEN: TOKEN, ADMIN_TELEGRAM_IDS: "1,@admin" }, 'ADMIN_TELEGRAM_IDS "@admin" is not a numeric Telegram user id'],
    [{ BOT_TOKEN: TOKEN, DEFAULT_LOCALE: "de" }, "DEFAULT_LOCALE must be one of kk, ru, en"],
    [{ BOT_TOKEN: TOKEN, TIMEZONE: "Asia/Nowhere" }, "TIMEZONE is not a time zone known"],
    [{ BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of"],
    [{ BOT_TOKEN: TOKEN, BOT_API_ROOT: "ftp://x" }, "BOT_API_ROOT must be an http(s):// URL"],
    [{ BOT_TOKEN: TOKEN, PUBLIC_URL: "http://praktika.example.kz" }, "PUBLIC_URL must be https:// (http:// only for localhost"],
    [{ BOT_TOKEN: TOKEN, PUBLIC_URL: "ftp://praktika.example.kz" }, "PUBLIC_URL must be an http(s):// URL"],
    [{ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" }, "WEBHOOK_URL is required when BOT_MODE=webhook"],
    [
      { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "http://insecure.kz/x", WEBHOOK_SECRET: "abcdefghijklmnop" },
      "WEBHOOK_URL must be an https:// URL",
    ],
    [
      { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://a.kz/x", WEBHOOK_SECRET: "short" },
      "WEBHOOK_SECRET must be 16–256 characters",
    ],
    [
      { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://a.kz/x", WEBHOOK_SECRET: "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" },
      "WEBHOOK_SECRET must be random, not derived from the bot token",
    ],
  ])("rejects %j: %s", (env, expected) => {
    expect(problems(env).join("\n")).toContain(expected);
  });

  it("names every bad variable at once and never echoes the token", () => {
    const list = problems({ BOT_TOKEN: "123:secret-but-short", PORT: "x", DEFAULT_LOCALE: "fr", BOT_MODE: "webhook" });
    expect(list.map((p) => p.split(" ")[0])).toEqual(["BOT_TOKEN", "PORT", "DEFAULT_LOCALE", "WEBHOOK_URL", "WEBHOOK_SECRET"]);
    expect(list.join("\n")).not.toContain("secret-but-short");
  });

  it("npm start's entry exits with code 1 and the message on stderr when the environment is wrong, starting nothing", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { PATH: process.env["PATH"], BOT_TOKEN: "123:xyz-secret", PORT: "-1" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Invalid configuration");
    expect(result.stderr).toContain("BOT_TOKEN does not look like a bot token");
    expect(result.stderr).toContain("PORT must be between 1 and 65535");
    expect(result.stderr + result.stdout).not.toContain("xyz-secret");
    expect(result.stdout).toBe("");
  });
});
