/** Scheduled reminders: what is due → the outbox (the cron schedule is src/jobs/reminder-scheduler.ts). */
export { createReminderJobs, toOutboxMessage, type ReminderJobs, type ReminderJobsDeps, type RunDueResult } from "./reminder-jobs.js";
