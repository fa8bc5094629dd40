import type { Bot } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import pino from "pino";
import { createFakeTelegram, type ApiCall, type ApiFailure, type FakeTelegram } from "./fake-telegram.js";
import type { Connection } from "mongoose";
import { Api } from "grammy";
import { createBot } from "../../src/bot/create-bot.js";
import { createDispatcher, createOutboxRenderer } from "../../src/services/outbox/index.js";
import type { SendGate, TransportOptions } from "../../src/bot/telegram-transport.js";
import type { FloodControlOptions } from "../../src/bot/middlewares/flood-control.js";
import type { InFlightTracker } from "../../src/runtime/in-flight.js";
import { createBotI18n } from "../../src/bot/i18n.js";
import { createServices, type ServiceDeps } from "../../src/services/app-services.js";
import type { BotContext } from "../../src/bot/context.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";
import type { Locale } from "../../src/config/config.js";
import type { UpdateObserver } from "../../src/bot/middlewares/observe-updates.js";
import { getReferenceData, type ReferenceData } from "../../src/reference-data/load.js";

/** The bundled policies and holiday calendars, read once per test file. */
const REFERENCE: ReferenceData = await getReferenceData();

export const BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: "Praktika",
  username: "praktika_test_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export const ADMIN_ID = 900001;
export const TEST_TOKEN = "123456789:TEST_TOKEN_secret_value_AAAAAAAAAA";

export type { ApiCall, ApiFailure } from "./fake-telegram.js";

export interface TestPerson {
  id: number;
  firstName: string;
  languageCode?: string | undefined;
}

/**
 * Builds the real bot over a real database and records every Bot API call it makes. Telegram
 * itself is faked only at the transport: each call gets a plausible successful result.
 */
