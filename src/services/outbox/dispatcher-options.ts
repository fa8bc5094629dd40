import type { Api } from "grammy";
import { z } from "zod";
import type { Locale } from "../../config/config.js";
import { TELEGRAM_MAX_MESSAGES_PER_SECOND, TELEGRAM_MIN_CHAT_INTERVAL_MS } from "../../domain/delivery/outbox.js";
import type { Logger } from "../../logging/logger.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { OutboxRender } from "./render.js";

/** Name of the leader lock: one dispatcher sends at a time per deployment (per database). */
export const DISPATCHER_LOCK = "outbox-dispatcher";

/**
 * The Bot API methods the dispatcher uses: a grammY `Api` on the shared transport with its waits and retries
 * turned off (see createOutboxApi), because 429s and retries are handled by the dispatcher.
 */
export type OutboxApi = Pick<Api, "sendMessage" | "sendPhoto" | "sendDocument">;

const optionsSchema = z.object({
  rate: z
    .object({
      globalPerSecond: z.number().int().min(1).max(TELEGRAM_MAX_MESSAGES_PER_SECOND).default(TELEGRAM_MAX_MESSAGES_PER_SECOND),
      perChatMinIntervalMs: z.number().int().min(TELEGRAM_MIN_CHAT_INTERVAL_MS).default(TELEGRAM_MIN_CHAT_INTERVAL_MS),
    })
    .default({ globalPerSecond: TELEGRAM_MAX_MESSAGES_PER_SECOND, perChatMinIntervalMs: TELEGRAM_MIN_CHAT_INTERVAL_MS }),
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

export type DispatcherOptions = z.infer<typeof optionsSchema>;

export interface DispatcherDeps {
  db: Persistence;
  /**
   * The dispatcher's own client (createOutboxApi), not `bot.api`: the bot's transport waits out a 429 inside the
   * call and retries 5xx, which here would hold a rate slot and retry behind the outbox's back.
   */
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
   * Default 30/s overall (validated: at most 30/s, Telegram's bot FAQ); 1 s between messages to one chat. With a
   * shared `limiter` (the send budget) this only sizes how many messages are claimed ahead.
   */
  rate?: { globalPerSecond?: number; perChatMinIntervalMs?: number };
  /**
   * The token's send budget as seen by bulk sends (`sendBudget.bulk`): shared with the interactive replies and
   * with other processes, which go first. Default: a limiter of this dispatcher's own at `rate`.
   */
  limiter?: RateLimiter;
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

/** Validates the tunables of `deps` (throws with every problem listed). */
export function parseDispatcherOptions(deps: DispatcherDeps): DispatcherOptions {
  const parsed = optionsSchema.safeParse({
    rate: deps.rate && {
      globalPerSecond: deps.rate.globalPerSecond ?? TELEGRAM_MAX_MESSAGES_PER_SECOND,
      perChatMinIntervalMs: deps.rate.perChatMinIntervalMs ?? TELEGRAM_MIN_CHAT_INTERVAL_MS,
    },
    leaseMs: deps.leaseMs,
    maxAttempts: deps.maxAttempts,
    retryBaseMs: deps.retryBaseMs,
    retryMaxMs: deps.retryMaxMs,
    pollMs: deps.pollMs,
  });
  if (!parsed.success) throw new Error(`outbox dispatcher options: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * What happened to one claimed message. `retry`: it will be sent again later (a transient error, or its outcome
 * could not be recorded and it is claimed again after its lease); `rate-limited`: Telegram answered 429.
 */
export type DeliveryOutcome = "sent" | "blocked" | "failed" | "retry" | "rate-limited";

export type RunOnceResult = DeliveryOutcome | "idle" | "not-leader";

export type DrainSummary = Record<DeliveryOutcome, number>;
