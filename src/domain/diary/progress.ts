import { addDays, daysBetween, maxDateOf, minDateOf, mondayOf } from "./dates-helpers.js";
import type { IsoDate } from "../rules/dates.js";
import type { WorkingCalendar } from "../rules/working-calendar.js";
import type { DiaryPolicy } from "./entry-validation.js";
import { isPracticeWorkingDay, weekNormOn, weekNorms, workingDaysBetween, type RequiredHoursMode, type WeekNorm } from "./calendar-norm.js";
import type { DiaryPlacement, EntryFacts } from "./types.js";
import { countsAsHandedIn, sumHours } from "./weeks.js";
import { isExcusedDay, isLateEntryPermitted, writableFromOf } from "./writable-days.js";

export type PracticePhase = "notStarted" | "running" | "ended";

/** What `/progress` shows. */
export interface DiaryProgress {
  phase: PracticePhase;
  requiredHours: number;
  approvedHours: number;
  /** Handed in: submitted or approved (returned entries need changes and do not count). */
  submittedHours: number;
  /** Submitted, waiting for a decision. */
  awaitingHours: number;
  /** approvedHours / requiredHours, 0–1 (capped). */
  approvedShare: number;
  /** A text bar of the approved share, e.g. "███░░░░░░░". */
  bar: string;
  thisWeek: {
    from: IsoDate;
    to: IsoDate;
    hours: number;
    /** QP-06 3.6: this week's working days (holiday calendar) less its excused days × hours per day. */
    target: number;
  };
  /** The norm of every week of the practice (QP-06 3.6); `requiredHours` is their sum. */
  weeks: WeekNorm[];
  /**
   * Hours that can no longer be reached at the daily norm: required − handed in − the norm of the working days
   * still open (not written, not excused, writable). With a `nominal` policy it shows from the first day.
   */
  shortfallHours: number;
  /** Working days from the day the diary opened up to yesterday (or the end) with no entry and not excused, oldest first. */
  missingWorkingDays: IsoDate[];
  /** Excused days of the practice (sick leave and the like), oldest first. */
  excusedDays: IsoDate[];
  /** Working days since the last entry (or since the start): R-23 8.1 makes a long silence a signal. */
  silentWorkingDays: number;
  returned: { date: IsoDate; reason: string | null }[];
  /** Calendar days from today to the end, both included (0 once ended; the whole length before the start). */
  daysLeft: number;
  /** Working days from today (or the start) to the end, both included. */
  workingDaysLeft: number;
}

/** "████░░░░░░" for `value` of `total` (full when total is 0 or less and value ≥ total). */
export function renderProgressBar(value: number, total: number, width = 10): string {
  const share = total > 0 ? Math.min(1, Math.max(0, value / total)) : value > 0 ? 1 : 0;
  const filled = Math.round(share * width);
  return "█".repeat(filled) + "░".repeat(width - filled);
}

/**
 * Progress of a diary: approved / submitted / required hours, this week's hours against its norm
 * (QP-06 3.6: the week's working days by the holiday calendar × 6 h), working days without an entry since
 * the diary opened (excused days are not absences), returned entries, days left.
 */
export function computeProgress(input: {
  placement: Pick<
    DiaryPlacement,
    "startDate" | "endDate" | "requiredHours" | "writableFrom" | "lateEntryDays" | "excusedDays" | "weekNorms"
  >;
  entries: readonly (EntryFacts & { decision?: { reason?: string | undefined } | null | undefined })[];
  today: IsoDate;
  policy: Pick<DiaryPolicy, "hoursPerDay" | "daysPerWeek" | "diaryBackfillDays"> & { requiredHours?: RequiredHoursMode };
  calendar: WorkingCalendar;
}): DiaryProgress {
  const { placement, entries, today, policy, calendar } = input;
  const norms =
    placement.weekNorms?.slice() ??
    weekNorms({
      ...placement,
      calendar,
      policy: { ...policy, requiredHours: policy.requiredHours ?? "nominal" },
      excused: placement.excusedDays?.map((d) => d.date),
    });
  const phase: PracticePhase = today < placement.startDate ? "notStarted" : today > placement.endDate ? "ended" : "running";
  const approvedHours = sumHours(entries.filter((e) => e.status === "approved"));
  const submittedHours = sumHours(entries.filter(countsAsHandedIn));
  const awaitingHours = sumHours(entries.filter((e) => e.status === "submitted"));

  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  const weekHours = sumHours(entries.filter((e) => countsAsHandedIn(e) && e.date >= monday && e.date <= sunday));

  const written = new Set(entries.filter((e) => e.status !== "draft").map((e) => e.date));
  const opened = writableFromOf(placement);
  const counts = (d: IsoDate) => !written.has(d) && !isExcusedDay(placement, d) && isPracticeWorkingDay(calendar, d);
  const missing: IsoDate[] = [];
  const lastChecked = minDateOf(addDays(today, -1), placement.endDate);
  for (let d = placement.startDate; d <= lastChecked; d = addDays(d, 1)) {
    if ((d >= opened || isLateEntryPermitted(placement, d)) && counts(d)) missing.push(d);
  }
  const lastEntry = [...written]
    .filter((d) => d <= today)
    .sort()
    .at(-1);
  const silenceFrom = lastEntry === undefined ? opened : maxDateOf(opened, addDays(lastEntry, 1));
  const silentWorkingDays = missing.filter((d) => d >= silenceFrom).length;

  const daysLeft = phase === "ended" ? 0 : daysBetween(phase === "notStarted" ? placement.startDate : today, placement.endDate) + 1;
  const workingDaysLeft = phase === "ended" ? 0 : workingDaysBetween(calendar, maxDateOf(today, placement.startDate), placement.endDate);
  // Still writable: missing days inside the backfill limit (or allowed late), and the days from today to the end.
  const backfillFrom = addDays(today, -policy.diaryBackfillDays);
  let openDays = missing.filter((d) => d >= backfillFrom || isLateEntryPermitted(placement, d)).length;
  for (let d = maxDateOf(today, opened); d <= placement.endDate; d = addDays(d, 1)) if (counts(d)) openDays += 1;
  const shortfallHours = Math.max(0, Math.round((placement.requiredHours - submittedHours - openDays * policy.hoursPerDay) * 2) / 2);

  return {
    phase,
    requiredHours: placement.requiredHours,
    approvedHours,
    submittedHours,
    awaitingHours,
    approvedShare: placement.requiredHours > 0 ? Math.min(1, approvedHours / placement.requiredHours) : 1,
    bar: renderProgressBar(approvedHours, placement.requiredHours),
    thisWeek: { from: monday, to: sunday, hours: weekHours, target: weekNormOn(norms, today) ?? policy.hoursPerDay * policy.daysPerWeek },
    weeks: norms,
    shortfallHours,
    missingWorkingDays: missing,
    excusedDays: (placement.excusedDays ?? []).map((d) => d.date).sort(),
    silentWorkingDays,
    returned: entries
      .filter((e) => e.status === "returned")
      .map((e) => ({ date: e.date, reason: e.decision?.reason ?? null }))
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
    daysLeft,
    workingDaysLeft,
  };
}
