/** Scheduled reminders (issue 10): what is due → the outbox, on a cron schedule. */
export { createReminderJobs, toOutboxMessage, type ReminderJobs, type ReminderJobsDeps, type RunDueResult } from "./reminder-jobs.js";
export {
  startReminderScheduler,
  REMINDER_CRON,
  type CronLike,
  type ReminderScheduler,
  type ReminderSchedulerDeps,
} from "./reminder-scheduler.js";
