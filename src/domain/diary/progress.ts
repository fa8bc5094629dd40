import { addDays, daysBetween, maxDateOf, minDateOf, mondayOf } from "./dates-helpers.js";
import type { IsoDate } from "../rules/dates.js";
import type { WorkingCalendar } from "../rules/working-calendar.js";
import { isWorkingDayOrWeekday, type DiaryPolicy } from "./entry-validation.js";
import type { DiaryPlacement, EntryFacts } from "./types.js";
import { countsAsHandedIn, sumHours } from "./weeks.js";

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
    /** QP-06 3.6: hoursPerDay × daysPerWeek = 30. */
    target: number;
  };
  /** Working days from the start up to yesterday (or the end) with no entry at all, oldest first. */
  missingWorkingDays: IsoDate[];
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

function countWorking(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDayOrWeekday(calendar, d)) n += 1;
  return n;
}

/**
 * Progress of a diary: approved / submitted / required hours, this week's hours against the weekly
 * norm (QP-06 3.6: 6 h × 5 days = 30 h), working days without an entry, returned entries, days left.
 */
export function computeProgress(input: {
  placement: Pick<DiaryPlacement, "startDate" | "endDate" | "requiredHours">;
  entries: readonly (EntryFacts & { decision?: { reason?: string | undefined } | null | undefined })[];
  today: IsoDate;
  policy: Pick<DiaryPolicy, "hoursPerDay" | "daysPerWeek">;
  calendar: WorkingCalendar;
}): DiaryProgress {
  const { placement, entries, today, policy, calendar } = input;
  const phase: PracticePhase = today < placement.startDate ? "notStarted" : today > placement.endDate ? "ended" : "running";
  const approvedHours = sumHours(entries.filter((e) => e.status === "approved"));
  const submittedHours = sumHours(entries.filter(countsAsHandedIn));
  const awaitingHours = sumHours(entries.filter((e) => e.status === "submitted"));

  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  const weekHours = sumHours(entries.filter((e) => countsAsHandedIn(e) && e.date >= monday && e.date <= sunday));

  const written = new Set(entries.filter((e) => e.status !== "draft").map((e) => e.date));
  const missing: IsoDate[] = [];
  const lastChecked = minDateOf(addDays(today, -1), placement.endDate);
  for (let d = placement.startDate; d <= lastChecked; d = addDays(d, 1)) {
    if (!written.has(d) && isWorkingDayOrWeekday(calendar, d)) missing.push(d);
  }
  const lastEntry = [...written]
    .filter((d) => d <= today)
    .sort()
    .at(-1);
  const silenceFrom = lastEntry === undefined ? placement.startDate : addDays(lastEntry, 1);
  const silentWorkingDays = silenceFrom <= lastChecked ? countWorking(calendar, silenceFrom, lastChecked) : 0;

  const daysLeft = phase === "ended" ? 0 : daysBetween(phase === "notStarted" ? placement.startDate : today, placement.endDate) + 1;
  const workingDaysLeft = phase === "ended" ? 0 : countWorking(calendar, maxDateOf(today, placement.startDate), placement.endDate);

  return {
    phase,
    requiredHours: placement.requiredHours,
    approvedHours,
    submittedHours,
    awaitingHours,
    approvedShare: placement.requiredHours > 0 ? Math.min(1, approvedHours / placement.requiredHours) : 1,
    bar: renderProgressBar(approvedHours, placement.requiredHours),
    thisWeek: { from: monday, to: sunday, hours: weekHours, target: policy.hoursPerDay * policy.daysPerWeek },
    missingWorkingDays: missing,
    silentWorkingDays,
    returned: entries
      .filter((e) => e.status === "returned")
      .map((e) => ({ date: e.date, reason: e.decision?.reason ?? null }))
      .sort((a, b) => (a.date < b.date ? -1 : 1)),
    daysLeft,
    workingDaysLeft,
  };
}
