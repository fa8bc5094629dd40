import { addDays, maxDateOf, minDateOf, mondayOf } from "./dates-helpers.js";
import type { IsoDate } from "../rules/dates.js";
import { memoOnCalendar, type WorkingCalendar } from "../rules/working-calendar.js";
import { isWorkingDayOrWeekday } from "./entry-validation.js";

/**
 * How a policy sets the required hours (QP-06 3.6: 6 hours a day in a 5-day week):
 * - `calendar`: the working days of the practice by the holiday calendar (src/reference-data/holidays) × hours per day;
 * - `nominal`: weeks × hours per day × days per week, holidays ignored (the shortfall shows from the first day).
 */
export const REQUIRED_HOURS_MODES = ["calendar", "nominal"] as const;
export type RequiredHoursMode = (typeof REQUIRED_HOURS_MODES)[number];

/** The policy values the norm reads. */
export interface NormPolicy {
  hoursPerDay: number;
  daysPerWeek: number;
  requiredHours: RequiredHoursMode;
}

/** One practice week (Monday–Sunday, clipped to the practice) and its norm. */
export interface WeekNorm {
  /** 1 = the week the practice starts in. */
  index: number;
  from: IsoDate;
  to: IsoDate;
  /** Working days of the week inside the practice (holiday calendar; weekdays where a year has no data). */
  workingDays: number;
  /** Working days of the week the supervisor excused (sick leave and the like). */
  excusedDays: number;
  /** Hours the week requires: (working days − excused days) × hours per day (nominal: days per week × hours per day − excused). */
  norm: number;
}

/** Working days in [from, to], memoised per calendar (the reminder run and every `/progress` ask the same ranges). */
export function workingDaysBetween(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  if (from > to) return 0;
  return memoOnCalendar(calendar, `norm|${from}|${to}`, () => {
    let n = 0;
    for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDayOrWeekday(calendar, d)) n += 1;
    return n;
  });
}

/** Working day by the calendar (weekdays where a year has no data), memoised per calendar. */
export function isPracticeWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return memoOnCalendar(calendar, `day|${date}`, () => isWorkingDayOrWeekday(calendar, date));
}

/** Half-hour rounding, the one rounding of hours in `/progress`, `/entries` and the F-76. */
export function roundHours(hours: number): number {
  return Math.round(hours * 2) / 2;
}

/**
 * The weekly norms of a practice (QP-06 3.6: the week's working days × hours per day, by the holiday
 * calendar). Excused days lower their week's norm. With a `nominal` policy every full week counts
 * days per week × hours per day; a week cut by the practice's start or end counts its weekdays.
 */
export function weekNorms(input: {
  startDate: IsoDate;
  endDate: IsoDate;
  calendar: WorkingCalendar;
  policy: NormPolicy;
  excused?: readonly IsoDate[] | undefined;
}): WeekNorm[] {
  const { startDate, endDate, calendar, policy } = input;
  const excused = new Set(input.excused ?? []);
  const weeks: WeekNorm[] = [];
  for (let monday = mondayOf(startDate), index = 1; monday <= endDate; monday = addDays(monday, 7), index++) {
    const from = maxDateOf(monday, startDate);
    const to = minDateOf(addDays(monday, 6), endDate);
    const workingDays = workingDaysBetween(calendar, from, to);
    let excusedDays = 0;
    for (const d of excused) if (d >= from && d <= to && isPracticeWorkingDay(calendar, d)) excusedDays += 1;
    const days =
      policy.requiredHours === "calendar" ? workingDays : Math.min(policy.daysPerWeek, weekdaysBetween(from, to, policy.daysPerWeek));
    weeks.push({ index, from, to, workingDays, excusedDays, norm: roundHours(Math.max(0, days - excusedDays) * policy.hoursPerDay) });
  }
  return weeks;
}

function weekdaysBetween(from: IsoDate, to: IsoDate, daysPerWeek: number): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const weekday = (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
    if (weekday < daysPerWeek) n += 1;
  }
  return n;
}

/** The required total: the sum of the weekly norms (QP-06 3.6). */
export function requiredHoursOf(weeks: readonly Pick<WeekNorm, "norm">[]): number {
  return roundHours(weeks.reduce((sum, w) => sum + w.norm, 0));
}

/** The norm of the practice week holding `date` (null outside the practice). */
export function weekNormOn(weeks: readonly WeekNorm[], date: IsoDate): number | null {
  return weeks.find((w) => w.from <= date && date <= w.to)?.norm ?? null;
}
