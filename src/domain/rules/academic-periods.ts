import { RuleInputError } from "./errors.js";
import { isIsoDate, toIsoDate, yearOf } from "./dates.js";
import type { DateInput, IsoDate } from "./dates.js";

/** First days ("MM-DD") of the two academic periods of a year (policy `academicPeriods`). */
export interface AcademicPeriodDays {
  autumnStart: string;
  springStart: string;
  /** First day ("MM-DD") of the winter vacation, before the spring period; absent when not known. */
  winterVacationStart?: string | undefined;
  /** First day ("MM-DD") of the summer vacation, before the autumn period; absent when not known. */
  summerVacationStart?: string | undefined;
}

export interface AcademicPeriodStart {
  start: IsoDate;
  season: "autumn" | "spring";
}

function dayOf(year: number, monthDay: string, field: string): IsoDate {
  const date = `${String(year).padStart(4, "0")}-${monthDay}`;
  if (!/^\d{2}-\d{2}$/.test(monthDay) || !isIsoDate(date)) throw new RuleInputError("invalidDate", { field, value: monthDay });
  return date;
}

/**
 * The first academic period that starts strictly after `date` (on its first day a period has
 * already begun). The "next academic period" of R-23 4.4, 6.2 and 7.7.
 */
export function nextAcademicPeriodStart(date: DateInput, periods: AcademicPeriodDays): AcademicPeriodStart {
  const day = toIsoDate(date, "date");
  const year = yearOf(day);
  const candidates: AcademicPeriodStart[] = [];
  for (const y of [year, year + 1]) {
    candidates.push({ start: dayOf(y, periods.springStart, "springStart"), season: "spring" });
    candidates.push({ start: dayOf(y, periods.autumnStart, "autumnStart"), season: "autumn" });
  }
  const next = candidates.filter((c) => c.start > day).sort((a, b) => (a.start < b.start ? -1 : 1))[0];
  // Two starts a year: one of the four candidates always lies after `day`.
  if (!next) throw new RuleInputError("invalidDate", { field: "academicPeriods", value: `${periods.springStart}/${periods.autumnStart}` });
  return next;
}

/**
 * The first day of the vacation that precedes `period` (winter before spring, summer before autumn):
 * the last such day before the period starts. Transfers, programme changes (R-23 4.3, 6.1) and
 * reinstatements (R-23 7.1) happen in the vacation. Null when the policy does not say.
 */
export function vacationBefore(
  period: AcademicPeriodStart,
  periods: AcademicPeriodDays,
): { start: IsoDate; season: "winter" | "summer" } | null {
  const season = period.season === "spring" ? "winter" : "summer";
  const monthDay = season === "winter" ? periods.winterVacationStart : periods.summerVacationStart;
  if (monthDay === undefined) return null;
  const year = yearOf(period.start);
  const sameYear = dayOf(year, monthDay, `${season}VacationStart`);
  return { start: sameYear < period.start ? sameYear : dayOf(year - 1, monthDay, `${season}VacationStart`), season };
}
