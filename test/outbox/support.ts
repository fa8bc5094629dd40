import { Api } from "grammy";
import pino from "pino";
import type { Connection } from "mongoose";
import { createI18n } from "../../src/bot/i18n.js";
import type { Locale } from "../../src/config/config.js";
import { localesDir } from "../../src/paths.js";
import { createPersistence, type Persistence } from "../../src/persistence/create-persistence.js";
import { createDispatcher, createOutbox, createOutboxRenderer, type DispatcherDeps } from "../../src/services/outbox/index.js";

const T0 = new Date("2026-11-23T09:00:00Z");
const TOKEN = "123456789:TEST_TOKEN_secret_value_AAAAAAAAAA";

/** The real translations from locales/ (the bot's i18n, without a bot). */
export const i18n = createI18n({ localesDir: localesDir(), defaultLocale: "kk", resolveLocale: () => null });
const render = createOutboxRenderer(i18n);

/** A settable clock whose `sleep` advances time instead of waiting. */
export function createClock(start = T0) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    ms: () => t,
    sleep: async (ms: number): Promise<void> => {
      t += ms;
      await Promise.resolve();
    },
    advance(ms: number): void {
      t += ms;
    },
  };
}
export type Clock = ReturnType<typeof createClock>;

export interface FakeCall {
  /** Time (of the clock the fake was given) at which Telegram received the call. */
  at: number;
  method: string;
  chatId: number;
  payload: Record<string, any>;
  /** `ok` or the error code Telegram answered with; `network` if the request failed. */
  outcome: "ok" | number | "network";
}

/**
 * A Bot API error; `network`: the request fails in grammY's fetch (grammY throws an HttpError);
 * `thrown`: the transport throws a raw error (an unexpected failure).
 */
type Answer = { errorCode: number; description: string; retryAfter?: number } | "network" | "thrown";

/** What node-fetch throws: its message quotes the URL, token included. */
function fetchError(method: string): Error {
  return Object.assign(new Error(`request to https://api.telegram.org/bot${TOKEN}/${method} failed, reason: socket hang up`), {
    name: "FetchError",
    code: "ECONNRESET",
  });
}

/**
 * Telegram faked at the transport: a real grammY Api whose transformer records every call and answers
 * with a message, or with a scripted Bot API error (grammY turns it into a GrammyError / HttpError).
 */
export function createFakeTelegram(clock: { ms(): number }) {
  const calls: FakeCall[] = [];
  const scripted = new Map<number, Answer[]>();
  const gates = new Map<number, Promise<void>>();
  let messageId = 5000;
  const api = new Api(TOKEN, {
    fetch: (url: string) => Promise.reject(fetchError(String(url).split("/").pop() ?? "")),
  });
  api.config.use(async (prev, method, payload, signal) => {
    const chatId = Number((payload as any).chat_id);
    const gate = gates.get(chatId);
    if (gate) await gate;
    const call: FakeCall = { at: clock.ms(), method, chatId, payload: payload as any, outcome: "ok" };
    calls.push(call);
    const answer = scripted.get(chatId)?.shift();
    if (answer === "network" || answer === "thrown") {
      call.outcome = "network";
      if (answer === "thrown") throw fetchError(method);
      return prev(method, payload, signal);
    }
    if (answer) {
      call.outcome = answer.errorCode;
      return {
        ok: false,
        error_code: answer.errorCode,
        description: answer.description,
        ...(answer.retryAfter !== undefined ? { parameters: { retry_after: answer.retryAfter } } : {}),
      } as any;
    }
    return {
      ok: true,
      result: { message_id: ++messageId, date: Math.floor(clock.ms() / 1000), chat: { id: chatId, type: "private" }, text: "" },
    } as any;
  });
  return {
    api,
    calls,
    /** Telegram answers the next calls to `chatId` with these errors, in order. */
    script(chatId: number, ...answers: Answer[]): void {
      scripted.set(chatId, [...(scripted.get(chatId) ?? []), ...answers]);
    },
    /** Calls to `chatId` wait until the returned function is called. */
    hold(chatId: number): () => void {
      let open!: () => void;
      gates.set(chatId, new Promise<void>((resolve) => (open = resolve)));
      return () => {
        gates.delete(chatId);
        open();
      };
    },
    sentTo(chatId: number): FakeCall[] {
      return calls.filter((c) => c.chatId === chatId && c.outcome === "ok");
    },
  };
}
export type FakeTelegram = ReturnType<typeof createFakeTelegram>;

const silentLogger = pino({ level: "silent" });

/** Persistence, outbox and a dispatcher factory over one test database. */
export function createWorld(connection: Connection, clock: Clock, telegram: FakeTelegram) {
  const db: Persistence = createPersistence(connection);
  const outbox = createOutbox({ db, now: clock.now });
  const localeOf = async (id: number): Promise<Locale> => (await db.users.getLanguage(id)) ?? "kk";
  function dispatcher(overrides: Partial<DispatcherDeps> = {}) {
    return createDispatcher({
      db,
      api: telegram.api,
      render,
      localeOf,
      now: clock.now,
      sleep: clock.sleep,
      logger: silentLogger,
      ...overrides,
    });
  }
  return { db, outbox, dispatcher };
}

/** A message with a locale key to `chat`. */
export function notice(chat: number, dedupeKey = `test:${chat}`, department = "CS") {
  return {
    recipient: chat,
    kind: "test",
    dedupeKey,
    payload: { key: "outbox-announcement-title", params: { department } },
  };
}

/** The most messages the fake received inside any window of `windowMs` (sliding, by receive time). */
export function maxInWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while (sorted[to]! - sorted[from]! >= windowMs) from++;
    max = Math.max(max, to - from + 1);
  }
  return max;
}

/** The shortest gap between two messages received by one chat (Infinity if no chat got two). */
export function minChatInterval(calls: readonly FakeCall[]): number {
  const last = new Map<number, number>();
  let min = Infinity;
  for (const call of [...calls].sort((a, b) => a.at - b.at)) {
    const previous = last.get(call.chatId);
    if (previous !== undefined) min = Math.min(min, call.at - previous);
    last.set(call.chatId, call.at);
  }
  return min;
}
