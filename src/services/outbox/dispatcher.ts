import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as delay } from "node:timers/promises";
import { Api, GrammyError, HttpError } from "grammy";
import type { Message } from "grammy/types";
import { z } from "zod";
import type { Locale } from "../../config/config.js";
import { TELEGRAM_MAX_MESSAGES_PER_SECOND, TELEGRAM_MIN_CHAT_INTERVAL_MS, retryDelayMs } from "../../domain/delivery/outbox.js";
import type { Logger } from "../../logging/logger.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { OutboxMessageRecord } from "../../persistence/models/outbox-message.model.js";
import type { OutboxCompletion } from "../../persistence/repositories/outbox.repository.js";
import { groupedReminderKind } from "../../domain/reminders/reminder-kinds.js";
import { prepareGroupedDelivery } from "./grouped-delivery.js";
import type { OutboxRender } from "./render.js";
import { createRateLimiter, type RateTicket } from "./rate-limiter.js";

/** Name of the leader lock: one dispatcher sends at a time per deployment (per database). */
export const DISPATCHER_LOCK = "outbox-dispatcher";

/** The Bot API methods the dispatcher uses: a grammY `Api` WITHOUT auto-retry (429s and retries are handled here). */
export type OutboxApi = Pick<Api, "sendMessage" | "sendPhoto" | "sendDocument">;

/**
 * The dispatcher's own Bot API client: no auto-retry (it would sleep inside the call on a 429 while other sends
 * go on, and retry 5xx behind the outbox's back), and a request timeout well inside a message's lease
 * (`timeoutSeconds` < leaseMs / 3), so a hung request is retried instead of outliving its lease.
 */
export function createOutboxApi(token: string, options: { apiRoot?: string | undefined; timeoutSeconds?: number } = {}): Api {
  return new Api(token, { timeoutSeconds: options.timeoutSeconds ?? 10, ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}) });
}

const optionsSchema = z.object({
  rate: z
    .object({
      globalPerSecond: z.number().int().min(1).max(TELEGRAM_MAX_MESSAGES_PER_SECOND).default(25),
      perChatMinIntervalMs: z.number().int().min(TELEGRAM_MIN_CHAT_INTERVAL_MS).default(TELEGRAM_MIN_CHAT_INTERVAL_MS),
    })
    .default({ globalPerSecond: 25, perChatMinIntervalMs: TELEGRAM_MIN_CHAT_INTERVAL_MS }),
  leaseMs: z.number().int().min(3_000).default(30_000),
  maxAttempts: z.number().int().min(1).max(50).default(5),
  retryBaseMs: z.number().int().min(1).default(5_000),
  retryMaxMs: z
    .number()
    .int()
    .min(1)
    .default(15 * 60_000),
  pollMs: z.number().int().min(1).default(1_000),
});

export interface DispatcherDeps {
  db: Persistence;
  /** The dispatcher's own client (createOutboxApi), not `bot.api`: that one has auto-retry, which sleeps inside the call. */
  api: OutboxApi;
  /** Renders a payload in a language (see createOutboxRenderer). */
  render: OutboxRender;
  /** The recipient's language, read at send time. */
  localeOf: (telegramId: number) => Promise<Locale>;
  now: () => Date;
  /** Waits (tests pass a virtual clock's); must return early when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** This process's identity in leases; random by default, so a restarted process is a new owner. */
  owner?: string;
  /**
   * Default 25/s overall (validated: at most 30/s, Telegram's bot FAQ), leaving room for interactive replies,
   * which share the token's limit but never go through the outbox; 1 s between messages to one chat.
   */
  rate?: { globalPerSecond?: number; perChatMinIntervalMs?: number };
  /** Lease of the leader lock and of each claimed message (default 30 s); a crashed sender's work is taken over after it. */
  leaseMs?: number;
  /** Attempts before a message fails for good on 5xx/network errors (default 5). */
  maxAttempts?: number;
  /** First retry delay, doubled per attempt up to retryMaxMs (defaults 5 s, 15 min). */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** How often to look for work when idle, or for the lock when another instance holds it (default 1 s). */
  pollMs?: number;
  logger: Logger;
}

