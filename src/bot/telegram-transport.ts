/**
 * The Bot API transport every call goes through (the bot's own `Api` and the fresh `Api` the
 * conversations plugin builds for each scene context), as a `fetch` wrapper:
 *
 * - **429**: waits `retry_after` and tries again. This lives at the transport, not in
 *   `@grammyjs/auto-retry`: a transformer installed on a scene's `Api` wraps the plugin's recorder,
 *   so a recorded 429 is slept again on every replay of the scene. Below the recorder, a 429 costs
 *   one wait, once, and the scene records only the final answer.
 * - **5xx and network errors**: a few retries with backoff.
 * - **400 "message is not modified"**: the edit asked for is already on screen, so it is a success
 *   (a double tap must not turn into "something failed").
 * - **The send budget** (optional `gate`): every message (send, copy, forward, edit) waits for a slot of the
 *   token's one budget and its chat's pace before it goes out, and a 429 pauses every sender, in every process.
 */
/** The part of the send budget (src/services/send-budget) the transport needs. */
export interface SendGate {
  acquire(priority: "interactive" | "bulk", chat?: number): Promise<{ done(completedAt: number): void; cancel(): void }>;
  pause(until: number): void;
  now(): number;
}

/** Methods that put a message in a chat and count against Telegram's limits (sendChatAction does not). */
const METERED = /^(send(?!ChatAction)|copyMessages?$|forwardMessages?$|editMessage)/;

function methodOf(input: string | URL | Request): string {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  return url.slice(url.lastIndexOf("/") + 1).split("?")[0] ?? "";
}

/** The numeric chat of a JSON request (a multipart upload is metered globally only). */
function chatOf(init: RequestInit | undefined): number | undefined {
  if (typeof init?.body !== "string") return undefined;
  try {
    const chat = (JSON.parse(init.body) as { chat_id?: unknown }).chat_id;
    return typeof chat === "number" ? chat : undefined;
  } catch {
    return undefined;
  }
}

export interface TransportOptions {
  /** Longest total time one call may spend waiting for Telegram's rate limit (default 5 minutes). */
  maxRateLimitWaitMs?: number;
  /** Retries after a 5xx answer or a network error (default 3). */
  serverErrorRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The send budget and this client's priority: the bot's replies are interactive. */
  gate?: SendGate | undefined;
  priority?: "interactive" | "bulk";
}

interface BotApiAnswer {
  ok: boolean;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

const defaultSleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

export function createTelegramFetch(base: typeof fetch, options: TransportOptions = {}): typeof fetch {
  const maxWait = options.maxRateLimitWaitMs ?? 5 * 60_000;
  const retries = options.serverErrorRetries ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  const { gate } = options;
  const priority = options.priority ?? "interactive";

  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    let waited = 0;
    const metered = gate !== undefined && METERED.test(methodOf(input));
    const chat = metered ? chatOf(init) : undefined;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      const ticket = metered ? await gate.acquire(priority, chat) : undefined;
      const settle = (): void => {
        if (ticket && gate) ticket.done(gate.now());
      };
      try {
        response = await base(input, init);
      } catch (error) {
        settle();
        if (init?.signal?.aborted || attempt >= retries) throw error;
        await sleep(500 * 2 ** attempt);
        continue;
      }
      settle();
      const text = await response.text();
      let answer: BotApiAnswer | undefined;
      try {
        answer = JSON.parse(text) as BotApiAnswer;
      } catch {
        answer = undefined;
      }
      const code = answer?.error_code ?? response.status;
      const retryAfterMs = (answer?.parameters?.retry_after ?? 0) * 1000;
      // Telegram counts the token as a whole: everyone waits, not only this call.
      if (code === 429 && retryAfterMs > 0 && gate) gate.pause(gate.now() + retryAfterMs);
      if (code === 429 && retryAfterMs > 0 && waited + retryAfterMs <= maxWait) {
        waited += retryAfterMs;
        await sleep(retryAfterMs);
        continue;
      }
      if (code >= 500 && attempt < retries) {
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (code === 400 && /message is not modified/i.test(answer?.description ?? "")) return jsonResponse({ ok: true, result: true });
      return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
    }
  };
}
