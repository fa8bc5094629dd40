import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { TelegramClient } from "telegram-test-api/lib/modules/telegramClient.js";
import type { Locale } from "../../src/config/config.js";
import { createI18n } from "../../src/bot/i18n.js";
import { localesDir, projectRoot } from "../../src/paths.js";
import { createPersistence } from "../../src/persistence/create-persistence.js";

/**
 * End-to-end: the real entry point (`node --import tsx src/main.ts`) as a child process, talking to
 * the `telegram-test-api` Bot API emulator over HTTP (long polling via @grammyjs/runner) and to a
 * database on the run's server (test/global-setup.ts).
 */

const TOKEN = "123456789:AAE2e_emulator_token_0123456789abcdef";
const STARTUP_TIMEOUT_MS = 45_000;
const REPLY_TIMEOUT_MS = 15_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;

interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

/** What the emulator's client API `/getUpdates` returns: the bodies of the bot's sendMessage calls. */
interface BotMessageUpdate {
  message: { chat_id: number | string; text?: string };
}

const i18n = createI18n({ localesDir: localesDir(), defaultLocale: "kk", resolveLocale: () => null });
const t = (locale: Locale, key: string): string => i18n.t(locale, key);

async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((ready, fail) => probe.once("error", fail).listen(0, "127.0.0.1", ready));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** `uri` with its database name (if any) replaced by `dbName`; the query string is kept. */
function withDatabaseName(uri: string, dbName: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(uri);
  if (!match) throw new Error(`unexpected MongoDB URI shape: ${uri}`);
  return `${match[1]}/${dbName}${match[2] ?? ""}`;
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((tick) => setTimeout(tick, 50));
  }
}

/** An emulated Telegram user in a private chat with the bot; collects every text the bot sends them. */
class EmulatedUser {
  readonly inbox: string[] = [];
  private readonly client: TelegramClient;

  constructor(
    emulator: TelegramServer,
    readonly id: number,
    readonly firstName: string,
    readonly languageCode: string,
  ) {
    this.client = emulator.getClient(TOKEN, { userId: id, chatId: id, firstName, userName: `user${id}` });
  }

  async send(text: string): Promise<void> {
    const from = { id: this.id, is_bot: false, first_name: this.firstName, language_code: this.languageCode };
    if (text.startsWith("/")) await this.client.sendCommand(this.client.makeCommand(text, { from }));
    else await this.client.sendMessage(this.client.makeMessage(text, { from }));
  }

  /** Moves the bot's unread messages to this chat into `inbox` (the emulator marks them read). */
  async fetchNew(apiUrl: string): Promise<void> {
    const response = await fetch(`${apiUrl}/getUpdates`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: TOKEN, chatId: this.id }),
    });
    const body = (await response.json()) as { ok: boolean; result: BotMessageUpdate[] };
    for (const update of body.result) this.inbox.push(String(update.message.text ?? ""));
  }

  /** Waits until the inbox holds at least `count` texts and returns all of them. */
  async waitForTexts(apiUrl: string, count: number): Promise<string[]> {
    return until(`${count} bot message(s) to user ${this.id} (has ${this.inbox.length})`, REPLY_TIMEOUT_MS, async () => {
      await this.fetchNew(apiUrl);
      return this.inbox.length >= count ? [...this.inbox] : undefined;
    });
  }
}

