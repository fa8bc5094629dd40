import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { UpdateOutcome } from "../bot/middlewares/observe-updates.js";

export type { UpdateOutcome };
/** A Bot API send's result, by the classes operators act on. */
export type SendResult = "ok" | "429" | "403" | "4xx" | "5xx" | "network";
/** Why the HTTP server turned a request away (never a header value or a path). */
export type RefusedReason =
  "bad_request" | "unauthorized" | "not_found" | "method" | "too_large" | "media_type" | "malformed_update" | "timeout" | "max_connections";

/** Telegram's update kinds; anything else is counted as "other", so a stranger cannot grow the label set. */
const UPDATE_TYPES = new Set([
  "message",
  "edited_message",
  "channel_post",
  "edited_channel_post",
  "business_connection",
  "business_message",
  "edited_business_message",
  "deleted_business_messages",
  "message_reaction",
  "message_reaction_count",
  "inline_query",
  "chosen_inline_result",
  "callback_query",
  "shipping_query",
  "pre_checkout_query",
  "purchased_paid_media",
  "poll",
  "poll_answer",
  "my_chat_member",
  "chat_member",
  "chat_join_request",
  "chat_boost",
  "removed_chat_boost",
]);

/** The update's kind for labels and logs: its one key besides `update_id`. */
export function updateType(update: object): string {
  const key = Object.keys(update).find((name) => name !== "update_id");
  return key && UPDATE_TYPES.has(key) ? key : "other";
}

/**
 * The process's Prometheus metrics, one registry per server (nothing registered globally at import time).
 * Labels never carry user ids, chat ids or texts.
 */
export interface Metrics {
  readonly registry: Registry;
  observeUpdate(type: string, outcome: UpdateOutcome, seconds: number): void;
  countSend(result: SendResult): void;
  countDbCommand(): void;
  setOutboxDepth(depth: number): void;
  setInboxDepth(depth: number): void;
  setInboxLag(seconds: number): void;
  countCronRun(job: string, ok: boolean): void;
  countRefusedRequest(reason: RefusedReason): void;
  setTelegramReachable(reachable: boolean): void;
  /** The send budget: a send waited this long for its slot (by priority: interactive, bulk). */
  observeSendBudgetWait(priority: "interactive" | "bulk", seconds: number): void;
  /** Slots this process holds, and how many of them carry a send now. */
  setSendBudgetSlots(held: number, busy: number): void;
  setSendBudgetRate(perSecond: number): void;
  /** 1 while the budget is shared through the database, 0 while this process runs on a local budget. */
  setSendBudgetShared(shared: boolean): void;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: "praktika_" });
  const registers = [registry];
  const updates = new Counter({
    name: "praktika_updates_total",
    help: "Telegram updates handled, by update type and outcome",
    labelNames: ["type", "outcome"] as const,
    registers,
  });
  const handling = new Histogram({
    name: "praktika_update_handling_seconds",
    help: "Time to handle one update",
    labelNames: ["type"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const sends = new Counter({
    name: "praktika_telegram_sends_total",
    help: "Bot API sends by result (ok, 429, 403, 4xx, 5xx, network)",
    labelNames: ["result"] as const,
    registers,
  });
  const dbCommands = new Counter({ name: "praktika_db_commands_total", help: "Database commands started", registers });
  const outboxDepth = new Gauge({ name: "praktika_outbox_depth", help: "Notifications waiting in the outbox", registers });
  const inboxDepth = new Gauge({ name: "praktika_inbox_depth", help: "Updates received and not yet handled", registers });
  const inboxLag = new Gauge({ name: "praktika_inbox_lag_seconds", help: "Age of the oldest unhandled update", registers });
  const cronRuns = new Counter({
    name: "praktika_cron_runs_total",
    help: "Scheduled job runs by job and result",
    labelNames: ["job", "result"] as const,
    registers,
  });
  const refused = new Counter({
    name: "praktika_http_refused_requests_total",
    help: "HTTP requests turned away, by reason",
    labelNames: ["reason"] as const,
    registers,
  });
  const telegramReachable = new Gauge({
    name: "praktika_telegram_reachable",
    help: "1 when the last Bot API call reached Telegram, 0 when it failed with a network error or a 5xx",
    registers,
  });
  const budgetWait = new Histogram({
    name: "praktika_send_budget_wait_seconds",
    help: "Time a Bot API send waited for a slot of the send budget, by priority",
    labelNames: ["priority"] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const budgetSlots = new Gauge({
    name: "praktika_send_budget_slots",
    help: "Send budget slots this process holds (held) and those carrying a send now (busy)",
    labelNames: ["state"] as const,
    registers,
  });
  const budgetRate = new Gauge({ name: "praktika_send_budget_rate", help: "TELEGRAM_RATE: messages per second for the token", registers });
  const budgetShared = new Gauge({
    name: "praktika_send_budget_shared",
    help: "1 while the send budget is shared through the database, 0 while this process falls back to a local one",
    registers,
  });
  return {
    registry,
    observeUpdate(type, outcome, seconds) {
      const label = UPDATE_TYPES.has(type) ? type : "other";
      updates.inc({ type: label, outcome });
      handling.observe({ type: label }, seconds);
    },
    countSend: (result) => sends.inc({ result }),
    countDbCommand: () => dbCommands.inc(),
    setOutboxDepth: (depth) => outboxDepth.set(depth),
    setInboxDepth: (depth) => inboxDepth.set(depth),
    setInboxLag: (seconds) => inboxLag.set(seconds),
    countCronRun: (job, ok) => cronRuns.inc({ job, result: ok ? "ok" : "failed" }),
    countRefusedRequest: (reason) => refused.inc({ reason }),
    setTelegramReachable: (reachable) => telegramReachable.set(reachable ? 1 : 0),
    observeSendBudgetWait: (priority, seconds) => budgetWait.observe({ priority }, seconds),
    setSendBudgetSlots(held, busy) {
      budgetSlots.set({ state: "held" }, held);
      budgetSlots.set({ state: "busy" }, busy);
    },
    setSendBudgetRate: (perSecond) => budgetRate.set(perSecond),
    setSendBudgetShared: (shared) => budgetShared.set(shared ? 1 : 0),
  };
}
