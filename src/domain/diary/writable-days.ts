import { addDays, daysBetween, maxDateOf } from "./dates-helpers.js";
import type { IsoDate } from "../rules/dates.js";
import type { DiaryPlacement } from "./types.js";

/**
 * The first day of the diary: the day the placement was approved (QP-06 5.10: the practice is formalised by
 * the department before the student is sent), or the practice's start if that is later. Days before it
 * were never writable, so they are not absences.
 */
export function diaryOpensOn(startDate: IsoDate, approvedOn: IsoDate | null | undefined): IsoDate {
  return approvedOn ? maxDateOf(startDate, approvedOn) : startDate;
}

/** `writableFrom` of a diary (the start when the adapter set none). */
export function writableFromOf(placement: Pick<DiaryPlacement, "startDate" | "writableFrom">): IsoDate {
  return placement.writableFrom ?? placement.startDate;
}

/** Did a linked supervisor allow `date` to be written late? */
export function isLateEntryPermitted(placement: Pick<DiaryPlacement, "lateEntryDays">, date: IsoDate): boolean {
  return placement.lateEntryDays?.includes(date) ?? false;
}

export function isExcusedDay(placement: Pick<DiaryPlacement, "excusedDays">, date: IsoDate): boolean {
  return placement.excusedDays?.some((d) => d.date === date) ?? false;
}

/**
 * Labour Code of RK art. 68: the normal working time is at most 40 hours a week. A practice week
 * handed in above it is flagged to the supervisor.
 */
export const WEEK_HOURS_FLAG = 40;

/** What a supervisor is told to look at twice. */
export type EntryFlag = "weekOver40" | "writtenLate";

/**
 * The flags of an entry: its week holds more than 40 handed-in hours (Labour Code art. 68), or it was
 * handed in more than the backfill limit after its day (6B03104 §10a: the diary is kept daily).
 */
export function entryFlags(input: { date: IsoDate; submittedOn: IsoDate | null; weekHours: number; backfillDays: number }): EntryFlag[] {
  const flags: EntryFlag[] = [];
  if (input.weekHours > WEEK_HOURS_FLAG) flags.push("weekOver40");
  if (input.submittedOn !== null && daysBetween(input.date, input.submittedOn) > input.backfillDays) flags.push("writtenLate");
  return flags;
}

/**
 * Days a supervisor may allow to be written late: inside the practice, not in the future, and not
 * writable anyway (before the diary opened, or older than the backfill limit).
 */
export function lateEntryIssue(
  placement: Pick<DiaryPlacement, "startDate" | "endDate" | "writableFrom">,
  date: IsoDate,
  today: IsoDate,
  backfillDays: number,
): "outsidePractice" | "future" | "alreadyWritable" | null {
  if (date < placement.startDate || date > placement.endDate) return "outsidePractice";
  if (date > today) return "future";
  if (date >= writableFromOf(placement) && date >= addDays(today, -backfillDays)) return "alreadyWritable";
  return null;
}

/** Days a supervisor may excuse: inside the practice (future days too: a sick note may cover the coming days). */
export function excusedDayIssue(placement: Pick<DiaryPlacement, "startDate" | "endDate">, date: IsoDate): "outsidePractice" | null {
  return date < placement.startDate || date > placement.endDate ? "outsidePractice" : null;
}
