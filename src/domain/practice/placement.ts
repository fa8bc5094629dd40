import type { Checked } from "../profile/student-profile.js";
import { addDays, addYears, daysBetween, isIsoDate, type IsoDate } from "../rules/dates.js";
import { isRuleInputError } from "../rules/errors.js";
import {
  practiceDeadlines,
  practiceEndDate,
  type PracticeDeadline,
  type PracticeDeadlineKey,
  type PracticeDeadlinePolicy,
  type PracticeType,
} from "../rules/practice-deadlines.js";
import type { WorkingCalendar } from "../rules/working-calendar.js";

export { PRACTICE_TYPES, type PracticeType } from "../rules/practice-deadlines.js";

/** A student's practice from the roster draft to the end (QP-06 5.10; 6B03104 §9.1). */
export const PLACEMENT_STATUSES = ["draft", "submitted", "approved", "returned", "active", "finished"] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/**
 * Placement statuses with a diary: approved by the coordinator (QP-06 5.10), running, or finished
 * (the diary is still read, reported on and exported after the end).
 */
export const DIARY_PLACEMENT_STATUSES = ["approved", "active", "finished"] as const satisfies readonly PlacementStatus[];

/** True when the placement keeps a diary (entries, diary reminders, approvals). */
export function hasDiary(status: PlacementStatus): boolean {
  return (DIARY_PLACEMENT_STATUSES as readonly PlacementStatus[]).includes(status);
}

/** Allowed status changes. `approved → submitted`: an edit after approval needs approval again. */
export const PLACEMENT_TRANSITIONS: Readonly<Record<PlacementStatus, readonly PlacementStatus[]>> = {
  draft: ["submitted"],
  submitted: ["approved", "returned"],
  returned: ["submitted"],
  approved: ["submitted", "active"],
  active: ["finished"],
  finished: [],
};

export function canTransition(from: PlacementStatus, to: PlacementStatus): boolean {
  return PLACEMENT_TRANSITIONS[from].includes(to);
}

/** Status after the student edits the placement; null = no longer editable (the practice has begun). */
export function statusAfterStudentEdit(status: PlacementStatus): PlacementStatus | null {
  switch (status) {
    case "draft":
    case "submitted":
    case "returned":
      return status;
    case "approved":
      return "submitted";
    case "active":
    case "finished":
      return null;
  }
}

/** Every reason a placement field is refused or flagged; locale keys `placement-error-<reason>`. */
export const PLACEMENT_REASONS = [
  "invalid-date",
  "end-before-start",
  "start-too-early",
  "start-too-late",
  "academic-year-format",
  "academic-year-mismatch",
  "weeks-range",
  "weeks-mismatch",
  "contract-after-end",
  "contract-too-early",
] as const;
export type PlacementReason = (typeof PLACEMENT_REASONS)[number];

export type PlacementField = "startDate" | "endDate" | "weeks" | "academicYear" | "contractDate";

export interface PlacementIssue {
  field: PlacementField;
  reason: PlacementReason;
  params?: Record<string, string | number>;
}

/** A practice lasts at most a semester (QP-06 3.6 sets duration in weeks; no programme asks for more). */
export const MAX_PRACTICE_WEEKS = 26;
/** How far back and ahead of today a practice may start ("a sensible academic window"). */
export const START_WINDOW = { daysBack: 366, yearsAhead: 2 } as const;

/** "2026-2027": the academic year starts in September (MR-595 23); a date from September on opens the next one. */
export function academicYearOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const first = Number(date.slice(5, 7)) >= 9 ? year : year - 1;
  return `${first}-${first + 1}`;
}

