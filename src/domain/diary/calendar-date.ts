import type { IsoDate } from "../rules/dates.js";

/** The calendar date of `instant` in `timeZone` (Asia/Almaty by default, domain.md §10), as "YYYY-MM-DD". */
export function calendarDateIn(instant: Date, timeZone = "Asia/Almaty"): IsoDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
