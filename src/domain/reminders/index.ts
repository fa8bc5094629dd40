/** Scheduled reminders: which are due at an instant, in local time, with their rules and dedupe keys. */
export * from "./reminder-kinds.js";
export * from "./local-time.js";
export * from "./due-reminders.js";
export * from "./diary-reminders.js";
