import type { MiddlewareFn } from "grammy";

/**
 * Counts the updates being handled, whoever took them in, so shutdown can wait for them before the database
 * closes: a handler cut off mid-scene would lose the answer it was saving. (`@grammyjs/runner`'s `stop()` is
 * documented to wait for running middleware, but it resolves when its fetch loop ends, without awaiting the
 * updates in its concurrent sink. The polling intake's `stop()` waits for its own handlers.)
 */
export function createInFlightTracker() {
  let running = 0;
  let waiters: Array<() => void> = [];
  const settle = (): void => {
    if (running > 0) return;
    const done = waiters;
    waiters = [];
    for (const wake of done) wake();
  };
  return {
    /** First middleware of the bot. */
    middleware(): MiddlewareFn {
      return async (_ctx, next) => {
        running++;
        try {
          await next();
        } finally {
          running--;
          settle();
        }
      };
    },
    size(): number {
      return running;
    },
    /** Resolves when no update is being handled (at once if none is), or after `timeoutMs`; true when idle. */
    idle(timeoutMs = 30_000): Promise<boolean> {
      if (running === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== wake);
          resolve(false);
        }, timeoutMs);
        const wake = (): void => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(wake);
      });
    },
  };
}
export type InFlightTracker = ReturnType<typeof createInFlightTracker>;