export function isAcademicYear(value: string): boolean {
  const m = /^(\d{4})-(\d{4})$/.exec(value);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

export function checkPracticeWeeks(input: string | number): Checked<number> {
  const text = String(input).trim();
  const weeks = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (!(weeks >= 1 && weeks <= MAX_PRACTICE_WEEKS))
    return { ok: false, reason: "weeks-range", params: { min: 1, max: MAX_PRACTICE_WEEKS } };
  return { ok: true, value: weeks };
}

export interface PracticeDatesInput {
  startDate: IsoDate;
  endDate: IsoDate;
  weeks: number;
  /** Checked against the start date when given. */
  academicYear?: string | undefined;
  /** Today in Asia/Almaty. */
  today: IsoDate;
}

/**
 * Checks the period of a practice: real dates, end after start, a start within the window around
 * today, the academic year, and weeks consistent with the dates (QP-06 3.6: duration in weeks).
 * The weeks agree when the calendar span [start, end] covers exactly `weeks` weeks, counting a
 * started week as a week; the suggested end is the last working day of the period.
 */
export function checkPracticeDates(input: PracticeDatesInput, calendar: WorkingCalendar): PlacementIssue[] {
  const issues: PlacementIssue[] = [];
  const { startDate, endDate, weeks, today } = input;
  if (!isIsoDate(startDate)) issues.push({ field: "startDate", reason: "invalid-date" });
  if (!isIsoDate(endDate)) issues.push({ field: "endDate", reason: "invalid-date" });
  const weeksOk = Number.isInteger(weeks) && weeks >= 1 && weeks <= MAX_PRACTICE_WEEKS;
  if (!weeksOk) issues.push({ field: "weeks", reason: "weeks-range", params: { min: 1, max: MAX_PRACTICE_WEEKS } });
  if (input.academicYear !== undefined && !isAcademicYear(input.academicYear)) {
    issues.push({ field: "academicYear", reason: "academic-year-format" });
  }
  if (issues.length > 0 || !isIsoDate(startDate) || !isIsoDate(endDate)) return issues;

  if (endDate <= startDate) issues.push({ field: "endDate", reason: "end-before-start", params: { start: startDate } });
  const earliest = addDays(today, -START_WINDOW.daysBack);
  const latest = addYears(today, START_WINDOW.yearsAhead);
  if (startDate < earliest) issues.push({ field: "startDate", reason: "start-too-early", params: { earliest } });
  if (startDate > latest) issues.push({ field: "startDate", reason: "start-too-late", params: { latest } });
  const year = academicYearOf(startDate);
  if (input.academicYear !== undefined && input.academicYear !== year) {
    issues.push({ field: "academicYear", reason: "academic-year-mismatch", params: { academicYear: input.academicYear, expected: year } });
  }
  if (endDate > startDate) {
    const calendarWeeks = Math.ceil((daysBetween(startDate, endDate) + 1) / 7);
    if (calendarWeeks !== weeks) {
      issues.push({
        field: "weeks",
        reason: "weeks-mismatch",
        params: { weeks, calendarWeeks, expectedEnd: expectedEndDate(calendar, startDate, weeks) },
      });
    }
  }
  return issues;
}

/** Last working day of a practice of `weeks` weeks (QP-06 3.6), or the last calendar day when the calendar lacks the year. */
export function expectedEndDate(calendar: WorkingCalendar, startDate: IsoDate, weeks: number): IsoDate {
  try {
    return practiceEndDate(calendar, startDate, weeks);
  } catch (error) {
    if (isRuleInputError(error) && error.code === "calendarYearNotCovered") return addDays(startDate, weeks * 7 - 1);
    throw error;
  }
}

/**
 * One dated deadline of the practice (src/domain/rules/practice-deadlines), or null when the policy
 * does not set it. Without calendar data for the year the deadline is the unshifted calendar date.
 */
export function practiceDeadline(
  policy: PracticeDeadlinePolicy,
  calendar: WorkingCalendar,
  period: { type: PracticeType; start: IsoDate; weeks: number },
  key: PracticeDeadlineKey,
): PracticeDeadline | null {
  try {
    return practiceDeadlines(policy, calendar, period).find((d) => d.key === key) ?? null;
  } catch (error) {
    if (!(isRuleInputError(error) && error.code === "calendarYearNotCovered")) throw error;
    const fallback: Record<string, { days: number | null | undefined; rule: string }> = {
      contractSigned: { days: policy.contractDeadlineDaysBeforeStart, rule: "contractDeadlineDaysBeforeStart" },
      noBaseReported: { days: policy.noBaseWarningDaysBeforeStart, rule: "noBaseWarningDaysBeforeStart" },
      distributionToRegistrar: { days: policy.distributionDaysBeforeStart, rule: "distributionDaysBeforeStart" },
    };
    const spec = fallback[key];
    if (!spec || typeof spec.days !== "number") return null;
    const audience = key === "noBaseReported" ? "student" : "coordinator";
    return { key, date: addDays(period.start, -spec.days), audience, rule: policy.citations[spec.rule] ?? spec.rule };
  }
}

export type ContractCheck =
  | { ok: true; late: false; deadline: IsoDate | null }
  /** Accepted but flagged to the student and the coordinator, citing the rule (QP-06 Annex 1 §2.1; KazUTB-RPA 8.5). */
  | { ok: true; late: true; deadline: IsoDate; rule: string; daysBeforeStart: number }
  | { ok: false; issue: PlacementIssue };

/**
 * The practice contract must be signed no later than `contractDeadlineDaysBeforeStart` days before
 * the start (QP-06 Annex 1 §2.1: 1 week; KazUTB-RPA 8.5: one month; domain.md §3, §9). A later
 * contract is accepted and flagged; one dated after the end of the practice, or more than five
 * years before its start, is refused as a typo.
 */
export function checkContractDate(
  input: { contractDate: IsoDate; startDate: IsoDate; endDate: IsoDate; weeks: number; practiceType: PracticeType },
  policy: PracticeDeadlinePolicy,
  calendar: WorkingCalendar,
): ContractCheck {
  const { contractDate, startDate, endDate } = input;
  if (!isIsoDate(contractDate)) return { ok: false, issue: { field: "contractDate", reason: "invalid-date" } };
  if (contractDate > endDate)
    return { ok: false, issue: { field: "contractDate", reason: "contract-after-end", params: { end: endDate } } };
  const earliest = addYears(startDate, -5);
  if (contractDate < earliest) return { ok: false, issue: { field: "contractDate", reason: "contract-too-early", params: { earliest } } };
  const deadline = practiceDeadline(policy, calendar, { type: input.practiceType, start: startDate, weeks: input.weeks }, "contractSigned");
  if (!deadline || typeof policy.contractDeadlineDaysBeforeStart !== "number") return { ok: true, late: false, deadline: null };
  if (contractDate <= deadline.date) return { ok: true, late: false, deadline: deadline.date };
  return { ok: true, late: true, deadline: deadline.date, rule: deadline.rule, daysBeforeStart: policy.contractDeadlineDaysBeforeStart };
}

/** What a placement needs before it can be submitted (6B03104 §9.1 stage I). */
export const SUBMISSION_FIELDS = [
  "organisation",
  "unit",
  "contractNumber",
  "contractDate",
  "organisationSupervisorName",
  "organisationSupervisorPhone",
  "organisationSupervisorEmail",
  "startDate",
  "endDate",
  "weeks",
] as const;
export type SubmissionField = (typeof SUBMISSION_FIELDS)[number];

export interface PlacementFieldsLike {
  organisationId?: unknown;
  unit?: string | null | undefined;
  contract?: { number?: string | null | undefined; date?: string | null | undefined } | null | undefined;
  organisationSupervisor?:
    { fullName?: string | null | undefined; phone?: string | null | undefined; email?: string | null | undefined } | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  weeks?: number | null | undefined;
}

export function missingForSubmission(p: PlacementFieldsLike): SubmissionField[] {
  const present: Record<SubmissionField, boolean> = {
    organisation: p.organisationId != null,
    unit: !!p.unit,
    contractNumber: !!p.contract?.number,
    contractDate: !!p.contract?.date,
    organisationSupervisorName: !!p.organisationSupervisor?.fullName,
    organisationSupervisorPhone: !!p.organisationSupervisor?.phone,
    organisationSupervisorEmail: !!p.organisationSupervisor?.email,
    startDate: !!p.startDate,
    endDate: !!p.endDate,
    weeks: typeof p.weeks === "number" && p.weeks > 0,
  };
  return SUBMISSION_FIELDS.filter((field) => !present[field]);
}
