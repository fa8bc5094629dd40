import { addDays, daysBetween, isIsoDate, isWeekend, maxDateOf } from "./dates-helpers.js";
import type { IsoDate } from "../rules/dates.js";
import { calendarCoversYear, isWorkingDay } from "../rules/working-calendar.js";
import type { CalendarDay, WorkingCalendar } from "../rules/working-calendar.js";
import type { DiaryPlacement } from "./types.js";
import { isLateEntryPermitted, writableFromOf } from "./writable-days.js";

/** Limits of one diary entry (a day's norm is 6 h, QP-06 3.6). */
export const ENTRY_LIMITS = Object.freeze({
  minHours: 0.5,
  maxHours: 12,
  hoursStep: 0.5,
  minTextLength: 20,
  maxTextLength: 3000,
});

/** The policy values the diary rules read (src/domain/policies/policy-schema.ts). */
export interface DiaryPolicy {
  /** QP-06 3.6: 6 hours a day. */
  hoursPerDay: number;
  /** QP-06 3.6: 5-day week. */
  daysPerWeek: number;
  /** Days back an entry may still be written (policy value, default 7). */
  diaryBackfillDays: number;
}

export type DateIssue =
  | { field: "date"; code: "invalidDate" }
  | { field: "date"; code: "futureDate"; today: IsoDate }
  | { field: "date"; code: "beforePlacementStart"; startDate: IsoDate }
  | { field: "date"; code: "afterPlacementEnd"; endDate: IsoDate }
  | { field: "date"; code: "beforeDiaryOpened"; openedOn: IsoDate }
  | { field: "date"; code: "tooFarBack"; earliest: IsoDate; limitDays: number };

export type HoursIssue =
  | { field: "hours"; code: "hoursNotANumber" }
  | { field: "hours"; code: "hoursOutOfRange"; min: number; max: number }
  | { field: "hours"; code: "hoursStep"; step: number };

export type TextIssue =
  | { field: "text"; code: "textTooShort"; min: number; length: number }
  | { field: "text"; code: "textTooLong"; max: number; length: number };

export type EntryIssue = DateIssue | HoursIssue | TextIssue;
export type EntryIssueCode = EntryIssue["code"];

/** Every issue code, for locale checks (`diary-issue-<code>`). */
export const ENTRY_ISSUE_CODES = [
  "invalidDate",
  "futureDate",
  "beforePlacementStart",
  "afterPlacementEnd",
  "beforeDiaryOpened",
  "tooFarBack",
  "hoursNotANumber",
  "hoursOutOfRange",
  "hoursStep",
  "textTooShort",
  "textTooLong",
] as const satisfies readonly EntryIssueCode[];

/**
 * How a date is marked in the diary: entries on weekends and public holidays are allowed but marked
 * (domain.md §10 working days). `holiday` wins over `weekend`; a weekend made a working day by decree is unmarked.
 */
export type DayMark = "weekend" | "holiday" | null;

export interface DayMarking {
  mark: DayMark;
  /** The calendar entry behind a `holiday` mark (name key for localisation). */
  holiday: CalendarDay | null;
  /** false when the holiday data does not cover the year: only weekends are known then. */
  calendarCovered: boolean;
}

/** Working day by the calendar, or Monday–Friday when the year has no holiday data. */
export function isWorkingDayOrWeekday(calendar: WorkingCalendar, date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  if (!calendarCoversYear(calendar, year)) return !isWeekend(date);
  return isWorkingDay(calendar, date);
}

/** Marks weekend and holiday entries (allowed, but shown as such). */
export function markEntryDay(calendar: WorkingCalendar, date: IsoDate): DayMarking {
  const covered = calendarCoversYear(calendar, Number(date.slice(0, 4)));
  if (!covered) return { mark: isWeekend(date) ? "weekend" : null, holiday: null, calendarCovered: false };
  if (isWorkingDay(calendar, date)) return { mark: null, holiday: null, calendarCovered: true };
  const listed = calendar.listed.get(date) ?? null;
  if (listed && listed.kind !== "workingWeekendDay") return { mark: "holiday", holiday: listed, calendarCovered: true };
  return { mark: "weekend", holiday: null, calendarCovered: true };
}

/** The placement fields the date rules read. */
export type WritablePlacement = Pick<DiaryPlacement, "startDate" | "endDate" | "writableFrom" | "lateEntryDays">;

/**
 * The date rules: never in the future, never outside the placement's dates, not before the diary opened
 * (the placement's approval), no further back than `diaryBackfillDays` before today (policy value; the
 * diary is kept daily, 6B03104 §10a), unless a linked supervisor allowed that day to be written late.
 */
export function validateEntryDate(
  date: string,
  context: { placement: WritablePlacement; today: IsoDate; policy: Pick<DiaryPolicy, "diaryBackfillDays"> },
): DateIssue | null {
  if (!isIsoDate(date)) return { field: "date", code: "invalidDate" };
  const { placement, today, policy } = context;
  if (date > today) return { field: "date", code: "futureDate", today };
  if (date < placement.startDate) return { field: "date", code: "beforePlacementStart", startDate: placement.startDate };
  if (date > placement.endDate) return { field: "date", code: "afterPlacementEnd", endDate: placement.endDate };
  if (isLateEntryPermitted(placement, date)) return null;
  const openedOn = writableFromOf(placement);
  if (date < openedOn) return { field: "date", code: "beforeDiaryOpened", openedOn };
  const earliest = addDays(today, -policy.diaryBackfillDays);
  if (date < earliest)
    return { field: "date", code: "tooFarBack", earliest: maxDateOf(earliest, openedOn), limitDays: policy.diaryBackfillDays };
  return null;
}

