import type { Funding, GpaRounding, Level, PromotionRule } from "./types.js";
import type { Letter } from "./grade-scale.js";
import type { IsoDate } from "./dates.js";

/**
 * Machine-readable detail of a verdict reason. Discriminated by `code`; the
 * values are numbers, dates ("YYYY-MM-DD"), letters and codes only, so the
 * bot can render each one in kk/ru/en.
 */
export type ReasonDetail =
  | { code: "minCredits"; actual: number; required: number; level: Level; toCourse: number }
  | {
      code: "minGpa";
      actual: number;
      published: number;
      required: number;
      rounding: GpaRounding;
      level?: Level;
      toCourse?: number;
    }
  | { code: "promotionRule"; promotionRule: PromotionRule; creditsMet: boolean; gpaMet: boolean }
  | { code: "promoted"; fromCourse: number; toCourse: number }
  | { code: "repeatCourse"; course: number }
  | { code: "grantLost"; funding: Funding }
  | { code: "grantKeptPaidRetakes"; academicDebts: number }
  | { code: "firstPeriodCompleted"; value: boolean }
  | { code: "transferWindow"; date: IsoDate; windowEnd: IsoDate; season: "summer" | "winter" }
  | { code: "holidayPeriod"; date: IsoDate; holidayStart: IsoDate }
  | {
      code: "applicationCutoff";
      date: IsoDate;
      applyBy: IsoDate;
      nextPeriodStart: IsoDate;
      workingDays: number;
    }
  | { code: "paidOnly"; value: boolean }
  | { code: "relatedProgramme"; related: boolean; funding: Funding; grantLost: boolean }
  | { code: "untRequired"; cause: "nonRelatedProgramme" | "creativeProgramme" | "pedagogicalProgramme"; value: boolean }
  | { code: "targetedGrant"; funding: Funding; level: Level; grantStays: boolean }
  | { code: "reviewPeriod"; workingDays: number; reviewedBy: IsoDate | null }
  | { code: "foreignUniversity"; value: boolean }
  | { code: "grantCostDifference"; value: boolean }
  | { code: "creditRecognition"; form: "F-31" }
  | {
      code: "reinstatementWindow";
      level: Level;
      years: number;
      expelledOn: IsoDate;
      until: IsoDate;
      date: IsoDate;
      /** true where R-23 is silent (PhD) and the policy value was used. */
      assumed: boolean;
    }
  | {
      code: "nonPaymentWindow";
      weeks: number;
      expelledOn: IsoDate;
      until: IsoDate;
      date: IsoDate;
      debtPaid: boolean;
    }
  | { code: "allowedLetters"; allowed: readonly Letter[]; offending: readonly { course: string; letter: Letter }[] }
  | { code: "finalAttestation"; letter: Letter; allowed: readonly Letter[] }
  | { code: "noRetakes"; retakes: number }
  | {
      code: "grantRank";
      id: string;
      rank: number;
      gpa: number;
      category: GradeCategory;
      tiedWith: readonly string[];
    };

/** R-23 3.12 tie-breaker categories, best first. */
export type GradeCategory = "onlyExcellent" | "excellentAndGood" | "mixed";

/**
 * - `criterion`: a condition of the verdict; `met` = satisfied.
 * - `consequence`: what follows (grant lost, paid basis, UNT needed);
 *   `met` = false when it works against the student.
 * - `info`: a fact to show (review period, form F-31); always `met`.
 */
export type ReasonKind = "criterion" | "consequence" | "info";

export interface Reason<D extends ReasonDetail = ReasonDetail> {
  /** Clause, e.g. "R-23 5.7", "MR-595 50". */
  rule: string;
  met: boolean;
  kind: ReasonKind;
  detail: D;
}

export function criterion<D extends ReasonDetail>(rule: string, met: boolean, detail: D): Reason<D> {
  return { rule, met, kind: "criterion", detail };
}

export function consequence<D extends ReasonDetail>(rule: string, adverse: boolean, detail: D): Reason<D> {
  return { rule, met: !adverse, kind: "consequence", detail };
}

export function info<D extends ReasonDetail>(rule: string, detail: D): Reason<D> {
  return { rule, met: true, kind: "info", detail };
}

/** Criteria that are not met (what the CLI table lists as failing). */
export function failingCriteria(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((r) => r.kind === "criterion" && !r.met);
}
