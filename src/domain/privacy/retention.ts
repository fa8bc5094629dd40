import type { IsoDate } from "../rules/dates.js";

/** The clause that makes the department keep a practice's diary-report (F-76) and report. */
export const RETENTION_RULE = "QP-06 6.12";
/** The clause that prints the supervisors' names on the F-76's approvals and sign-offs. */
export const SIGNATURE_RULE = "QP-06 6.2";

/** The same day `years` later ("YYYY-MM-DD"); 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * QP-06 6.12: the department keeps a practice's diary and report for `years` (the policy's `diaryRetentionYears`)
 * after the practice ended. The first day they may be deleted; null while the practice has no end date (it runs).
 */
export function purgeableFrom(endDate: IsoDate | null | undefined, years: number): IsoDate | null {
  return endDate ? addYears(endDate, years) : null;
}

/** QP-06 6.12: whether a practice's records must still be kept on `today`. */
export function mustKeepPracticeRecords(endDate: IsoDate | null | undefined, years: number, today: IsoDate): boolean {
  const from = purgeableFrom(endDate, years);
  return from === null || today < from;
}

/** The coordinator's Confirm / Refuse under a deletion request: `pdr:<ok|no>:<request id>:<version>` (src/bot/callback-data.ts). */
export function deletionDecisionData(decision: "ok" | "no", requestId: string, version: number): string {
  return `pdr:${decision}:${requestId}:${version}`;
}
