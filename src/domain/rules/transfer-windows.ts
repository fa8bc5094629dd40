import { minDate, monthOf, toIsoDate, yearOf } from "./dates.js";
import type { DateInput, IsoDate } from "./dates.js";
import { criterion, type Reason } from "./reason.js";
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

/**
 * "Only during the holidays" (R-23 4.3 transfers, 6.1 programme changes): checked only when the caller
 * knows when the holidays start; otherwise it is met by assumption and no reason is given.
 */
export function holidayPeriodCheck(
  rule: string,
  date: IsoDate,
  holidayStart: DateInput | undefined,
): { inHolidays: boolean; reason: Reason | null } {
  if (holidayStart === undefined) return { inHolidays: true, reason: null };
  const start = toIsoDate(holidayStart, "holidayStart");
  const inHolidays = date >= start;
  return { inHolidays, reason: criterion(rule, inHolidays, { code: "holidayPeriod", date, holidayStart: start }) };
}
