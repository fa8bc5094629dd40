import { addDays, daysBetween, isIsoDate, isWeekend } from "../rules/dates.js";
import type { IsoDate } from "../rules/dates.js";

export { addDays, daysBetween, isIsoDate, isWeekend };

export function maxDateOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minDateOf(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** Monday of the ISO week of `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
}
