import { minDate, monthOf, yearOf } from "./dates.js";
import type { IsoDate } from "./dates.js";
import { workingDaysBefore } from "./working-calendar.js";
import type { WorkingCalendar } from "./working-calendar.js";

/** R-23 4.4, 6.2, 7.7: applications close 5 working days before the next academic period. */
export const APPLICATION_CUTOFF_WORKING_DAYS = 5;

/**
 * R-23 3.2, 6.1 (MR-595 31): transfers and programme changes happen in the
 * summer or winter holidays, by 25 August / 25 January. The window is chosen
 * from the start of the next academic period: a period starting June–November
 * follows the summer holidays (25 August of that year); one starting
 * December–May follows the winter holidays (25 January of the year the
 * January falls in).
 */
export function transferWindowEnd(nextPeriodStart: IsoDate): { windowEnd: IsoDate; season: "summer" | "winter" } {
  const y = yearOf(nextPeriodStart);
  const m = monthOf(nextPeriodStart);
  if (m >= 6 && m <= 11) return { windowEnd: `${y}-08-25`, season: "summer" };
  const janYear = m === 12 ? y + 1 : y;
  return { windowEnd: `${String(janYear).padStart(4, "0")}-01-25`, season: "winter" };
}

/**
 * Last day (inclusive) applications are accepted: the date `workingDays`
 * working days before the period starts (R-23 4.4, 6.2, 7.7).
 */
export function applicationCutoff(
  calendar: WorkingCalendar,
  nextPeriodStart: IsoDate,
  workingDays: number = APPLICATION_CUTOFF_WORKING_DAYS,
): IsoDate {
  return workingDaysBefore(calendar, nextPeriodStart, workingDays);
}

export function earliest(...dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => minDate(a, b));
}
