/**
 * A fake Telegram Bot API for the crash benchmark, on 127.0.0.1: `getUpdates` with Telegram's offset rule
 * (an update is kept until a call with a larger offset confirms it) and long polling; sent and edited messages
 * are recorded per chat with their inline keyboards, so a scripted user can press the buttons the bot shows.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatEvent {
  method: string;
  messageId: number;
  text: string;
  /** callback_data of the message's inline keyboard after this call (empty when none). */
  buttons: string[];
}

const BOT = { id: 7_000_000_002, is_bot: true, first_name: "Praktika", username: "praktika_crash_bot" };

export async function startPollingBotApi() {
  let updates: Array<Record<string, unknown> & { update_id: number }> = [];
  let nextUpdateId = 1;
  let nextMessageId = 1;
  const wake: Array<() => void> = [];
  const keyboards = new Map<number, unknown>();
  const events = new Map<number, ChatEvent[]>();
  const eventWaiters: Array<() => void> = [];
  const answeredCallbacks = new Set<string>();

  function record(chatId: number, event: ChatEvent): void {
    events.set(chatId, [...(events.get(chatId) ?? []), event]);
    for (const w of eventWaiters.splice(0)) w();
  }
  const buttonsOf = (markup: unknown): string[] =>
    ((markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined)?.inline_keyboard ?? [])
      .flat()
      .map((b) => b.callback_data ?? "");

  async function getUpdates(p: Record<string, unknown>): Promise<unknown[]> {
    if (typeof p["offset"] === "number") updates = updates.filter((u) => u.update_id >= (p["offset"] as number));
    const deadline = Date.now() + Number(p["timeout"] ?? 0) * 1000;
    while (updates.length === 0 && Date.now() < deadline) {
      await new Promise<void>((done) => {
        const timer = setTimeout(done, Math.max(0, deadline - Date.now()));
        wake.push(() => (clearTimeout(timer), done()));
      });
    }
    return updates.slice(0, Number(p["limit"] ?? 100));
  }

  async function answer(method: string, p: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "getMe":
        return BOT;
      case "getUpdates":
        return getUpdates(p);
      case "sendMessage": {
        const messageId = nextMessageId++;
        const chatId = Number(p["chat_id"]);
        if (p["reply_markup"]) keyboards.set(messageId, p["reply_markup"]);
        record(chatId, { method, messageId, text: typeof p["text"] === "string" ? p["text"] : "", buttons: buttonsOf(p["reply_markup"]) });
        return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, text: p["text"] };
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const messageId = Number(p["message_id"]);
        const chatId = Number(p["chat_id"]);
        if (p["reply_markup"]) keyboards.set(messageId, p["reply_markup"]);
        else keyboards.delete(messageId);
        record(chatId, { method, messageId, text: typeof p["text"] === "string" ? p["text"] : "", buttons: buttonsOf(p["reply_markup"]) });
        return { message_id: messageId, date: 0, chat: { id: chatId, type: "private" }, text: p["text"] ?? "" };
      }
      case "answerCallbackQuery":
        answeredCallbacks.add(String(p["callback_query_id"]));
        for (const w of eventWaiters.splice(0)) w();
        return true;
      default:
        return true;
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => {
      const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? "")?.[1] ?? "";
      let p: Record<string, unknown>;
      try {
        p = raw && (req.headers["content-type"] ?? "").includes("json") ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        p = {};
      }
      void answer(method, p).then((result) => {
        if (res.destroyed) return;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
      });
    });
  });
  // Longer than any client's idle socket, so a client never reuses a socket the server is closing (ECONNRESET).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    /** Makes an update arrive (Telegram assigns the next update_id). */
    queue(update: Record<string, unknown>): void {
      updates.push({ update_id: nextUpdateId++, ...update });
      for (const w of wake.splice(0)) w();
    },
    events(chatId: number): ChatEvent[] {
      return events.get(chatId) ?? [];
    },
    /** Whether the bot answered the callback query with this id. */
    answered(callbackQueryId: string): boolean {
      return answeredCallbacks.has(callbackQueryId);
    },
    keyboardOf(messageId: number): unknown {
      return keyboards.get(messageId);
    },
    /** Resolves when `probe` holds (checked on every recorded event), or rejects after `timeoutMs`. */
    async until(probe: () => boolean, timeoutMs: number): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!probe()) {
        if (Date.now() > deadline) throw new Error("timed out");
        await new Promise<void>((done) => {
          const timer = setTimeout(done, 200);
          eventWaiters.push(() => (clearTimeout(timer), done()));
        });
      }
    },
    unconfirmed: (): number => updates.length,
    async stop(): Promise<void> {
      for (const w of wake.splice(0)) w();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
export type PollingBotApi = Awaited<ReturnType<typeof startPollingBotApi>>;
