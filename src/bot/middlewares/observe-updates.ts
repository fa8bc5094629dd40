import type { Bot, MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../logging/logger.js";
import type { BotContext } from "../context.js";
import { isDatabaseUnavailable } from "../../db/fail-fast.js";

/** How an update ended: handled, failed, or failed because the database was unreachable. */
export type UpdateOutcome = "ok" | "error" | "db_unavailable";

/** Where update metrics go (the HTTP server's `metrics` fits). */
export interface UpdateMetricsSink {
  observeUpdate(type: string, outcome: UpdateOutcome, seconds: number): void;
}

const SLOW_SECONDS = 1;

function typeOf(update: Update): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "other";
}

/**
 * One structured line per update (id, type, duration, outcome; no personal data) at debug, at info when it took
 * more than a second or failed, and the update metrics. Installed first inside the error boundary, so it sees
 * failures before the boundary answers the user; remembers updates that failed because the database was
 * unreachable, so the webhook can answer 503 and Telegram redelivers them.
 */
export function createUpdateObserver(options: { logger: Logger; metrics?: UpdateMetricsSink; clock?: () => number }) {
  const clock = options.clock ?? (() => performance.now());
  const unavailable = new WeakMap<Update, Error>();
  const middleware: MiddlewareFn<BotContext> = async (ctx, next) => {
    const started = clock();
    let outcome: UpdateOutcome = "ok";
    try {
      await next();
    } catch (error) {
      outcome = isDatabaseUnavailable(error) ? "db_unavailable" : "error";
      if (outcome === "db_unavailable") unavailable.set(ctx.update, error as Error);
      throw error;
    } finally {
      const seconds = (clock() - started) / 1000;
      const type = typeOf(ctx.update);
      options.metrics?.observeUpdate(type, outcome, seconds);
      const line = { updateId: ctx.update.update_id, type, ms: Math.round(seconds * 1000), outcome };
      if (outcome !== "ok" || seconds > SLOW_SECONDS) options.logger.info(line, "update handled");
      else options.logger.debug(line, "update handled");
    }
  };
  return {
    middleware: (): MiddlewareFn<BotContext> => middleware,
    /** The database error an update failed with (already told to the user), if it failed that way. */
    unavailableError: (update: Update): Error | undefined => unavailable.get(update),
  };
}
export type UpdateObserver = ReturnType<typeof createUpdateObserver>;

/**
 * `bot.handleUpdate` that throws when the update failed because the database was unreachable (the error boundary
 * swallows every error), for intakes that can have the update delivered again: the webhook answers 503.
 */
export function handleUpdateOrThrowUnavailable(bot: Bot<BotContext>, observer: UpdateObserver) {
  return async (update: Update): Promise<void> => {
    await bot.handleUpdate(update);
    const error = observer.unavailableError(update);
    if (error) throw error;
  };
}
