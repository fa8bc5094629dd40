import type { Logger } from "../logging/logger.js";
import type { InboxRepository } from "../persistence/repositories/inbox.repository.js";
import { scheduleCronJob, type CronJob, type CronLike } from "../jobs/cron-job.js";

/** Finished updates are kept this long: long enough for any redelivery Telegram makes (it gives up within a day). */
export const INBOX_RETENTION_HOURS = 48;

/** Deletes finished inbox entries older than the retention (explicitly: no TTL index); returns how many. */
export async function purgeInbox(inbox: Pick<InboxRepository, "purgeFinished">, now: Date): Promise<number> {
  return inbox.purgeFinished(new Date(now.getTime() - INBOX_RETENTION_HOURS * 3_600_000));
}

/** Runs the inbox purge every hour (node-cron, in the configured time zone). */
export function startInboxPurgeScheduler(options: {
  inbox: Pick<InboxRepository, "purgeFinished">;
  now: () => Date;
  timezone: string;
  logger: Pick<Logger, "error" | "info">;
  cron?: CronLike;
  onRun?: (job: string, ok: boolean) => void;
}): CronJob {
  return scheduleCronJob(
    {
      name: "inbox-purge",
      expression: "23 * * * *",
      timezone: options.timezone,
      logger: options.logger,
      cron: options.cron,
      onRun: options.onRun,
    },
    async () => {
      const purged = await purgeInbox(options.inbox, options.now());
      if (purged > 0) options.logger.info({ purged }, "inbox: finished updates purged");
    },
  );
}
