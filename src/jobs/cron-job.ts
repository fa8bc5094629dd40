import cron from "node-cron";
import type { Logger } from "../logging/logger.js";

/** The part of node-cron the schedulers use (tests pass a fake clock-driven one). */
export interface CronLike {
  schedule(
    expression: string,
    task: () => Promise<void>,
    options: { timezone: string; name: string; noOverlap: boolean },
  ): {
    stop(): void | Promise<void>;
  };
}

export interface CronJob {
  /** Runs the work now unless a run is in progress (then waits for that one); never rejects. */
  run(): Promise<void>;
  /** Stops the cron task and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * `work` on a node-cron schedule in the configured time zone (config TIMEZONE): runs never overlap,
 * a failed run is logged and the next one tries again, and `stop()` lets a run in progress finish.
 */
export function scheduleCronJob(
  spec: {
    name: string;
    expression: string;
    timezone: string;
    logger: Pick<Logger, "error">;
    cron?: CronLike | undefined;
    /** Told of every run's result (metrics: cron runs and failures). */
    onRun?: ((job: string, ok: boolean) => void) | undefined;
  },
  work: () => Promise<unknown>,
): CronJob {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= work()
      .then(
        () => spec.onRun?.(spec.name, true),
        (error: unknown) => {
          spec.onRun?.(spec.name, false);
          spec.logger.error({ err: error instanceof Error ? error.message : String(error) }, `${spec.name} run failed`);
        },
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const task = (spec.cron ?? cron).schedule(spec.expression, run, { timezone: spec.timezone, name: spec.name, noOverlap: true });
  return {
    run,
    async stop() {
      stopped = true;
      await task.stop();
      await running;
    },
  };
}
