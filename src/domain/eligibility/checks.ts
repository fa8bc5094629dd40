/**
 * The eligibility checks as the bot and the CLI run them: each check of the rules engine with the
 * options of a university policy and its working-day calendar. Pure (no I/O, no clock).
 */
import { computeGpa, publishedGpa } from "../rules/gpa.js";
import type { GpaResult, GradeInput } from "../rules/gpa.js";
import { isPassingLetter } from "../rules/grade-scale.js";
import type { LetterSpelling } from "../rules/grade-scale.js";
import { evaluatePromotion } from "../rules/promotion.js";
import type { PromotionVerdict } from "../rules/promotion.js";
import { evaluateProgrammeChange } from "../rules/programme-change.js";
import type { ProgrammeChangeInput, ProgrammeChangeVerdict } from "../rules/programme-change.js";
import { evaluateTransferOut } from "../rules/transfer-out.js";
import type { TransferOutInput, TransferOutVerdict } from "../rules/transfer-out.js";
import { evaluateReinstatement } from "../rules/reinstatement.js";
import type { ReinstatementInput, ReinstatementVerdict } from "../rules/reinstatement.js";
import { evaluateHonours } from "../rules/honours.js";
import type { HonoursVerdict } from "../rules/honours.js";
import { nextAcademicPeriodStart } from "../rules/academic-periods.js";
import type { AcademicPeriodStart } from "../rules/academic-periods.js";
import type { DateInput } from "../rules/dates.js";
import type { Funding, Level } from "../rules/types.js";
import type { WorkingCalendar } from "../rules/working-calendar.js";
import { programmeChangeOptions, promotionOptions, reinstatementOptions, resolvePolicy } from "../policies/helpers.js";
import type { Policy } from "../policies/policy-schema.js";

/** A policy and the working-day calendar its deadlines are counted on. */
export interface CheckContext {
  policy: Policy;
  calendar: WorkingCalendar;
}

/** The subset of the reference data the checks need. */
export interface CheckReferenceData {
  policies: ReadonlyMap<string, Policy>;
  calendar: WorkingCalendar;
  calendars: ReadonlyMap<string, WorkingCalendar>;
  defaultPolicyId: string;
}

/**
 * The policy `policyId` (a department's) with its own holiday calendar; the default policy when
 * the id is missing or unknown (the second value says so).
 */
export function checkContextFor(
  reference: CheckReferenceData,
  policyId: string | null | undefined,
): { context: CheckContext; fellBack: boolean } {
  const known = policyId != null && reference.policies.has(policyId);
  const policy = resolvePolicy(reference.policies, known ? policyId : reference.defaultPolicyId);
  const calendar = reference.calendars.get(policy.holidayCalendar) ?? reference.calendar;
  return { context: { policy, calendar }, fellBack: policyId != null && !known };
}

/** The next academic period after `date` by the policy's `academicPeriods`. */
export function nextPeriodFor(policy: Policy, date: DateInput): AcademicPeriodStart {
  return nextAcademicPeriodStart(date, policy.academicPeriods);
}

export interface PromotionCheckInput {
  level: Level;
  course: number;
  funding: Funding;
  /** Transfer GPA as published; ignored when `grades` are given. */
  gpa?: number | undefined;
  /** Accumulated credits; from `grades` (passed credits) when absent. */
  credits?: number | undefined;
  /** Courses still owed; from `grades` (latest FX/F) when absent. */
  academicDebts?: number | undefined;
  grades?: readonly GradeInput[] | undefined;
}

export interface PromotionCheck {
  verdict: PromotionVerdict;
  /** The GPA computed from `grades`, when given. */
  computed: GpaResult | null;
  /** The GPA as published (two decimals, policy rounding). */
  publishedGpa: number;
  academicDebts: number;
}

/** R-23 5.1–5.11 with the policy's promotion rule, rounding and thresholds. */
export function runPromotionCheck({ policy }: CheckContext, input: PromotionCheckInput): PromotionCheck {
  let gpa = input.gpa;
  let credits = input.credits;
  let academicDebts = input.academicDebts;
  let computed: GpaResult | null = null;
  if (input.grades !== undefined) {
    computed = computeGpa(input.grades);
    gpa = computed.gpa;
    credits ??= computed.passedCredits;
    academicDebts ??= computed.grades.filter((g) => !isPassingLetter(g.letter)).length;
  }
  const verdict = evaluatePromotion(
    {
      level: input.level,
      course: input.course,
      credits: credits ?? 0,
      gpa: gpa ?? 0,
      funding: input.funding,
      academicDebts: academicDebts ?? 0,
    },
    promotionOptions(policy),
  );
  return { verdict, computed, publishedGpa: publishedGpa(verdict.gpa, policy.gpaRounding), academicDebts: academicDebts ?? 0 };
}

/** R-23 §6, 3.10, 3.25; MR-595 31. */
export function runProgrammeChangeCheck({ policy, calendar }: CheckContext, input: ProgrammeChangeInput): ProgrammeChangeVerdict {
  return evaluateProgrammeChange(input, calendar, programmeChangeOptions(policy));
}

/** R-23 §4. */
export function runTransferOutCheck({ policy, calendar }: CheckContext, input: TransferOutInput): TransferOutVerdict {
  return evaluateTransferOut(input, calendar, {
    applicationCutoffWorkingDays: policy.applicationCutoffWorkingDays,
    transferReviewWorkingDays: policy.transferReviewWorkingDays,
  });
}

/** R-23 §7. */
export function runReinstatementCheck({ policy, calendar }: CheckContext, input: ReinstatementInput): ReinstatementVerdict {
  return evaluateReinstatement(input, calendar, reinstatementOptions(policy));
}

export interface HonoursCheckInput {
  grades: readonly GradeInput[];
  finalAttestation: LetterSpelling;
  retakes?: number | undefined;
}

/** MR-595 50 with the policy's GPA rounding. */
export function runHonoursCheck({ policy }: CheckContext, input: HonoursCheckInput): HonoursVerdict & { publishedGpa: number } {
  const verdict = evaluateHonours(
    {
      grades: input.grades,
      finalAttestation: input.finalAttestation,
      ...(input.retakes !== undefined && { retakes: input.retakes }),
    },
    { gpaRounding: policy.gpaRounding },
  );
  return { ...verdict, publishedGpa: publishedGpa(verdict.gpa, policy.gpaRounding) };
}
