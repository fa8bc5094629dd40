import type { InlineKeyboardMarkup } from "grammy/types";

/**
 * A fake Telegram Bot API at the transport: a `fetch` that records every call and answers it with a
 * plausible result, or with a Bot API error queued by the test. The bot, cron jobs and the outbox
 * can all be pointed at the same fake (`createBot(services, { fetch: telegram.fetch })`).
 */

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
  result: any;
  /** When the call reached the transport (the fake's clock). */
  at: number;
}

/** A Bot API error Telegram will answer the next call of `method` with (any method when `method` is "*"). */
export interface ApiFailure {
  method: string;
  errorCode: number;
  description: string;
  /** For 429: seconds to wait, as Telegram's `parameters.retry_after`. */
  retryAfter?: number;
}

export function createFakeTelegram(
  options: { clock?: () => number; /** Answers after this many ms (a slow network). */ delayMs?: number } = {},
) {
  const clock = options.clock ?? (() => Date.now());
  const calls: ApiCall[] = [];
  const failures: ApiFailure[] = [];
  let messageId = 1000;
  /** Bytes of files the test registered (served by getFile and the file download URL). */
  const files = new Map<string, Uint8Array>();
  /** The inline keyboard each bot message carries now (sends and edits keep it current). */
  const keyboards = new Map<number, InlineKeyboardMarkup>();

  function trackKeyboard(method: string, p: Record<string, any>, result: any): void {
    const id = method.startsWith("send") ? result?.message_id : p["message_id"];
    if (typeof id !== "number") return;
    const markup = p["reply_markup"]?.inline_keyboard ? p["reply_markup"] : undefined;
    if (markup) keyboards.set(id, markup);
    else if (method.startsWith("send") || method === "editMessageText" || method === "editMessageReplyMarkup") keyboards.delete(id);
  }

  const json = (body: unknown): Response => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });

  function resultFor(method: string, p: Record<string, any>): unknown {
    switch (method) {
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
        return { message_id: ++messageId, date: 0, chat: { id: p["chat_id"], type: "private" }, text: p["text"] ?? "" };
      case "editMessageText":
      case "editMessageReplyMarkup":
        return {
          message_id: p["message_id"] ?? messageId,
          date: 0,
          chat: { id: p["chat_id"] ?? 0, type: "private" },
          text: p["text"] ?? "",
        };
      case "getFile": {
        const registered = files.get(String(p["file_id"]));
        return {
          file_id: p["file_id"],
          file_unique_id: `u-${String(p["file_id"])}`,
          file_size: registered?.length ?? 1024,
          file_path: `documents/${String(p["file_id"])}`,
        };
      }
      default:
        return true;
    }
  }

  /** A file download (`/file/bot<token>/<file_path>`): the registered bytes, or 404 as Telegram answers. */
  function download(url: string): Response {
    const fileId = decodeURIComponent(url.split("/").pop() ?? "");
    const bytes = files.get(fileId);
    calls.push({ method: "downloadFile", payload: { file_id: fileId }, result: bytes ? bytes.length : null, at: clock() });
    return bytes ? new Response(bytes) : new Response("Not Found", { status: 404 });
  }

  /** The fields of a multipart call (sendDocument with an uploaded file); files as their bytes. */
  async function multipart(init: RequestInit): Promise<Record<string, any>> {
    const body = init.body as unknown;
    const chunks: Uint8Array[] = [];
    if (body && typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === "function") {
      for await (const chunk of body as AsyncIterable<Uint8Array | string>)
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    } else chunks.push(new Uint8Array(await new Response(body as ConstructorParameters<typeof Response>[0]).arrayBuffer()));
    const raw = Buffer.concat(chunks);
    const boundary = /boundary=("?)([^";]+)\1/.exec(new Headers(init.headers).get("content-type") ?? "")?.[2];
    const out: Record<string, any> = {};
    if (!boundary) return out;
    const delimiter = Buffer.from(`--${boundary}`);
    let at = raw.indexOf(delimiter);
    while (at >= 0) {
      const next = raw.indexOf(delimiter, at + delimiter.length);
      if (next < 0) break;
      const part = raw.subarray(at + delimiter.length, next);
      at = next;
      const headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0) continue;
      const head = part.subarray(0, headerEnd).toString();
      let body = part.subarray(headerEnd + 4);
      if (body.subarray(-2).toString() === "\r\n") body = body.subarray(0, -2);
      const name = /[^e]name="?([^";\r\n]*)"?/.exec(head)?.[1];
      if (!name) continue;
      const fileName = /filename="?([^";\r\n]*)"?/.exec(head)?.[1];
      const text = body.toString();
      out[name] = fileName !== undefined ? { fileName, bytes: Buffer.from(body) } : /^[[{]/.test(text) ? JSON.parse(text) : text;
    }
    if (typeof out["chat_id"] === "string" && /^-?\d+$/.test(out["chat_id"])) out["chat_id"] = Number(out["chat_id"]);
    // grammY names the uploaded part and refers to it as "attach://<name>".
    for (const [key, value] of Object.entries(out)) {
      if (typeof value === "string" && value.startsWith("attach://")) out[key] = out[value.slice("attach://".length)] ?? value;
    }
    return out;
  }

  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url.includes("/file/bot")) return download(url);
    const method = url.split("/").pop() ?? "";
    const p = (typeof init?.body === "string" ? JSON.parse(init.body) : init?.body ? await multipart(init) : {}) as Record<string, any>;
    const at = clock();
    const failure = failures.findIndex((f) => f.method === method || f.method === "*");
    if (failure >= 0) {
      const [{ errorCode, description, retryAfter }] = failures.splice(failure, 1) as [ApiFailure];
      const body = {
        ok: false,
        error_code: errorCode,
        description,
        ...(retryAfter !== undefined ? { parameters: { retry_after: retryAfter } } : {}),
      };
      calls.push({ method, payload: p, result: body, at });
      return json(body);
    }
    const result = resultFor(method, p);
    trackKeyboard(method, p, result);
    calls.push({ method, payload: p, result, at });
    const answer = json({ ok: true, result });
    return options.delayMs ? await new Promise<Response>((done) => setTimeout(() => done(answer), options.delayMs)) : answer;
  }) as typeof fetch;

  return {
    fetch: fakeFetch,
    calls,
    /** Makes Telegram refuse the next call of `failure.method` (a real Bot API error at the transport). */
    failNext(failure: ApiFailure): void {
      failures.push(failure);
    },
    /** The inline keyboard message `id` shows now, as Telegram would attach it to a button press. */
    keyboardOf(id: number): InlineKeyboardMarkup | undefined {
      return keyboards.get(id);
    },
    /** Makes `fileId` downloadable with these bytes (getFile reports their size). */
    registerFile(fileId: string, bytes: Uint8Array): void {
      files.set(fileId, bytes);
    },
    nextMessageId(): number {
      return ++messageId;
    },
    /** Texts sent to `chatId`, oldest first. */
    sentTexts(chatId: number): string[] {
      return calls.filter((c) => c.method === "sendMessage" && c.payload["chat_id"] === chatId).map((c) => String(c.payload["text"]));
    },
  };
}
export type FakeTelegram = ReturnType<typeof createFakeTelegram>;