/**
 * What happened to one claimed message. `retry`: it will be sent again later (a transient error, or its outcome
 * could not be recorded and it is claimed again after its lease); `rate-limited`: Telegram answered 429.
 */
export type DeliveryOutcome = "sent" | "blocked" | "failed" | "retry" | "rate-limited";

export type RunOnceResult = DeliveryOutcome | "idle" | "not-leader";

export type DrainSummary = Record<DeliveryOutcome, number>;

type Step = { status: "not-leader" | "idle" } | { status: "wait"; ms: number } | { status: "claimed"; delivery: Promise<DeliveryOutcome> };

/** One send: the documents it carries, those left for the next one, those failed while rendering. */
interface Composed {
  docs: OutboxMessageRecord[];
  rest: OutboxMessageRecord[];
  broken: { doc: OutboxMessageRecord; error: string }[];
  /** Absent when nothing is left to send. */
  send?: () => Promise<Message>;
}

type Failure = { kind: "rate-limited"; retryAfterMs: number } | { kind: "blocked" | "permanent" | "transient"; error: string };

const WINDOW_MS = 1000;

/** Name and code of an error, without its message. */
function errorKind(error: unknown): string {
  const { name, code } = (typeof error === "object" && error !== null ? error : {}) as { name?: unknown; code?: unknown };
  return [name, code].filter((part) => typeof part === "string" || typeof part === "number").join(" ") || "unknown error";
}

/** A short error text for logs and `lastError`. */
function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
}

/**
 * The same for a failed Bot API call, which must never quote the token: a network error's message often holds the
 * request URL (`…/bot<token>/sendMessage`), so only grammY's sanitised texts and the error's name and code are kept.
 */
