/**
 * Every scheduled reminder the bot sends, in one list: its key (also the outbox kind and the
 * locale key `reminders-<key>`), who receives it, whether it may be muted, and the rule it enforces.
 * - `mandatory`: a deadline or an alert; never muted (domain.md §3–§6).
 * - `optional`: sent by default, the recipient may mute it in /settings.
 * - `subscription`: sent only to those who asked for it in /settings (digest, transfer windows).
 */
export const REMINDER_KINDS = [
  // QP-06 5.14; 6B03104 §10a: the diary is filled in daily
  { key: "diary-daily", audience: "student", mode: "optional", rule: "QP-06 5.14; 6B03104 §10a" },
  { key: "diary-nudge", audience: "student", mode: "optional", rule: "QP-06 5.14; 6B03104 §10a" },
  // R-23 8.1: absence for more than 2 weeks is grounds for expulsion, so the supervisors see it early
  { key: "diary-absence-supervisors", audience: "supervisors", mode: "mandatory", rule: "R-23 8.1; QP-06 5.14" },
  { key: "diary-absence-coordinator", audience: "coordinator", mode: "mandatory", rule: "R-23 8.1" },
  // QP-06 5.6–5.8, 5.12: supervisors approve the diary; those who chose a digest get one message a day
  { key: "diary-digest", audience: "supervisors", mode: "subscription", rule: "QP-06 5.6–5.8, 5.12" },
  // QP-06 6.2: both supervisors sign the diary; entries left waiting go up the chain
  { key: "diary-pending-supervisor", audience: "universitySupervisor", mode: "mandatory", rule: "QP-06 5.8, 6.2" },
  { key: "diary-pending-coordinator", audience: "coordinator", mode: "mandatory", rule: "QP-06 5.9, 6.2" },
  // Placement deadlines (domain.md §3–§6, §9): the clause comes from the policy's citations
  { key: "deadline-no-base", audience: "student", mode: "mandatory", rule: "6B03104 §9.1" },
  { key: "deadline-contract", audience: "student", mode: "mandatory", rule: "QP-06 Annex 1 §2.1" },
  { key: "deadline-orientation", audience: "student", mode: "optional", rule: "QP-06 Annex 1 §2.4" },
  { key: "deadline-report-schedule", audience: "universitySupervisor", mode: "mandatory", rule: "QP-06 Annex 1 §2.5" },
  { key: "deadline-characteristic", audience: "organisationSupervisor", mode: "mandatory", rule: "QP-06 Annex 1 §2.6" },
  { key: "deadline-report-due", audience: "student", mode: "mandatory", rule: "QP-06 6.3" },
  // R-23 3.2, 6.1–6.2: transfers and programme changes by 25 August / 25 January; applications close 5 working days before the period
  { key: "transfer-window", audience: "student", mode: "subscription", rule: "R-23 3.2, 6.1" },
  { key: "transfer-cutoff", audience: "student", mode: "subscription", rule: "R-23 6.2" },
] as const satisfies readonly ReminderKindSpec[];

export interface ReminderKindSpec {
  key: string;
  audience: "student" | "supervisors" | "universitySupervisor" | "organisationSupervisor" | "coordinator";
  mode: "mandatory" | "optional" | "subscription";
  rule: string;
}

export type ReminderKind = (typeof REMINDER_KINDS)[number]["key"];
export type ReminderKindInfo = (typeof REMINDER_KINDS)[number];

/** Kinds a user may mute in /settings (the optional ones). */
export const MUTABLE_REMINDER_KINDS = REMINDER_KINDS.filter((k) => k.mode === "optional").map((k) => k.key);
export type MutableReminderKind = (typeof MUTABLE_REMINDER_KINDS)[number];

export function reminderKind(key: ReminderKind): ReminderKindInfo {
  const found = REMINDER_KINDS.find((k) => k.key === key);
  if (!found) throw new Error(`unknown reminder kind ${key}`);
  return found;
}

export function isMutableKind(key: string): key is MutableReminderKind {
  return (MUTABLE_REMINDER_KINDS as readonly string[]).includes(key);
}

/** True when the recipient muted `kind` and it may be muted; mandatory reminders always go out. */
export function isMuted(kind: ReminderKind, muted: readonly string[] | ReadonlySet<string> | undefined): boolean {
  if (!muted || !isMutableKind(kind)) return false;
  return Array.isArray(muted) ? muted.includes(kind) : (muted as ReadonlySet<string>).has(kind);
}

/**
 * Reminders about many students that reach one person: each stays one outbox document per (student, recipient)
 * (its dedupe key keeps reminders idempotent and catch-up correct), but the dispatcher delivers the due ones of
 * one recipient and kind together, as one list (a coordinator of 100 silent students gets one message, not 100).
 * `line`: how each student is listed (locale key `reminders-grouped-line-<line>`); the header is `reminders-grouped-<key>`.
 */
export const GROUPED_REMINDER_KINDS = [
  // R-23 8.1: at the start of a cohort a supervisor may see the same 3-day silence for many students at once
  { key: "diary-absence-supervisors", line: "absence", reason: "a supervisor of many students gets one list of the silent ones" },
  // R-23 8.1: a coordinator's whole department: tens to hundreds of students on one morning
  { key: "diary-absence-coordinator", line: "absence", reason: "a coordinator gets one list of the department's silent students" },
  // QP-06 5.8: one list of the students whose entries wait on this supervisor
  { key: "diary-pending-supervisor", line: "pending", reason: "a supervisor gets one list of the students whose entries wait" },
  // QP-06 5.9, 6.2: escalations of a whole department reach the coordinator on the same morning
  { key: "diary-pending-coordinator", line: "pending", reason: "a coordinator gets one list of the escalated students" },
] as const satisfies readonly GroupedReminderKindSpec[];

export interface GroupedReminderKindSpec {
  key: ReminderKind;
  line: "absence" | "pending";
  reason: string;
}

export type GroupedReminderKind = (typeof GROUPED_REMINDER_KINDS)[number]["key"];

/** The grouping of `kind`, or undefined when its documents are sent one by one. */
export function groupedReminderKind(kind: string): (typeof GROUPED_REMINDER_KINDS)[number] | undefined {
  return GROUPED_REMINDER_KINDS.find((k) => k.key === kind);
}
