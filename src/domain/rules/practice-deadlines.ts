import { RuleInputError } from "./errors.js";
import { addDays, toIsoDate } from "./dates.js";
import type { DateInput, IsoDate } from "./dates.js";
import { workingDayOnOrAfter, workingDayOnOrBefore } from "./working-calendar.js";
import type { WorkingCalendar } from "./working-calendar.js";

/** QP-06 3.8; MR-595 37; KazUTB-RPA 7.1. */
export const PRACTICE_TYPES = ["educational", "pedagogical", "research", "production", "preDiploma"] as const;
export type PracticeType = (typeof PRACTICE_TYPES)[number];

/** Roles of domain.md §1 a deadline is addressed to. */
export type DeadlineAudience = "student" | "universitySupervisor" | "organisationSupervisor" | "coordinator";

/** Policy values a deadline comes from; null = the university does not set it (domain.md §9 "—"). */
export interface PracticeDeadlinePolicy {
  contractDeadlineDaysBeforeStart: number | null;
  distributionDaysBeforeStart: number | null;
  noBaseWarningDaysBeforeStart: number | null;
  reportScheduleDaysBeforeEnd: number | null;
  characteristicDaysBeforeEnd: number | null;
  reportDueDaysAfterEnd: number | null;
  workPlanDaysBeforeStart?: number | null;
  programmeToCompanyDaysBeforeStart?: number | null;
  referralDaysBeforeStart?: number | null;
  hoursPerDay: number;
  daysPerWeek: number;
  /** "shift": a deadline on a non-working day moves to the previous working day
   * (before start/end) or the next one (after the end). Default "shift". */
  deadlineOnNonWorkingDay?: "shift" | "keep";
  /** Clause per policy key (and `orientation`, `practiceDuration`). */
  citations: Partial<Record<string, string>>;
}

export type PracticeDeadlineKey =
  | "programmeToCompany"
  | "distributionToRegistrar"
  | "contractSigned"
  | "noBaseReported"
  | "workPlanApproved"
  | "referralIssued"
  | "orientation"
  | "reportSchedule"
  | "characteristic"
  | "practiceEnd"
  | "reportDue";

export interface PracticeDeadline {
  key: PracticeDeadlineKey;
  date: IsoDate;
  audience: DeadlineAudience;
  rule: string;
  /** The unshifted date when it fell on a non-working day. */
  shiftedFrom?: IsoDate;
}

export interface PracticePeriod {
  type: PracticeType;
  start: DateInput;
  weeks: number;
}

interface Spec {
  key: PracticeDeadlineKey;
  policyKey: keyof PracticeDeadlinePolicy;
  anchor: "start" | "end";
  direction: -1 | 1;
  audience: DeadlineAudience;
  defaultRule: string;
}

// domain.md §3–§6, §9; the clause of each comes from the policy's `citations`.
const SPECS: readonly Spec[] = [
  // KazUTB-RPA 7.8: programme, schedule and numbers to the company one month ahead
  {
    key: "programmeToCompany",
    policyKey: "programmeToCompanyDaysBeforeStart",
    anchor: "start",
    direction: -1,
    audience: "coordinator",
    defaultRule: "KazUTB-RPA 7.8",
  },
  // QP-06 5.9: distribution and supervisors to the Registrar 20 days ahead
  {
    key: "distributionToRegistrar",
    policyKey: "distributionDaysBeforeStart",
    anchor: "start",
    direction: -1,
    audience: "coordinator",
    defaultRule: "QP-06 5.9",
  },
  // QP-06 Annex 1 §2.1 (1 week) / KazUTB-RPA 8.5 (one month): contract with the base
  {
    key: "contractSigned",
    policyKey: "contractDeadlineDaysBeforeStart",
    anchor: "start",
    direction: -1,
    audience: "coordinator",
    defaultRule: "QP-06 Annex 1 §2.1",
  },
  // 6B03104 §9.1: a student without a base tells the coordinator 2 weeks ahead
  {
    key: "noBaseReported",
    policyKey: "noBaseWarningDaysBeforeStart",
    anchor: "start",
    direction: -1,
    audience: "student",
    defaultRule: "6B03104 §9.1",
  },
  // QP-06 Annex 1 §2.3: work plans and individual assignments approved 1 week ahead
  {
    key: "workPlanApproved",
    policyKey: "workPlanDaysBeforeStart",
    anchor: "start",
    direction: -1,
    audience: "universitySupervisor",
    defaultRule: "QP-06 Annex 1 §2.3",
  },
  // KazUTB-RPA 7.8: referral and completion notice a week ahead
  {
    key: "referralIssued",
    policyKey: "referralDaysBeforeStart",
    anchor: "start",
    direction: -1,
    audience: "coordinator",
    defaultRule: "KazUTB-RPA 7.8",
  },
  // QP-06 Annex 1 §2.5: report submission schedule 2 weeks before the end
  {
    key: "reportSchedule",
    policyKey: "reportScheduleDaysBeforeEnd",
    anchor: "end",
    direction: -1,
    audience: "universitySupervisor",
    defaultRule: "QP-06 Annex 1 §2.5",
  },
  // QP-06 Annex 1 §2.6: characteristic (feedback) 1 week before the end
  {
    key: "characteristic",
    policyKey: "characteristicDaysBeforeEnd",
    anchor: "end",
    direction: -1,
    audience: "organisationSupervisor",
    defaultRule: "QP-06 Annex 1 §2.6",
  },
  // QP-06 6.3 (2–3 days) / 6B03104 §10 (one week): report after the end
  { key: "reportDue", policyKey: "reportDueDaysAfterEnd", anchor: "end", direction: 1, audience: "student", defaultRule: "QP-06 6.3" },
];