describe("the real runtime against the telegram-test-api emulator", () => {
  const dbName = `e2e_${randomBytes(6).toString("hex")}`;
  const logs: LogLine[] = [];
  let stderr = "";
  let emulator: TelegramServer | undefined;
  let apiUrl = "";
  let httpPort = 0;
  let connection: mongoose.Connection | undefined;
  let child: ChildProcess | undefined;
  let closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
  let users: { kk: EmulatedUser; ru: EmulatedUser; en: EmulatedUser };

  const recentOutput = (): string =>
    [...logs.slice(-15).map((line) => JSON.stringify(line)), stderr.slice(-2000)].filter(Boolean).join("\n");
  const logged = (msg: string): LogLine | undefined => logs.find((line) => line.msg === msg);

  beforeAll(async () => {
    const port = await freeLoopbackPort();
    emulator = new TelegramServer({ port, host: "127.0.0.1" });
    await emulator.start();
    apiUrl = emulator.config.apiURL;

    // Registration needs at least one department; seed it the way an admin would have.
    const mongoUri = withDatabaseName(inject("mongoUri"), dbName);
    connection = await mongoose.createConnection(mongoUri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
    const db = createPersistence(connection);
    await db.syncIndexes();
    await db.departments.create({ code: "CS", name: "Computer Science", policyId: "iitu" });

    // Only PATH and HOME come from outside; every config variable is set, so a stray .env cannot add any.
    httpPort = await freeLoopbackPort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env["PATH"] ?? "",
      HOME: process.env["HOME"] ?? "",
      BOT_TOKEN: TOKEN,
      BOT_MODE: "polling",
      BOT_API_ROOT: `http://127.0.0.1:${port}`,
      WEBHOOK_URL: "",
      WEBHOOK_SECRET: "",
      PORT: String(httpPort),
      PUBLIC_URL: "",
      MONGODB_URI: mongoUri,
      ADMIN_TELEGRAM_IDS: "",
      DEFAULT_LOCALE: "kk",
      TIMEZONE: "Asia/Almaty",
      LOG_LEVEL: "info",
    };
    const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: projectRoot(),
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = proc;
    closed = new Promise((done) => proc.once("close", (code, signal) => done({ code, signal })));
    proc.once("error", (error) => (stderr += `spawn failed: ${error.message}\n`));
    createInterface({ input: proc.stdout }).on("line", (line) => {
      try {
        logs.push(JSON.parse(line) as LogLine);
      } catch {
        logs.push({ level: 0, msg: line });
      }
    });
    proc.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

    let exited = false;
    void closed.then(() => (exited = true));
    await until('the log line "Praktika is running"', STARTUP_TIMEOUT_MS, () => {
      if (exited) throw new Error(`the bot exited during start-up:\n${recentOutput()}`);
      return logged("Praktika is running");
    }).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n${recentOutput()}`);
    });

    users = {
      kk: new EmulatedUser(emulator, 61001, "Ерлан", "kk"),
      ru: new EmulatedUser(emulator, 61002, "Аружан", "ru"),
      en: new EmulatedUser(emulator, 61003, "John", "en"),
    };
  }, STARTUP_TIMEOUT_MS + 15_000);

  afterAll(async () => {
    try {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await closed;
      }
    } finally {
      try {
        await emulator?.stop();
      } finally {
        if (connection) {
          await connection.dropDatabase().finally(() => connection!.close());
        }
      }
    }
  }, 30_000);

  it("starts: getMe and deleteWebhook go through the emulator, polling begins", () => {
    expect(logged("polling for updates")).toBeDefined();
    // getMe is answered by the emulator (its fixed bot "TestNameBot").
    expect(logged("Praktika is running")).toMatchObject({ bot: "TestNameBot" });
    // The emulator has no setMyCommands (HTTP 500); that must stay a warning, never stop the start.
    const commands = logged("could not publish the command list");
    if (commands) expect(commands.level).toBe(40);
    expect(logs.filter((line) => line.level >= 50)).toEqual([]);
    // The token appears in every Bot API URL; it must not leak into the output.
    expect(JSON.stringify(logs)).not.toContain(TOKEN.split(":")[1]);
    expect(stderr).not.toContain(TOKEN.split(":")[1]);
  });

  it("serves GET /healthz and GET /metrics in polling mode on PORT", async () => {
    const health = await fetch(`http://127.0.0.1:${httpPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ db: "ok", telegram: "ok" });
    const metrics = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
    expect(metrics).toMatch(/praktika_db_commands_total [1-9]/);
    expect(metrics).toContain("praktika_process_cpu_user_seconds_total");
  });

  it("greets each user on /start in their Telegram language, then asks for the full name", async () => {
    await Promise.all(Object.values(users).map((user) => user.send("/start")));
    for (const [locale, user] of Object.entries(users) as [Locale, EmulatedUser][]) {
      expect(await user.waitForTexts(apiUrl, 2), `user ${user.id} (${locale})`).toEqual([
        t(locale, "onboarding-welcome"),
        t(locale, "onboarding-ask-full-name"),
      ]);
    }
  }, 30_000);

  it("continues the scene over polling: a valid name moves on to the student ID question", async () => {
    const { ru } = users;
    await ru.send("Сейтқали Аружан");
    expect(await ru.waitForTexts(apiUrl, 3)).toEqual([
      t("ru", "onboarding-welcome"),
      t("ru", "onboarding-ask-full-name"),
      t("ru", "onboarding-ask-student-number"),
    ]);
    // The others got nothing more, and nothing went wrong in the bot.
    for (const user of [users.kk, users.en]) {
      await user.fetchNew(apiUrl);
      expect(user.inbox).toHaveLength(2);
    }
    expect(logs.filter((line) => line.level >= 50)).toEqual([]);
  }, 30_000);

  it(
    'shuts down gracefully on SIGTERM: exit code 0 and "stopped" logged',
    async () => {
      expect(child?.kill("SIGTERM")).toBe(true);
      let timer: NodeJS.Timeout | undefined;
      const result = await Promise.race([
        closed!,
        new Promise<"timeout">((done) => (timer = setTimeout(() => done("timeout"), SHUTDOWN_TIMEOUT_MS))),
      ]).finally(() => clearTimeout(timer));
      expect(result, recentOutput()).toEqual({ code: 0, signal: null });
      expect(logged("shutting down")).toMatchObject({ signal: "SIGTERM" });
      expect(logged("stopped")).toBeDefined();
    },
    SHUTDOWN_TIMEOUT_MS + 5_000,
  );
});