export function createHarness(options: {
  connection: Connection;
  now?: () => Date;
  defaultLocale?: Locale;
  adminIds?: number[];
  tweakDb?: (db: Persistence) => Persistence;
  /** The Telegram to talk to; a new one when absent (pass `h.telegram` to restart a bot against the same chats). */
  telegram?: FakeTelegram;
  /** Counts updates in flight (for shutdown tests). */
  inFlight?: InFlightTracker;
  /** Retry policy of the Bot API transport. */
  transport?: TransportOptions;
  /** Policies and calendars; the bundled ones when absent. */
  reference?: ReferenceData;
  /** Logs and measures updates (the HTTP tests pass one with metrics). */
  observer?: UpdateObserver;
  /** Per-person flood control (off unless given). */
  floodControl?: FloodControlOptions;
  /** The send budget every reply goes through (none unless given). */
  sendBudget?: SendGate;
}) {
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const baseDb = createPersistence(options.connection);
  const db = options.tweakDb ? options.tweakDb(baseDb) : baseDb;
  let clock = options.now ?? (() => new Date("2026-11-23T09:00:00Z"));
  const i18n = createBotI18n((telegramId) => db.users.getLanguage(telegramId), options.defaultLocale ?? "kk");
  const deps: ServiceDeps = {
    i18n,
    config: {
      botToken: TEST_TOKEN,
      adminTelegramIds: options.adminIds ?? [ADMIN_ID],
      defaultLocale: options.defaultLocale ?? "kk",
      timezone: "Asia/Almaty",
      botApiRoot: undefined,
      publicUrl: "https://praktika.test",
    },
    db,
    logger,
    now: () => clock(),
    reference: options.reference ?? REFERENCE,
  };
  const telegram = options.telegram ?? createFakeTelegram({ clock: () => clock().getTime() });
  const calls = telegram.calls;
  let updateId = 1;
  const services = createServices(deps);
  const bot: Bot<BotContext> = createBot(services, {
    botInfo: BOT_INFO,
    fetch: telegram.fetch,
    transport: options.transport,
    inFlight: options.inFlight,
    ...(options.observer ? { observer: options.observer } : {}),
    ...(options.floodControl ? { floodControl: options.floodControl } : {}),
    ...(options.sendBudget ? { sendBudget: options.sendBudget } : {}),
  });

  function from(person: TestPerson) {
    return {
      id: person.id,
      is_bot: false,
      first_name: person.firstName,
      ...(person.languageCode ? { language_code: person.languageCode } : {}),
    };
  }

  function sendMessage(person: TestPerson, content: Record<string, unknown>): Promise<ApiCall[]> {
    return send({
      message: {
        message_id: telegram.nextMessageId(),
        date: Math.floor(clock().getTime() / 1000),
        chat: { id: person.id, type: "private", first_name: person.firstName },
        from: from(person),
        ...content,
      },
    });
  }

  async function send(update: Omit<Update, "update_id">): Promise<ApiCall[]> {
    const start = calls.length;
    await bot.handleUpdate({ update_id: updateId++, ...update });
    return calls.slice(start);
  }

  return {
    bot,
    db,
    i18n,
    calls,
    logs,
    logger,
    setNow(next: () => Date) {
      clock = next;
    },
    /** Makes Telegram refuse the next call of `failure.method` (a real Bot API error at the transport). */
    failNext(failure: ApiFailure) {
      telegram.failNext(failure);
    },
    services,
    telegram,
    /**
     * Sends what the outbox holds through the real dispatcher into the same fake Telegram (notifications
     * to other people); returns the API calls it caused. `maxMessages` sends only that many (a broadcast part-way).
     */
    async deliver(maxMessages?: number): Promise<ApiCall[]> {
      const start = calls.length;
      // The dispatcher waits on a virtual clock of its own: rate limits hold without slowing the test.
      let waited = 0;
      const dispatcher = createDispatcher({
        db,
        api: new Api(TEST_TOKEN, { fetch: telegram.fetch }),
        render: createOutboxRenderer(i18n),
        localeOf: async (telegramId) => (await db.users.getLanguage(telegramId)) ?? deps.config.defaultLocale,
        now: () => new Date(clock().getTime() + waited),
        sleep: (ms) => ((waited += ms), Promise.resolve()),
        rate: { globalPerSecond: 30, perChatMinIntervalMs: 1000 },
        logger,
      });
      await dispatcher.drain(maxMessages);
      // Gives the leader lock back, so the next deliver() is not kept waiting for its lease.
      await dispatcher.stop();
      return calls.slice(start);
    },
    /** Sends a raw update (groups, inline buttons…); returns the API calls it caused. */
    send,
    /** Sends a text message (commands included) from `person`; returns the API calls it caused. */
    async text(person: TestPerson, text: string): Promise<ApiCall[]> {
      const command = /^\/\w+/.exec(text);
      return sendMessage(person, {
        text,
        ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      });
    },
    /** Edits an earlier text message of `person` (an `edited_message` update). */
    async edit(person: TestPerson, text: string): Promise<ApiCall[]> {
      return send({
        edited_message: {
          message_id: telegram.nextMessageId() - 1,
          date: Math.floor(clock().getTime() / 1000),
          edit_date: Math.floor(clock().getTime() / 1000),
          chat: { id: person.id, type: "private", first_name: person.firstName },
          from: from(person),
          text,
        },
      });
    },
    /** Sends a non-text message (a sticker) from `person`. */
    async sticker(person: TestPerson): Promise<ApiCall[]> {
      return sendMessage(person, {
        sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false },
      });
    },
    /** Sends a document (a file) from `person`. */
    async document(
      person: TestPerson,
      fileName: string,
      mimeType = "application/pdf",
      /** The file's bytes (served to getFile and the file URL) or just its declared size. */
      file: { bytes?: Uint8Array; size?: number; caption?: string } = {},
    ): Promise<ApiCall[]> {
      const fileId = `f-${fileName}`;
      if (file.bytes) telegram.serveFile(fileId, file.bytes);
      return sendMessage(person, {
        document: {
          file_id: fileId,
          file_unique_id: `u-${fileName}`,
          file_name: fileName,
          mime_type: mimeType,
          file_size: file.size ?? file.bytes?.length ?? 1024,
        },
        ...(file.caption ? { caption: file.caption } : {}),
      });
    },
    /** Sends a photo (with a caption when given) from `person`. */
    async photo(person: TestPerson, id: string, caption?: string): Promise<ApiCall[]> {
      return sendMessage(person, {
        photo: [
          { file_id: `p-${id}-s`, file_unique_id: `up-${id}-s`, width: 90, height: 90 },
          { file_id: `p-${id}`, file_unique_id: `up-${id}`, width: 800, height: 800 },
        ],
        ...(caption ? { caption } : {}),
      });
    },
    /** Sends a voice message from `person`. */
    async voice(person: TestPerson): Promise<ApiCall[]> {
      return sendMessage(person, { voice: { file_id: "v", file_unique_id: "uv", duration: 5 } });
    },
    /** Presses a button with `data` under the bot message `messageId` (default: the last message with a keyboard). */
    async press(person: TestPerson, data: string, messageIdOverride?: number): Promise<ApiCall[]> {
      const target = messageIdOverride ?? lastKeyboardMessageId(person.id);
      return send({
        callback_query: {
          id: String(telegram.nextMessageId()),
          chat_instance: "ci",
          from: from(person),
          data,
          // Telegram attaches the message with the keyboard it shows now.
          message: {
            message_id: target,
            date: Math.floor(clock().getTime() / 1000),
            chat: { id: person.id, type: "private", first_name: person.firstName },
            text: "",
            ...(telegram.keyboardOf(target) ? { reply_markup: telegram.keyboardOf(target) } : {}),
          },
        },
      });
    },
    /** Texts the bot sent to `chatId`, oldest first. */
    sentTexts(chatId: number): string[] {
      return telegram.sentTexts(chatId);
    },
    lastText(chatId: number): string {
      const texts = this.sentTexts(chatId);
      return texts[texts.length - 1] ?? "";
    },
    /** The callback data of the buttons of the last keyboard sent to `chatId`. */
    lastButtons(chatId: number): string[] {
      const call = lastKeyboardCall(chatId);
      const rows = (call?.payload["reply_markup"]?.inline_keyboard ?? []) as Array<Array<{ callback_data: string }>>;
      return rows.flat().map((b) => b.callback_data);
    },
    /** The translation the user should see, for assertions independent of wording changes. */
    t(locale: Locale, key: string, vars?: Record<string, string | number>): string {
      return i18n.t(locale, key, vars);
    },
  };

  function lastKeyboardCall(chatId: number): ApiCall | undefined {
    return calls
      .filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === chatId && c.payload["reply_markup"]?.inline_keyboard)
      .at(-1);
  }
  function lastKeyboardMessageId(chatId: number): number {
    const call = lastKeyboardCall(chatId);
    if (!call) throw new Error("no keyboard was sent");
    return call.result.message_id as number;
  }
}
