import dayjs from "dayjs";
import type { Dayjs } from "dayjs";
import { RuleInputError } from "./errors.js";

/**
 * Calendar-date arithmetic on "YYYY-MM-DD" strings. Dates are calendar days in
 * Kazakhstan (Asia/Almaty, domain.md §10); no clock and no time zone is
 * involved here: a Dayjs argument contributes the calendar date it formats to
 * (pass one already converted with `.tz("Asia/Almaty")`).
 */
export type IsoDate = string;
export type DateInput = IsoDate | Dayjs;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written exactly as YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1900 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * "2026-11-23" → "23.11.2026", the way dates are written on Kazakhstan's university documents in kk, ru
 * and en alike (so a date can travel pre-formatted, e.g. in an outbox message); "—" when there is none.
 */
export function dottedDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Normalises a date argument; throws RuleInputError("invalidDate"). */
export function toIsoDate(value: DateInput, field = "date"): IsoDate {
  if (typeof value === "string") {
    if (isIsoDate(value)) return value;
    throw new RuleInputError("invalidDate", { field, value });
  }
  if (dayjs.isDayjs(value) && value.isValid()) {
    const s = value.format("YYYY-MM-DD");
    if (isIsoDate(s)) return s;
  }
  throw new RuleInputError("invalidDate", { field, value: String(value) });
}

/** Days since 1970-01-01 of a valid IsoDate. */
export function toEpochDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Formatted days (a reminder run formats the same few hundred dates for every placement); bounded. */
const formattedDays = new Map<number, IsoDate>();

export function fromEpochDay(day: number): IsoDate {
  let date = formattedDays.get(day);
  if (date === undefined) {
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (formattedDays.size >= 50_000) formattedDays.clear();
    formattedDays.set(day, date);
  }
  return date;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Adds calendar months; a day that does not exist in the target month is
 * clamped to its last day (31 Jan + 1 month = 28/29 Feb; 29 Feb 2024 + 5
 * years = 28 Feb 2029), the usual reading of terms counted in months/years.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, "0")}-${String(nm).padStart(2, "0")}-${String(nd).padStart(2, "0")}`;
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}
