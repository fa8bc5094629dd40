import cron from "node-cron";
import type { Logger } from "../../logging/logger.js";
import type { RunDueResult } from "./reminder-jobs.js";

/** Every five minutes: reminders are only enqueued, so a run is cheap and a missed one is caught up by the next. */
export const REMINDER_CRON = "*/5 * * * *";

/** The part of node-cron the scheduler uses (tests pass a fake clock-driven one). */
export interface CronLike {
  schedule(
    expression: string,
    task: () => Promise<void>,
    options: { timezone: string; name: string; noOverlap: boolean },
  ): {
    stop(): void | Promise<void>;
  };
}

export interface ReminderSchedulerDeps {
  jobs: { runDue(now?: Date): Promise<RunDueResult> };
  /** Config TIMEZONE: the cron expression is read in local time. */
  timezone: string;
  logger: Pick<Logger, "error">;
  now: () => Date;
  expression?: string;
  cron?: CronLike;
}

export interface ReminderScheduler {
  /** The start-up catch-up run (enqueues what became due while the bot was down). */
  readonly started: Promise<void>;
  /** Stops the cron task and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `jobs.runDue` on a node-cron schedule in the configured time zone, and once at start-up: node-cron
 * does not catch up after downtime, `runDue` does (see createReminderJobs). Runs never overlap; a failed
 * run is logged and the next one tries again.
 */
export function startReminderScheduler(deps: ReminderSchedulerDeps): ReminderScheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  const run = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    running ??= deps.jobs
      .runDue(deps.now())
      .then(
        () => undefined,
        (error: unknown) => deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, "reminder run failed"),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const task = (deps.cron ?? cron).schedule(deps.expression ?? REMINDER_CRON, run, {
    timezone: deps.timezone,
    name: "reminders",
    noOverlap: true,
  });
  const started = run();
  return {
    started,
    async stop() {
      stopped = true;
      await task.stop();
      await running;
    },
  };
}
