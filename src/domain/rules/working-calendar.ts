import { RuleInputError } from "./errors.js";
import { addDays, isWeekend, toIsoDate, yearOf } from "./dates.js";
import type { DateInput, IsoDate } from "./dates.js";

/**
 * Working-day calendar: Saturday and Sunday off, plus the public holidays and
 * government-moved days of a per-year data file (domain.md §10). Used for the
 * "5 working days before the next academic period" cut-offs (R-23 4.4, 6.2,
 * 7.7) and the review/order periods in working days (R-23 4.6, 6.5, 7.11).
 */

/**
 * - `holiday`: a public holiday (day off).
 * - `movedDayOff`: the next working day after a non-religious holiday that
 *   fell on a Saturday/Sunday (Law "On holidays", art. 5).
 * - `transferredDayOff`: a day off moved onto a weekday by government decree.
 * - `workingWeekendDay`: the Saturday/Sunday that became a working day by
 *   that decree.
 */
export type CalendarDayKind = "holiday" | "movedDayOff" | "transferredDayOff" | "workingWeekendDay";

export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  /** Holiday key for localisation ("nauryz", "kurbanAit", …). */
  name: string;
  /** For moved/transferred days: the date the day off came from. */
  from?: IsoDate;
  /** For a working weekend day: the weekday that became a day off instead. */
  to?: IsoDate;
  /** Date not yet confirmed by the authorities (e.g. Kurban Ait far ahead). */
  provisional?: boolean;
}

export interface HolidayYear {
  calendarId: string;
  year: number;
  days: readonly CalendarDay[];
}

export interface WorkingCalendar {
  readonly id: string;
  readonly years: ReadonlySet<number>;
  /** Weekday dates that are days off. */
  readonly daysOff: ReadonlyMap<IsoDate, CalendarDay>;
  /** Weekend dates that are working days. */
  readonly workingWeekendDays: ReadonlyMap<IsoDate, CalendarDay>;
  /** Every listed day (holidays on weekends included), by date. */
  readonly listed: ReadonlyMap<IsoDate, CalendarDay>;
}

export function createWorkingCalendar(id: string, years: readonly HolidayYear[]): WorkingCalendar {
  const daysOff = new Map<IsoDate, CalendarDay>();
  const workingWeekendDays = new Map<IsoDate, CalendarDay>();
  const listed = new Map<IsoDate, CalendarDay>();
  const covered = new Set<number>();
  for (const y of years) {
    if (y.calendarId !== id) continue;
    covered.add(y.year);
    for (const day of y.days) {
      const date = toIsoDate(day.date, "days.date");
      listed.set(date, day);
      if (day.kind === "workingWeekendDay") workingWeekendDays.set(date, day);
      else daysOff.set(date, day);
    }
  }
  return { id, years: covered, daysOff, workingWeekendDays, listed };
}

function assertCovered(calendar: WorkingCalendar, date: IsoDate): void {
  const year = yearOf(date);
  if (!calendar.years.has(year)) {
    throw new RuleInputError("calendarYearNotCovered", { calendarId: calendar.id, year, date });
  }
}

/** Throws RuleInputError("calendarYearNotCovered") unless every year in [from, to] has data. */
export function assertCalendarCovers(calendar: WorkingCalendar, from: DateInput, to: DateInput = from): void {
  const a = yearOf(toIsoDate(from));
  const b = yearOf(toIsoDate(to));
  for (let y = Math.min(a, b); y <= Math.max(a, b); y++) {
    if (!calendar.years.has(y)) {
      throw new RuleInputError("calendarYearNotCovered", { calendarId: calendar.id, year: y });
    }
  }
}

export function calendarCoversYear(calendar: WorkingCalendar, year: number): boolean {
  return calendar.years.has(year);
}

