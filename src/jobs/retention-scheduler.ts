import type { Logger } from "../logging/logger.js";
import type { Retention } from "../services/retention.service.js";
import { scheduleCronJob, type CronLike } from "./cron-job.js";

/** Every night at 03:30 local time: the quietest hour (no reminders are sent at night). */
export const RETENTION_CRON = "30 3 * * *";

interface RetentionScheduler {
  /** Stops the cron task and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs the retention nightly on node-cron in the configured time zone. A missed night needs no catch-up (the next
 * night deletes the same records); two instances running it at once delete each record once (deleteMany is idempotent).
 */
export function startRetentionScheduler(deps: {
  retention: Pick<Retention, "runOnce">;
  timezone: string;
  logger: Pick<Logger, "error">;
  expression?: string;
  cron?: CronLike;
  onRun?: (job: string, ok: boolean) => void;
}): RetentionScheduler {
  const job = scheduleCronJob(
    {
      name: "retention",
      expression: deps.expression ?? RETENTION_CRON,
      timezone: deps.timezone,
      logger: deps.logger,
      cron: deps.cron,
      onRun: deps.onRun,
    },
    () => deps.retention.runOnce(),
  );
  return { stop: () => job.stop() };
}
