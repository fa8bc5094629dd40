/**
 * Delivery of notifications and announcements: every message is first an outbox document.
 * pending → sending (leased to one dispatcher) → sent | blocked (the user blocked the bot) | failed.
 */
export const OUTBOX_STATES = ["pending", "sending", "sent", "blocked", "failed"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** States a dispatcher may claim (a `sending` document only once its lease has expired). */
export const CLAIMABLE_STATES = ["pending", "sending"] as const satisfies readonly OutboxState[];

/** Final states: the document is never sent again. */
export const FINAL_STATES = ["sent", "blocked", "failed"] as const satisfies readonly OutboxState[];

/** Telegram Bot FAQ: a bot may send no more than 30 messages per second overall… */
export const TELEGRAM_MAX_MESSAGES_PER_SECOND = 30;
/** …and no more than one message per second to the same chat. */
export const TELEGRAM_MIN_CHAT_INTERVAL_MS = 1000;

/** Formatting of pre-rendered texts (a coordinator's announcement keeps its Telegram formatting). */
export const PARSE_MODES = ["HTML", "MarkdownV2"] as const;
export type ParseMode = (typeof PARSE_MODES)[number];

/** Delay before retry number `attempt` (1-based) after a transient failure: doubling from `baseMs`, capped at `maxMs`. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
