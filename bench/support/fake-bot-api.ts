/**
 * A fake Telegram Bot API for benchmarks, listening on 127.0.0.1 only. It enforces Telegram's limits the
 * strict way: a message that would make more than `perSecond` accepted messages in ANY one-second window,
 * or a second message to one chat within one second, is refused with HTTP 429 and `parameters.retry_after`.
 * It counts every accepted message per chat (duplicates and losses are read from these counts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

export interface FakeBotApiOptions {
  /** Time Telegram takes to answer (ms); the message is counted when the request arrives. */
  latencyMs?: number;
  perSecond?: number;
  chatIntervalMs?: number;
}

export interface FakeBotApiStats {
  accepted: number;
  rejected429: number;
  /** Accepted messages per chat id. */
  perChat: Map<number, number>;
  /** performance.now() of the first and last accepted message. */
  firstAt: number;
  lastAt: number;
}

export async function startFakeBotApi(options: FakeBotApiOptions = {}) {
  const latencyMs = options.latencyMs ?? 20;
  const perSecond = options.perSecond ?? 30;
  const chatIntervalMs = options.chatIntervalMs ?? 1000;
  const window: number[] = []; // accepted times within the last second, oldest first
  const lastByChat = new Map<number, number>();
  const stats: FakeBotApiStats = { accepted: 0, rejected429: 0, perChat: new Map(), firstAt: NaN, lastAt: NaN };
  let messageId = 0;
  /** Called as each message is accepted, before it is answered (the kill scenario kills the sender right there). */
  let onAccepted: ((accepted: number) => void) | undefined;

  function answer(res: ServerResponse, status: number, body: unknown): void {
    setTimeout(() => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    }, latencyMs);
  }

  function tooMany(res: ServerResponse, retryAfter: number): void {
    stats.rejected429++;
    answer(res, 429, {
      ok: false,
      error_code: 429,
      description: `Too Many Requests: retry after ${retryAfter}`,
      parameters: { retry_after: retryAfter },
    });
  }

  function handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const now = performance.now();
    const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? "")?.[1];
    if (req.method !== "POST" || !method) return answer(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    let payload: Record<string, unknown>;
    try {
      payload = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return answer(res, 400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
    }
    if (!["sendMessage", "sendPhoto", "sendDocument"].includes(method)) return answer(res, 200, { ok: true, result: true });
    const chatId = Number(payload["chat_id"]);
    if (!Number.isSafeInteger(chatId)) return answer(res, 400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });

    while (window.length > 0 && window[0]! <= now - 1000) window.shift();
    if (window.length >= perSecond) return tooMany(res, Math.max(1, Math.ceil((window[0]! + 1000 - now) / 1000)));
    const last = lastByChat.get(chatId);
    if (last !== undefined && now - last < chatIntervalMs)
      return tooMany(res, Math.max(1, Math.ceil((last + chatIntervalMs - now) / 1000)));

    window.push(now);
    lastByChat.set(chatId, now);
    stats.accepted++;
    stats.perChat.set(chatId, (stats.perChat.get(chatId) ?? 0) + 1);
    if (Number.isNaN(stats.firstAt)) stats.firstAt = now;
    stats.lastAt = now;
    onAccepted?.(stats.accepted);
    answer(res, 200, {
      ok: true,
      result: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, text: "" },
    });
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => handle(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;

  return {
    /** Bot API root for grammY's `apiRoot`. */
    apiRoot: `http://127.0.0.1:${port}`,
    stats,
    onAccepted(callback: (accepted: number) => void): void {
      onAccepted = callback;
    },
    /** Recipients among `expected` that got nothing, and messages beyond the first per chat. */
    tally(expected: readonly number[]): { lost: number; duplicates: number } {
      let lost = 0;
      let duplicates = 0;
      for (const chat of expected) {
        const n = stats.perChat.get(chat) ?? 0;
        if (n === 0) lost++;
        else duplicates += n - 1;
      }
      return { lost, duplicates };
    },
    async close(): Promise<void> {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
export type FakeBotApi = Awaited<ReturnType<typeof startFakeBotApi>>;