/** Labour-calendar working day (5-day week). Throws for years without data. */
export function isWorkingDay(calendar: WorkingCalendar, date: DateInput): boolean {
  const d = toIsoDate(date);
  assertCovered(calendar, d);
  if (calendar.workingWeekendDays.has(d)) return true;
  if (calendar.daysOff.has(d)) return false;
  return !isWeekend(d);
}

/** What the calendar says about a date, for explanations. */
export function describeDay(
  calendar: WorkingCalendar,
  date: DateInput,
): { date: IsoDate; working: boolean; weekend: boolean; listed: CalendarDay | null } {
  const d = toIsoDate(date);
  return { date: d, working: isWorkingDay(calendar, d), weekend: isWeekend(d), listed: calendar.listed.get(d) ?? null };
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RuleInputError("invalidCount", { count: n });
}

/**
 * The date that is `n` working days before `date` (the date itself is not
 * counted): workingDaysBefore(Mon 8 Sep, 5) = Mon 1 Sep. n = 0 returns `date`.
 * R-23 4.4, 6.2, 7.7 use n = 5 for the last day applications are accepted.
 */
export function workingDaysBefore(calendar: WorkingCalendar, date: DateInput, n: number): IsoDate {
  assertCount(n);
  let d = toIsoDate(date);
  let left = n;
  while (left > 0) {
    d = addDays(d, -1);
    if (isWorkingDay(calendar, d)) left -= 1;
  }
  return d;
}

/** The date that is `n` working days after `date` (R-23 4.6 review, 6.5 / 7.11 order). */
export function addWorkingDays(calendar: WorkingCalendar, date: DateInput, n: number): IsoDate {
  assertCount(n);
  let d = toIsoDate(date);
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(calendar, d)) left -= 1;
  }
  return d;
}

/** addWorkingDays, or null when the calendar has no data for the years involved. */
export function addWorkingDaysIfCovered(calendar: WorkingCalendar, date: DateInput, n: number): IsoDate | null {
  try {
    return addWorkingDays(calendar, date, n);
  } catch (e) {
    if (e instanceof RuleInputError && e.code === "calendarYearNotCovered") return null;
    throw e;
  }
}

/** `date` if it is a working day, else the closest working day before it. */
export function workingDayOnOrBefore(calendar: WorkingCalendar, date: DateInput): IsoDate {
  let d = toIsoDate(date);
  while (!isWorkingDay(calendar, d)) d = addDays(d, -1);
  return d;
}

/** `date` if it is a working day, else the closest working day after it. */
export function workingDayOnOrAfter(calendar: WorkingCalendar, date: DateInput): IsoDate {
  let d = toIsoDate(date);
  while (!isWorkingDay(calendar, d)) d = addDays(d, 1);
  return d;
}

/** Working days in [from, to], both included. */
export function countWorkingDays(calendar: WorkingCalendar, from: DateInput, to: DateInput): number {
  let d = toIsoDate(from);
  const end = toIsoDate(to);
  let n = 0;
  while (d <= end) {
    if (isWorkingDay(calendar, d)) n += 1;
    d = addDays(d, 1);
  }
  return n;
}

const calendarMemo = new WeakMap<WorkingCalendar, Map<string, number | boolean>>();

/**
 * Memoises an answer about `calendar` under `key` (calendars are immutable once built). The diary and the
 * reminder run ask the same few questions for every placement of a cohort; walking the calendar day by day
 * for each of them was a third of a reminder run. Only answers are cached (a year the calendar does not
 * cover throws every time). Bounded: cleared past 20,000 entries per calendar.
 */
export function memoOnCalendar<T extends number | boolean>(calendar: WorkingCalendar, key: string, compute: () => T): T {
  let perCalendar = calendarMemo.get(calendar);
  if (!perCalendar) {
    perCalendar = new Map();
    calendarMemo.set(calendar, perCalendar);
  }
  const found = perCalendar.get(key);
  if (found !== undefined) return found as T;
  const value = compute();
  if (perCalendar.size > 20_000) perCalendar.clear();
  perCalendar.set(key, value);
  return value;
}
