import { RuleInputError } from "./errors.js";
import { gpaHundredths, meetsMinCredits, meetsMinGpa } from "./gpa.js";
import { consequence, criterion } from "./reason.js";
import type { Reason } from "./reason.js";
import { isGrantFunded } from "./types.js";
import type { Funding, GpaRounding, Level, PromotionRule } from "./types.js";

export interface PromotionThreshold {
  level: Level;
  /** Course the student is promoted to. */
  toCourse: number;
  /** Minimum accumulated credits. */
  minCredits: number;
  /** Upper end of the band as written in R-23 5.7 (informative, not a criterion). */
  maxCredits: number | null;
  /** Minimum transfer GPA. */
  minGpa: number;
}

// R-23 5.7 (minimum values approved by the Academic Council, R-23 5.2)
export const R23_PROMOTION_THRESHOLDS: readonly PromotionThreshold[] = Object.freeze([
  { level: "bachelor", toCourse: 2, minCredits: 60, maxCredits: 90, minGpa: 1.67 }, // R-23 5.7 bachelor → 2
  { level: "bachelor", toCourse: 3, minCredits: 90, maxCredits: 180, minGpa: 2.0 }, // R-23 5.7 bachelor → 3
  { level: "bachelor", toCourse: 4, minCredits: 180, maxCredits: null, minGpa: 2.2 }, // R-23 5.7 bachelor → 4
  { level: "master", toCourse: 2, minCredits: 60, maxCredits: 90, minGpa: 2.67 }, // R-23 5.7 master → 2
  { level: "phd", toCourse: 2, minCredits: 60, maxCredits: 120, minGpa: 2.0 }, // R-23 5.7 PhD → 2
  { level: "phd", toCourse: 3, minCredits: 120, maxCredits: null, minGpa: 2.5 }, // R-23 5.7 PhD → 3
] as const satisfies readonly PromotionThreshold[]);

export interface PromotionInput {
  level: Level;
  /** Current course (year of study status). */
  course: number;
  /** Accumulated credits. */
  credits: number;
  /** Transfer GPA (R-23 5.1), unrounded or published. */
  gpa: number;
  funding: Funding;
  /** Courses still owed (FX/F not yet retaken). */
  academicDebts?: number;
}

export interface PromotionOptions {
  /** Default "both" (R-23 5.3). */
  promotionRule?: PromotionRule;
  /** Default R23_PROMOTION_THRESHOLDS. */
  promotionThresholds?: readonly PromotionThreshold[] | undefined;
  /** Default "halfUp". */
  gpaRounding?: GpaRounding;
}

export interface PromotionVerdict {
  eligible: boolean;
  outcome: "promoted" | "repeatCourse";
  /** Course after promotion, null when the course is repeated. */
  toCourse: number | null;
  /** Course status in the next academic year (R-23 5.3–5.4). */
  nextYearCourse: number;
  gpa: number;
  credits: number;
  creditsMet: boolean;
  gpaMet: boolean;
  /** R-23 5.10, 8.6. */
  losesGrant: boolean;
  /** R-23 5.11: grant kept, owed courses retaken on a paid basis. */
  paidRetakes: boolean;
  fundingNextYear: "grant" | "paid";
  threshold: PromotionThreshold;
  reasons: Reason[];
}

export function promotionThreshold(
  level: Level,
  fromCourse: number,
  thresholds: readonly PromotionThreshold[] = R23_PROMOTION_THRESHOLDS,
): PromotionThreshold {
  const row = thresholds.find((t) => t.level === level && t.toCourse === fromCourse + 1);
  if (!row) throw new RuleInputError("noPromotionRow", { level, course: fromCourse });
  return row;
}

/** Courses from which a promotion row exists, per level (for UI choices and validation). */
const promotableCache = new WeakMap<readonly PromotionThreshold[], Map<Level, readonly number[]>>();

