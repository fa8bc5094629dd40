import type { InlineKeyboardMarkup, Update } from "grammy/types";

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

/** A file part of a multipart upload (sendDocument with an InputFile). */
export interface UploadedPart {
  field: string;
  fileName: string;
  bytes: Buffer;
}

/** Reads grammY's multipart/form-data body: fields (numbers and JSON decoded) and, under `_files`, the uploaded files. */
async function parseMultipart(init: RequestInit): Promise<Record<string, any>> {
  const headers = new Headers(init.headers);
  const boundary = /boundary=(.+)$/.exec(headers.get("content-type") ?? "")?.[1];
  const chunks: Buffer[] = [];
  for await (const chunk of init.body as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  const body = Buffer.concat(chunks);
  const out: Record<string, any> = {};
  if (!boundary) return out;
  const files: UploadedPart[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    if (split >= 0) {
      const head = part.subarray(0, split).toString("utf8");
      const content = part.subarray(split + 4);
      const name = /name="([^"]+)"/.exec(head)?.[1] ?? "";
      const fileName = /filename="?([^"\r\n]*)"?/.exec(head)?.[1];
      if (fileName !== undefined) files.push({ field: name, fileName, bytes: Buffer.from(content) });
      else {
        const text = content.toString("utf8");
        out[name] = /^-?\d+$/.test(text) ? Number(text) : /^[[{]/.test(text) ? (JSON.parse(text) as unknown) : text;
      }
    }
    start = next;
  }
  out["_files"] = files;
  return out;
}

export function createFakeTelegram(
  options: { clock?: () => number; /** Answers after this many ms (a slow network). */ delayMs?: number } = {},
) {
  const clock = options.clock ?? (() => Date.now());
  const calls: ApiCall[] = [];
  const failures: ApiFailure[] = [];
  let messageId = 1000;
  /** The inline keyboard each bot message carries now (sends and edits keep it current). */
  const keyboards = new Map<number, InlineKeyboardMarkup>();
  /** Bytes of files users "sent", by file id: served by getFile and the Bot API file URL. */
  const files = new Map<string, Uint8Array>();
  /** Updates Telegram holds for getUpdates until an offset past them confirms them. */
  let updates: Update[] = [];
  let nextUpdateId = 500_000;
  let updateArrived: Array<() => void> = [];

  /** getUpdates as Telegram answers it: confirms ids below `offset`, returns up to `limit`, long-polls `timeout` s. */
  async function getUpdates(p: Record<string, any>, signal: AbortSignal | null | undefined): Promise<Update[]> {
    if (typeof p["offset"] === "number") updates = updates.filter((u) => u.update_id >= p["offset"]);
    const deadline = Date.now() + Number(p["timeout"] ?? 0) * 1000;
    while (updates.length === 0 && Date.now() < deadline) {
      if (signal?.aborted) throw new DOMException("The operation was aborted.", "AbortError");
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, deadline - Date.now());
        updateArrived.push(() => (clearTimeout(timer), wake()));
        signal?.addEventListener("abort", () => (clearTimeout(timer), wake()), { once: true });
      });
    }
    if (signal?.aborted) throw new DOMException("The operation was aborted.", "AbortError");
    return updates.slice(0, Number(p["limit"] ?? 100));
  }

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
      case "getFile":
        return {
          file_id: p["file_id"],
          file_unique_id: `u-${String(p["file_id"])}`,
          file_size: files.get(String(p["file_id"]))?.length ?? 1024,
          file_path: `documents/${String(p["file_id"])}`,
        };
      default:
        return true;
    }
  }

  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const at = clock();
    // The Bot API file URL (<root>/file/bot<token>/<file_path>): the bytes a test registered.
    const download = /\/file\/bot[^/]+\/documents\/([^/]+)$/.exec(url);
    if (download) {
      const bytes = files.get(decodeURIComponent(download[1]!));
      calls.push({ method: "downloadFile", payload: { file_id: download[1] }, result: bytes?.length ?? null, at });
      return bytes
        ? new Response(bytes, { headers: { "content-length": String(bytes.length) } })
        : new Response("Not Found", { status: 404 });
    }
    const method = url.split("/").pop() ?? "";
    const p = (typeof init?.body === "string" ? JSON.parse(init.body) : init?.body ? await parseMultipart(init) : {}) as Record<
      string,
      any
    >;
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
    if (method === "getUpdates") return json({ ok: true, result: await getUpdates(p, init?.signal) });
    const result = resultFor(method, p);
    trackKeyboard(method, p, result);
    calls.push({ method, payload: p, result, at });
    const answer = json({ ok: true, result });
    return options.delayMs ? new Promise<Response>((done) => setTimeout(() => done(answer), options.delayMs)) : answer;
  }) as typeof fetch;

  return {
    fetch: fakeFetch,
    calls,
    /** Makes an update arrive for getUpdates (long polling); returns it with the update_id Telegram gave it. */
    queueUpdate(update: Omit<Update, "update_id">): Update {
      const full = { update_id: nextUpdateId++, ...update };
      updates.push(full);
      const waiting = updateArrived;
      updateArrived = [];
      for (const wake of waiting) wake();
      return full;
    },
    /** Updates Telegram still holds (not yet confirmed by an offset past them). */
    unconfirmedUpdates(): Update[] {
      return [...updates];
    },
    /** Makes Telegram refuse the next call of `failure.method` (a real Bot API error at the transport). */
    failNext(failure: ApiFailure): void {
      failures.push(failure);
    },
    /** The inline keyboard message `id` shows now, as Telegram would attach it to a button press. */
    keyboardOf(id: number): InlineKeyboardMarkup | undefined {
      return keyboards.get(id);
    },
    /** Registers the bytes of a file a user sends, served by getFile and the file URL. */
    serveFile(fileId: string, bytes: Uint8Array): void {
      files.set(fileId, bytes);
    },
    /** Documents the bot sent to `chatId` (sendDocument with an uploaded file), oldest first. */
    sentDocuments(chatId: number): { fileName: string; bytes: Buffer; caption: string }[] {
      return calls
        .filter((c) => c.method === "sendDocument" && c.payload["chat_id"] === chatId)
        .flatMap((c) =>
          ((c.payload["_files"] ?? []) as UploadedPart[]).map((f) => ({
            fileName: f.fileName,
            bytes: f.bytes,
            caption: String(c.payload["caption"] ?? ""),
          })),
        );
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