function describeSendError(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code}: ${error.description}`.slice(0, 500);
  if (error instanceof HttpError) return `${error.message} (${errorKind(error.error)})`;
  return errorKind(error);
}

/** Telegram's answer → what to do (Bot API error codes; grammY throws GrammyError for them, HttpError for network failures). */
function classify(error: unknown): Failure {
  if (error instanceof GrammyError) {
    if (error.error_code === 429) return { kind: "rate-limited", retryAfterMs: Math.max(1, error.parameters.retry_after ?? 1) * 1000 };
    // 403: the user blocked the bot, deleted their account, or never started it.
    if (error.error_code === 403) return { kind: "blocked", error: describeSendError(error) };
    if (error.error_code >= 500) return { kind: "transient", error: describeSendError(error) };
    // 400 chat not found, bad request (markup, length), 401/404: sending again would fail the same way.
    return { kind: "permanent", error: describeSendError(error) };
  }
  // HttpError (network, timeout) and anything unexpected: try again later.
  return { kind: "transient", error: describeSendError(error) };
}

async function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  await delay(ms, undefined, signal ? { signal } : {}).catch(() => undefined);
}

/**
 * Sends the outbox at Telegram's rate. Only the holder of the leader lock sends. It leases due messages a few
 * at a time (up to a second's worth, each for a different free chat) with atomic per-document updates filtered
 * on state and lease expiry, so two instances never send the same document, and a crashed sender's messages are
 * taken over once their lease expires (at-least-once: a message in flight at a crash may be sent twice, never lost).
 *
 * Errors: 429 pauses ALL sending for retry_after; 403 → `blocked` and the user is marked unreachable;
 * 400 and other client errors → `failed`; 5xx and network errors → retried with exponential backoff, then `failed`.
 *
 * `start()` runs it in the background, `stop()` stops claiming, waits for the sends in flight and releases
 * the lock. `runOnce()` / `drain()` run it step by step (tests, CLI).
 */
export function createDispatcher(deps: DispatcherDeps) {
  const parsed = optionsSchema.safeParse({
    rate: deps.rate && {
      globalPerSecond: deps.rate.globalPerSecond ?? 25,
      perChatMinIntervalMs: deps.rate.perChatMinIntervalMs ?? TELEGRAM_MIN_CHAT_INTERVAL_MS,
    },
    leaseMs: deps.leaseMs,
    maxAttempts: deps.maxAttempts,
    retryBaseMs: deps.retryBaseMs,
    retryMaxMs: deps.retryMaxMs,
    pollMs: deps.pollMs,
  });
  if (!parsed.success) throw new Error(`outbox dispatcher options: ${z.prettifyError(parsed.error)}`);
  const options = parsed.data;
  const { db, api, render, localeOf, now, logger } = deps;
  const sleep = deps.sleep ?? defaultSleep;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const log = logger.child({ component: "outbox", owner });
  const limiter = createRateLimiter(options.rate, WINDOW_MS);
  /** Renew the leader lock this often (three times per lease). */
  const renewEveryMs = Math.floor(options.leaseMs / 3);
  /**
   * Messages claimed ahead of their slot (one second's worth, topped up at half), so claiming never holds up
   * sending: a claim costs a few database round trips, or a collection scan on the stand-in.
   */
  const prefetch = options.rate.globalPerSecond;

  const inFlight = new Set<Promise<DeliveryOutcome>>();
  const abort = new AbortController();
  let leader = false;
  let renewAt = 0;
  let running: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;

  async function ensureLeader(): Promise<boolean> {
    const at = now();
    if (leader && at.getTime() < renewAt) return true;
    const acquired = await db.leases.acquire(DISPATCHER_LOCK, owner, at, options.leaseMs);
    if (!acquired) {
      if (leader) log.warn("outbox: another dispatcher took the leader lock over; no longer sending");
      leader = false;
      return false;
    }
    if (!leader) {
      log.info({ previousOwner: acquired.previousOwner }, "outbox: this dispatcher is the leader");
      // The previous leader's last sends still count in Telegram's current window.
      if (acquired.previousOwner) limiter.pause(at.getTime() + WINDOW_MS);
    }
    if (acquired.pausedUntil) limiter.pause(acquired.pausedUntil.getTime());
    leader = true;
    renewAt = at.getTime() + renewEveryMs;
    return true;
  }

  /** Claimed ahead (leased to this dispatcher), each for a different chat that is free; sent as slots free up. */
  const ready: OutboxMessageRecord[] = [];
  let refilling: Promise<void> | undefined;

  /** Claims up to `prefetch` messages for chats that are free and not already waiting in `ready`. Never rejects. */
  function refill(at: number): Promise<void> {
    refilling ??= (async () => {
      try {
        const claimed = await db.outbox.claimMany({
          owner,
          now: new Date(at),
          leaseMs: options.leaseMs,
          limit: prefetch - ready.length,
          excludeRecipients: [...limiter.busyChats(at), ...ready.map((doc) => doc.recipient)],
        });
        ready.push(...claimed);
      } catch (error) {
        log.error({ err: describe(error) }, "outbox: claiming failed");
      } finally {
        refilling = undefined;
      }
    })();
    return refilling;
  }

  /** Gives claimed-ahead messages back untouched (they were not attempted): due again at once. */
  async function releaseReady(filter: (doc: OutboxMessageRecord) => boolean = () => true): Promise<void> {
    const released = ready.filter(filter);
    if (released.length === 0) return;
    ready.splice(0, ready.length, ...ready.filter((doc) => !filter(doc)));
    const at = new Date(now().getTime());
    await Promise.all(released.map((doc) => db.outbox.complete(doc._id, owner, { state: "pending", notBefore: at, countAttempt: false })));
  }

  async function step(background: boolean): Promise<Step> {
    if (!(await ensureLeader())) {
      await releaseReady();
      return { status: "not-leader" };
    }
    let at = now().getTime();
    // Never send under a lease about to expire: another dispatcher may take the message over after it.
    await releaseReady((doc) => (doc.lease?.until.getTime() ?? 0) - at < renewEveryMs);
    const paused = limiter.pausedUntil() - at;
    if (paused > 0) return { status: "wait", ms: paused };
    if (ready.length === 0) {
      await refill(at);
      at = now().getTime();
      // Nothing due for the free chats; messages for a busy chat may be due once it is free again.
      if (ready.length === 0) return limiter.busyChats(at).length > 0 ? { status: "wait", ms: limiter.chatWaitMs(at) } : { status: "idle" };
    } else if (background && ready.length <= prefetch / 2) {
      void refill(at);
    }
    const wait = limiter.waitMs(at);
    if (wait > 0) return { status: "wait", ms: wait };
    const doc = ready.shift()!;
    // Take the slot before anything else can run, so the next step sees it taken.
    const ticket = limiter.begin(doc.recipient, at);
    return { status: "claimed", delivery: deliver(doc, ticket) };
  }

  /** The Bot API call that sends `text` with `doc`'s buttons and media, rendered in `locale` (throws on a render error). */
  function prepare(doc: OutboxMessageRecord, locale: Locale, text: string = render(locale, doc.payload)): () => Promise<Message> {
    const { payload } = doc;
    const keyboard = payload.keyboard?.map((row) =>
      row.map((button) => {
        const label = render(locale, { key: button.key, params: button.params });
        return button.url !== undefined ? { text: label, url: button.url } : { text: label, callback_data: button.callbackData ?? "" };
      }),
    );
    const other = {
      ...(payload.parseMode ? { parse_mode: payload.parseMode } : {}),
      ...(keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {}),
    };
    const { photoFileId, documentFileId } = payload;
    if (photoFileId !== undefined) return () => api.sendPhoto(doc.recipient, photoFileId, { ...other, caption: text });
    if (documentFileId !== undefined) return () => api.sendDocument(doc.recipient, documentFileId, { ...other, caption: text });
    return () => api.sendMessage(doc.recipient, text, other);
  }

  async function complete(doc: OutboxMessageRecord, completion: OutboxCompletion, outcome: DeliveryOutcome): Promise<DeliveryOutcome> {
    const done = await db.outbox.complete(doc._id, owner, completion);
    if (!done) log.warn({ id: String(doc._id), outcome }, "outbox: the message's lease had passed to another dispatcher");
    return outcome;
  }

  /** Ends the leases of every document of one send the same way; the outcome is the first one's. */
  async function completeAll(
    docs: readonly OutboxMessageRecord[],
    completion: OutboxCompletion,
    outcome: DeliveryOutcome,
  ): Promise<DeliveryOutcome> {
    await Promise.all(docs.map((doc) => complete(doc, completion, outcome)));
    return outcome;
  }

  function retryLater(doc: OutboxMessageRecord, error: string): Promise<DeliveryOutcome> {
    if (doc.attempts >= options.maxAttempts) {
      log.warn({ id: String(doc._id), kind: doc.kind, attempts: doc.attempts, error }, "outbox: giving up");
      return complete(doc, { state: "failed", error }, "failed");
    }
    const notBefore = new Date(now().getTime() + retryDelayMs(doc.attempts, options.retryBaseMs, options.retryMaxMs));
    return complete(doc, { state: "pending", error, notBefore, countAttempt: true }, "retry");
  }

  /** Each document as if it had been sent alone: retried with its own backoff, or failed after its own attempts. */
  async function retryAllLater(docs: readonly OutboxMessageRecord[], error: string): Promise<DeliveryOutcome> {
    const [first = "retry"] = await Promise.all(docs.map((doc) => retryLater(doc, error)));
    return first;
  }

  /**
   * The documents one send carries: the leased one alone, or — for a grouped kind (GROUPED_REMINDER_KINDS) — with
   * every other due document of the same recipient and kind, leased now to this dispatcher (those that expired
   * during every attempt are failed here, as alone).
   */
  async function gather(doc: OutboxMessageRecord): Promise<OutboxMessageRecord[]> {
    if (!groupedReminderKind(doc.kind)) return [doc];
    const claimed = await db.outbox.claimGroup({ owner, now: now(), leaseMs: options.leaseMs, recipient: doc.recipient, kind: doc.kind });
    const exhausted = claimed.filter((other) => other.attempts > options.maxAttempts);
    await completeAll(exhausted, { state: "failed", error: "lease expired during every attempt" }, "failed");
    return [doc, ...claimed.filter((other) => other.attempts <= options.maxAttempts)];
  }

  /**
   * Renders one send in `locale` (throws on a render error). A group of one is sent as before, in the reminder's
   * own words; a group lists the documents that fit in one message (`docs`), leaves the others for the next one
   * (`rest`) and fails those whose line cannot be rendered (`broken`), as alone.
   */
  function compose(group: readonly OutboxMessageRecord[], locale: Locale): Composed {
    const [lead] = group;
    if (!lead) return { docs: [], rest: [], broken: [] };
    if (group.length === 1) return { docs: [lead], rest: [], broken: [], send: prepare(lead, locale) };
    const listed = prepareGroupedDelivery(group, locale, render);
    const first = listed.included[0];
    return {
      docs: listed.included,
      rest: listed.rest,
      broken: listed.broken,
      ...(first ? { send: prepare(first, locale, listed.text) } : {}),
    };
  }

  async function attempt(doc: OutboxMessageRecord, ticket: RateTicket): Promise<DeliveryOutcome> {
    if (doc.attempts > options.maxAttempts) {
      // Its lease expired during every attempt (a sender crashing on it): stop here.
      ticket.cancel();
      return complete(doc, { state: "failed", error: "lease expired during every attempt" }, "failed");
    }
    let locale: Locale;
    try {
      locale = await localeOf(doc.recipientTelegramId);
    } catch (error) {
      ticket.cancel();
      return retryLater(doc, describe(error));
    }
    const group = await gather(doc);
    let delivery: Composed;
    try {
      delivery = compose(group, locale);
    } catch (error) {
      ticket.cancel();
      return completeAll(group, { state: "failed", error: describe(error) }, "failed");
    }
    const { docs, rest, broken, send } = delivery;
    await Promise.all(broken.map(({ doc: other, error }) => complete(other, { state: "failed", error }, "failed")));
    if (!send) {
      ticket.cancel();
      return "failed";
    }
    if (docs.length + rest.length > 1) log.debug({ kind: doc.kind, listed: docs.length, left: rest.length }, "outbox: grouped delivery");
    /** Documents left for the next message go back untouched, due at once (the chat's interval still applies). */
    const giveBack = (notBefore: Date) =>
      Promise.all(rest.map((other) => complete(other, { state: "pending", notBefore, countAttempt: false }, "retry")));
    let message: Message;
    try {
      message = await send();
    } catch (error) {
      ticket.done(now().getTime());
      const failure = classify(error);
      switch (failure.kind) {
        case "rate-limited": {
          const until = new Date(now().getTime() + failure.retryAfterMs);
          limiter.pause(until.getTime());
          log.warn({ retryAfterMs: failure.retryAfterMs }, "outbox: Telegram asked to slow down (429); all sending paused");
          await db.leases.pause(DISPATCHER_LOCK, owner, until);
          await releaseReady();
          await giveBack(until);
          return completeAll(docs, { state: "pending", error: "429", notBefore: until, countAttempt: false }, "rate-limited");
        }
        case "blocked":
          await db.users.markUnreachable(doc.recipientTelegramId, now());
          // The person blocked the bot: nothing else to them can be delivered either.
          return completeAll([...docs, ...rest], { state: "blocked", error: failure.error }, "blocked");
        case "permanent":
          await giveBack(now());
          return completeAll(docs, { state: "failed", error: failure.error }, "failed");
        case "transient":
          await giveBack(now());
          return retryAllLater(docs, failure.error);
      }
    }
    ticket.done(now().getTime());
    await giveBack(now());
    return completeAll(docs, { state: "sent", telegramMessageId: message.message_id, at: now() }, "sent");
  }

  /** Never rejects: a database failure while recording leaves the message leased; it is claimed again when the lease expires. */
  async function deliver(doc: OutboxMessageRecord, ticket: RateTicket): Promise<DeliveryOutcome> {
    try {
      return await attempt(doc, ticket);
    } catch (error) {
      ticket.cancel();
      log.error({ id: String(doc._id), err: describe(error) }, "outbox: could not record a delivery; it will be retried after its lease");
      return "retry";
    }
  }

  function track(delivery: Promise<DeliveryOutcome>): void {
    inFlight.add(delivery);
    void delivery.finally(() => inFlight.delete(delivery));
  }

  async function loop(): Promise<void> {
    const { signal } = abort;
    while (!signal.aborted) {
      try {
        const next = await step(true);
        switch (next.status) {
          case "claimed":
            track(next.delivery);
            break;
          case "wait":
            if (next.ms === Infinity && inFlight.size > 0) await Promise.race(inFlight);
            else await sleep(Math.min(next.ms, renewEveryMs), signal);
            break;
          case "idle":
          case "not-leader":
            await sleep(options.pollMs, signal);
            break;
        }
      } catch (error) {
        log.error({ err: describe(error) }, "outbox: dispatcher step failed");
        await sleep(options.pollMs, signal);
      }
    }
  }

  async function runOnce(): Promise<RunOnceResult> {
    for (;;) {
      const next = await step(false);
      switch (next.status) {
        case "claimed":
          return next.delivery;
        case "wait":
          // Step by step nothing is in flight, so the wait is finite.
          await sleep(Math.min(next.ms, renewEveryMs));
          break;
        case "idle":
        case "not-leader":
          return next.status;
      }
    }
  }

  return {
    /** This dispatcher's identity in the leases. */
    owner,

    /** Whether it held the leader lock at its last look. */
    isLeader(): boolean {
      return leader;
    },

    /** Starts sending in the background (idempotent). */
    start(): void {
      if (stopping) throw new Error("outbox dispatcher: stopped; create a new one");
      running ??= loop();
    },

    /** Stops claiming, waits for the sends in flight and releases the leader lock (idempotent). */
    stop(): Promise<void> {
      stopping ??= (async () => {
        abort.abort();
        await running;
        await refilling;
        await releaseReady();
        await Promise.all(inFlight);
        if (leader) {
          leader = false;
          await db.leases.release(DISPATCHER_LOCK, owner);
        }
        log.info("outbox: dispatcher stopped");
      })();
      return stopping;
    },

    /**
     * Sends at most one due message, waiting for the rate limit (through `sleep`) if needed. Messages it claimed
     * ahead stay leased to this dispatcher until later calls send them or `stop()` gives them back.
     */
    runOnce,

    /** Sends due messages one by one until none is due now (or `maxMessages`); returns what happened to them. */
    async drain(maxMessages = 1_000_000): Promise<DrainSummary> {
      const summary: DrainSummary = { sent: 0, blocked: 0, failed: 0, retry: 0, "rate-limited": 0 };
      for (let i = 0; i < maxMessages; i++) {
        const result = await runOnce();
        if (result === "idle" || result === "not-leader") break;
        summary[result]++;
      }
      return summary;
    },
  };
}
export type Dispatcher = ReturnType<typeof createDispatcher>;