export function promotableCourses(level: Level, thresholds: readonly PromotionThreshold[] = R23_PROMOTION_THRESHOLDS): readonly number[] {
  let byLevel = promotableCache.get(thresholds);
  if (!byLevel) {
    byLevel = new Map();
    promotableCache.set(thresholds, byLevel);
  }
  let courses = byLevel.get(level);
  if (!courses) {
    courses = Object.freeze(thresholds.filter((t) => t.level === level).map((t) => t.toCourse - 1));
    byLevel.set(level, courses);
  }
  return courses;
}

/** R-23 5.1–5.11: course-to-course promotion. */
export function evaluatePromotion(input: PromotionInput, options: PromotionOptions = {}): PromotionVerdict {
  const rule = options.promotionRule ?? "both";
  const rounding = options.gpaRounding ?? "halfUp";
  if (!Number.isInteger(input.course) || input.course < 1) {
    throw new RuleInputError("invalidCourse", { course: input.course });
  }
  if (!Number.isFinite(input.credits) || input.credits < 0) {
    throw new RuleInputError("invalidCredits", { credits: input.credits });
  }
  if (!Number.isFinite(input.gpa) || input.gpa < 0 || input.gpa > 4) {
    throw new RuleInputError("invalidGpa", { gpa: input.gpa, min: 0, max: 4 });
  }
  const debts = input.academicDebts ?? 0;
  if (!Number.isInteger(debts) || debts < 0) throw new RuleInputError("invalidCount", { academicDebts: debts });

  const t = promotionThreshold(input.level, input.course, options.promotionThresholds ?? R23_PROMOTION_THRESHOLDS);
  const creditsMet = meetsMinCredits(input.credits, t.minCredits); // R-23 5.7 credit volume
  const gpaMet = meetsMinGpa(input.gpa, t.minGpa, rounding); // R-23 5.7 minimum GPA, compared as published
  // R-23 5.3 requires both; R-23 5.7 says "или" (either). Policy decides.
  const eligible = rule === "both" ? creditsMet && gpaMet : creditsMet || gpaMet;
  const grant = isGrantFunded(input.funding);
  const losesGrant = grant && !eligible; // R-23 5.10, 8.6
  const paidRetakes = grant && eligible && debts > 0; // R-23 5.11

  const reasons: Reason[] = [
    criterion("R-23 5.7", creditsMet, {
      code: "minCredits",
      actual: input.credits,
      required: t.minCredits,
      level: t.level,
      toCourse: t.toCourse,
    }),
    criterion("R-23 5.7", gpaMet, {
      code: "minGpa",
      actual: input.gpa,
      published: gpaHundredths(input.gpa, rounding) / 100,
      required: t.minGpa,
      rounding,
      level: t.level,
      toCourse: t.toCourse,
    }),
    criterion(rule === "both" ? "R-23 5.3" : "R-23 5.7", eligible, {
      code: "promotionRule",
      promotionRule: rule,
      creditsMet,
      gpaMet,
    }),
    eligible
      ? consequence("R-23 5.3", false, { code: "promoted", fromCourse: input.course, toCourse: t.toCourse })
      : consequence("R-23 5.4", true, { code: "repeatCourse", course: input.course }),
  ];
  // R-23 5.10 (same rule restated in 8.6 for students left on a repeat course)
  if (losesGrant) reasons.push(consequence("R-23 5.10", true, { code: "grantLost", funding: input.funding }));
  // R-23 5.11: grant kept, but the owed courses are retaken on a paid basis
  if (paidRetakes) reasons.push(consequence("R-23 5.11", true, { code: "grantKeptPaidRetakes", academicDebts: debts }));

  return {
    eligible,
    outcome: eligible ? "promoted" : "repeatCourse",
    toCourse: eligible ? t.toCourse : null,
    nextYearCourse: eligible ? t.toCourse : input.course,
    gpa: input.gpa,
    credits: input.credits,
    creditsMet,
    gpaMet,
    losesGrant,
    paidRetakes,
    fundingNextYear: grant && !losesGrant ? "grant" : "paid",
    threshold: t,
    reasons,
  };
}
