/**
 * Validation of the numbers and dates a student types in `/eligibility`. Pure: the normalised value
 * or the reason it was rejected (a locale key suffix, see `elig-*` in locales).
 */
import { isIsoDate } from "../rules/dates.js";
import type { IsoDate } from "../rules/dates.js";
import { normalizeDashes, type Checked } from "./student-profile.js";

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(reason: string, params?: Record<string, string | number>): Checked<T> =>
  params ? { ok: false, reason, params } : { ok: false, reason };

/** "2,85", "2.85", " 3 ", "-1": a decimal number with a point or a comma (the range is checked by the caller). */
function parseDecimal(input: string): number | null {
  const text = normalizeDashes(input).trim().replace(/\s+/g, "");
  if (!/^-?\d{1,4}(?:[.,]\d{1,4})?$/.test(text)) return null;
  return Number(text.replace(",", "."));
}

/** The 4-point scale (MR-595 App. 1). */
export const GPA_RANGE = { min: 0, max: 4 } as const;
/** Credits earned in total: the bot, the CLI and roster imports accept the same range. */
export const CREDITS_RANGE = { min: 0, max: 400 } as const;
/** Courses with academic debts. */
export const DEBTS_RANGE = { min: 0, max: 50 } as const;

/** Transfer GPA on the 4-point scale (MR-595 App. 1): 0–4, decimal comma accepted. */
export function checkGpa(input: string): Checked<number> {
  const value = parseDecimal(input);
  if (value === null) return fail("format");
  if (value < GPA_RANGE.min || value > GPA_RANGE.max) return fail("range", { ...GPA_RANGE });
  return ok(value);
}

/** Accumulated credits ({@link CREDITS_RANGE}), halves and decimal commas accepted. */
export function checkCredits(input: string): Checked<number> {
  const value = parseDecimal(input);
  if (value === null) return fail("format");
  if (value < CREDITS_RANGE.min || value > CREDITS_RANGE.max) return fail("range", { ...CREDITS_RANGE });
  return ok(value);
}

/** Number of academic debts: a whole number 0–50. */
export function checkDebtCount(input: string): Checked<number> {
  const text = input.trim();
  if (!/^\d{1,2}$/.test(text) || Number(text) > DEBTS_RANGE.max) return fail("format", { max: DEBTS_RANGE.max });
  return ok(Number(text));
}

/** A two-digit year is of this century ("15.06.24" is 2024). */
function fullYear(year: string): string {
  return year.length === 4 ? year : `20${year}`;
}

/**
 * A past date typed as day.month.year ("15.06.2024", "15.06.24", "5/6/2024", "15-06-2024") or
 * YYYY-MM-DD; not after `today`.
 */
export function checkPastDate(input: string, today: IsoDate): Checked<IsoDate> {
  const text = normalizeDashes(input).trim();
  let iso: string | null = null;
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/.exec(text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (dmy) iso = `${fullYear(dmy[3]!)}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
  else if (ymd) iso = `${ymd[1]}-${ymd[2]!.padStart(2, "0")}-${ymd[3]!.padStart(2, "0")}`;
  if (iso === null || !isIsoDate(iso)) return fail("format");
  if (iso > today) return fail("future");
  return ok(iso);
}
