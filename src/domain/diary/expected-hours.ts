import { addDays, minDateOf } from "./dates-helpers.js";
import type { IsoDate } from "../rules/dates.js";
import type { WorkingCalendar } from "../rules/working-calendar.js";
import { isPracticeWorkingDay, roundHours } from "./calendar-norm.js";

/**
 * The hours a diary should hold by today (QP-06 3.6: each working day of the holiday calendar × the policy's hours
 * per day): the working days from the start up to yesterday (or the end), excused days left out (QP-06 5.8).
 * Today is not counted: the student writes today's entry in the evening.
 */
export function expectedHoursBy(
  placement: { startDate: IsoDate; endDate: IsoDate; excusedDays?: readonly { date: string }[] | null | undefined },
  today: IsoDate,
  calendar: WorkingCalendar,
  hoursPerDay: number,
): number {
  const excused = new Set((placement.excusedDays ?? []).map((d) => d.date));
  const last = minDateOf(addDays(today, -1), placement.endDate);
  let days = 0;
  for (let d = placement.startDate; d <= last; d = addDays(d, 1)) if (!excused.has(d) && isPracticeWorkingDay(calendar, d)) days += 1;
  return roundHours(days * hoursPerDay);
}

/** Behind on hours: handed in (submitted or approved, QP-06 5.11) below what the days so far require. */
export function isBehind(handedInHours: number, expectedHours: number): boolean {
  return handedInHours < expectedHours;
}