/** Hours: 0.5–12 in steps of 0.5. */
export function validateEntryHours(hours: unknown): HoursIssue | null {
  if (typeof hours !== "number" || !Number.isFinite(hours)) return { field: "hours", code: "hoursNotANumber" };
  if (hours < ENTRY_LIMITS.minHours || hours > ENTRY_LIMITS.maxHours) {
    return { field: "hours", code: "hoursOutOfRange", min: ENTRY_LIMITS.minHours, max: ENTRY_LIMITS.maxHours };
  }
  if (!Number.isInteger(hours / ENTRY_LIMITS.hoursStep)) return { field: "hours", code: "hoursStep", step: ENTRY_LIMITS.hoursStep };
  return null;
}

/** Typed hours ("6", "6.5", "6,5") → number, or null when it is not a number. */
export function parseHours(input: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,3}))?\s*$/.exec(input);
  if (!m) return null;
  return Number(`${m[1]}.${m[2] ?? "0"}`);
}

/** The text as stored: Unicode NFC, Windows line ends unified, trimmed. */
export function normalizeEntryText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

/** Length in characters (code points), as a person counts them. */
export function textLength(text: string): number {
  return [...text].length;
}

/** What was done: 20–3,000 characters after trimming. */
export function validateEntryText(text: string): TextIssue | null {
  const length = textLength(normalizeEntryText(text));
  if (length < ENTRY_LIMITS.minTextLength) return { field: "text", code: "textTooShort", min: ENTRY_LIMITS.minTextLength, length };
  if (length > ENTRY_LIMITS.maxTextLength) return { field: "text", code: "textTooLong", max: ENTRY_LIMITS.maxTextLength, length };
  return null;
}

export interface EntryInput {
  date: string;
  hours: unknown;
  text: string;
}

export type EntryValidation =
  { ok: true; entry: { date: IsoDate; hours: number; text: string }; marking: DayMarking } | { ok: false; issues: EntryIssue[] };

/** All three rules at once; on success, the normalised entry and how its day is marked. */
export function validateEntry(
  input: EntryInput,
  context: {
    placement: WritablePlacement;
    today: IsoDate;
    policy: Pick<DiaryPolicy, "diaryBackfillDays">;
    calendar: WorkingCalendar;
  },
): EntryValidation {
  const issues = [validateEntryDate(input.date, context), validateEntryHours(input.hours), validateEntryText(input.text)].filter(
    (i): i is EntryIssue => i !== null,
  );
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    entry: { date: input.date, hours: input.hours as number, text: normalizeEntryText(input.text) },
    marking: markEntryDay(context.calendar, input.date),
  };
}

/**
 * The dates a student may write for today, newest first (the scene's date buttons): from today
 * (or the placement's end) back to the backfill limit or the day the diary opened, and the days a
 * supervisor allowed to be written late.
 */
export function selectableEntryDates(
  placement: WritablePlacement,
  today: IsoDate,
  policy: Pick<DiaryPolicy, "diaryBackfillDays">,
): IsoDate[] {
  const last = today < placement.endDate ? today : placement.endDate;
  const first = maxDateOf(addDays(today, -policy.diaryBackfillDays), writableFromOf(placement));
  const out: IsoDate[] = [];
  for (let d = last; d >= first && daysBetween(d, last) <= 366; d = addDays(d, -1)) out.push(d);
  const late = (placement.lateEntryDays ?? []).filter((d) => d >= placement.startDate && d <= last && !out.includes(d));
  return [...out, ...late].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/** A supervisor's reason for returning an entry: 3–1,000 characters after trimming. */
export const RETURN_REASON_LIMITS = Object.freeze({ min: 3, max: 1000 });

export type ReturnReasonIssue = { code: "reasonTooShort" | "reasonTooLong"; min: number; max: number };

export function validateReturnReason(reason: string): ReturnReasonIssue | null {
  const length = textLength(normalizeEntryText(reason));
  if (length < RETURN_REASON_LIMITS.min) return { code: "reasonTooShort", ...RETURN_REASON_LIMITS };
  if (length > RETURN_REASON_LIMITS.max) return { code: "reasonTooLong", ...RETURN_REASON_LIMITS };
  return null;
}

/** The organisation supervisor's characteristic (reference): 20–5,000 characters after trimming. */
export const CHARACTERISTIC_LIMITS = Object.freeze({ min: 20, max: 5000 });

export type CharacteristicTextIssue = { code: "characteristicTooShort" | "characteristicTooLong"; min: number; max: number };

export function validateCharacteristicText(text: string): CharacteristicTextIssue | null {
  const length = textLength(normalizeEntryText(text));
  if (length < CHARACTERISTIC_LIMITS.min) return { code: "characteristicTooShort", ...CHARACTERISTIC_LIMITS };
  if (length > CHARACTERISTIC_LIMITS.max) return { code: "characteristicTooLong", ...CHARACTERISTIC_LIMITS };
  return null;
}
