import { groupedReminderKind } from "../reminders/reminder-kinds.js";

/**
 * How the due documents of one recipient and kind are sent together, as one list: the header's and each line's
 * locale keys (the header gets `count`; a line gets the document's params, `student` sorts it), and optionally one
 * button for the whole list whose callback data is a param of the first document.
 */
export interface GroupedKindSpec {
  kind: string;
  header: string;
  line: string;
  button?: { key: string; dataParam: string };
}

/**
 * Notices about many students that reach one person at once, grouped like the reminders (GROUPED_REMINDER_KINDS).
 * 6B03104 §9.1: bases are sent for approval in waves (a cohort before its start); a coordinator of 150 gets one list
 * with a button to `/bases`, where "approve all shown" works on exactly what is shown.
 */
export const GROUPED_NOTICE_KINDS = [
  {
    kind: "placement-submitted",
    header: "cp-grouped-placement-submitted",
    line: "cp-grouped-line-placement",
    button: { key: "cp-grouped-bases-button", dataParam: "basesData" },
  },
] as const satisfies readonly GroupedKindSpec[];

/** The grouping of `kind` (a grouped reminder or notice), or undefined when its documents are sent one by one. */
export function groupedKind(kind: string): GroupedKindSpec | undefined {
  const reminder = groupedReminderKind(kind);
  if (reminder) return { kind, header: `reminders-grouped-${reminder.key}`, line: `reminders-grouped-line-${reminder.line}` };
  return GROUPED_NOTICE_KINDS.find((k) => k.kind === kind);
}
