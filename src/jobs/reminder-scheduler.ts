import type { Logger } from "../logging/logger.js";
import { scheduleCronJob, type CronLike } from "./cron-job.js";
import type { RunDueResult } from "../services/reminders/reminder-jobs.js";

export type { CronLike };

/** Every five minutes: reminders are only enqueued, so a run is cheap and a missed one is caught up by the next. */
const REMINDER_CRON = "*/5 * * * *";

interface ReminderSchedulerDeps {
  jobs: { runDue(now?: Date): Promise<RunDueResult> };
  /** Config TIMEZONE: the cron expression is read in local time. */
  timezone: string;
  logger: Pick<Logger, "error">;
  now: () => Date;
  expression?: string;
  cron?: CronLike;
  onRun?: (job: string, ok: boolean) => void;
}

interface ReminderScheduler {
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
  const job = scheduleCronJob(
    {
      name: "reminders",
      expression: deps.expression ?? REMINDER_CRON,
      timezone: deps.timezone,
      logger: deps.logger,
      cron: deps.cron,
      onRun: deps.onRun,
    },
    () => deps.jobs.runDue(deps.now()),
  );
  return { started: job.run(), stop: () => job.stop() };
}