const ORDER: readonly PracticeDeadlineKey[] = [
  "programmeToCompany",
  "distributionToRegistrar",
  "contractSigned",
  "noBaseReported",
  "workPlanApproved",
  "referralIssued",
  "orientation",
  "reportSchedule",
  "characteristic",
  "practiceEnd",
  "reportDue",
];

/** QP-06 3.6: required hours = weeks × hours per day × days per week (30 h/week). */
export function requiredPracticeHours(policy: Pick<PracticeDeadlinePolicy, "hoursPerDay" | "daysPerWeek">, weeks: number): number {
  return weeks * policy.hoursPerDay * policy.daysPerWeek;
}

/**
 * Last working day of a practice of `weeks` weeks from `start` (QP-06 3.6:
 * duration in weeks): the working day on or before start + 7·weeks − 1.
 */
export function practiceEndDate(calendar: WorkingCalendar, start: DateInput, weeks: number): IsoDate {
  if (!Number.isInteger(weeks) || weeks < 1) throw new RuleInputError("invalidCount", { weeks });
  return workingDayOnOrBefore(calendar, addDays(toIsoDate(start, "start"), weeks * 7 - 1));
}

/**
 * Every practice deadline the policy defines (domain.md §3–§6, §9), sorted by
 * date. Day counts are calendar days; a date on a non-working day is shifted
 * (policy `deadlineOnNonWorkingDay`, default "shift") so that "no later than N
 * days before" never lands on a weekend or holiday.
 */
export function practiceDeadlines(policy: PracticeDeadlinePolicy, calendar: WorkingCalendar, period: PracticePeriod): PracticeDeadline[] {
  const start = toIsoDate(period.start, "start");
  const end = practiceEndDate(calendar, start, period.weeks);
  const shift = (policy.deadlineOnNonWorkingDay ?? "shift") === "shift";
  const cite = (key: string, fallback: string): string => policy.citations[key] ?? fallback;
  const out: PracticeDeadline[] = [];

  for (const spec of SPECS) {
    const days = policy[spec.policyKey];
    if (typeof days !== "number") continue;
    const raw = addDays(spec.anchor === "start" ? start : end, spec.direction * days);
    const date = !shift ? raw : spec.direction < 0 ? workingDayOnOrBefore(calendar, raw) : workingDayOnOrAfter(calendar, raw);
    const d: PracticeDeadline = { key: spec.key, date, audience: spec.audience, rule: cite(spec.policyKey, spec.defaultRule) };
    if (date !== raw) d.shiftedFrom = raw;
    out.push(d);
  }
  // QP-06 Annex 1 §2.4; 6B03104 §9.1 stage II: familiarisation on the first day
  out.push({ key: "orientation", date: start, audience: "universitySupervisor", rule: cite("orientation", "QP-06 Annex 1 §2.4") });
  // QP-06 3.6: the practice lasts `weeks` weeks
  out.push({ key: "practiceEnd", date: end, audience: "student", rule: cite("practiceDuration", "QP-06 3.6") });

  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : ORDER.indexOf(a.key) - ORDER.indexOf(b.key)));
}
