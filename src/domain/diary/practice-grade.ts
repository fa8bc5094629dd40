import { gradeBand, scoreToLetter, type Letter, type TraditionalGrade } from "../rules/grade-scale.js";
import type { PracticeType } from "../rules/practice-deadlines.js";

/** What follows a failing practice grade, with its clause. */
export type GradeConsequenceCode =
  /** FX: one re-sit of the final control (the report's defence) without repeating the practice (MR-595 42). */
  | "resitFinalControl"
  /** F: the programme is not fulfilled: practice again in an additional semester (QP-06 6.11; MR-595 42). */
  | "repeatPractice"
  /** F with a valid reason: practice again in free time (6B03104 §11). */
  | "repeatInFreeTimeWithValidReason"
  /** Without a valid reason: an academic debt (6B03104 §11; QP-06 7.4). */
  | "academicDebt"
  /** Pre-diploma practice failed: not admitted to the state exams (QP-06 6.10). */
  | "notAdmittedToStateExams"
  /** The grade counts like a course grade and affects scholarships (QP-06 6.7, 6.9). */
  | "scholarshipAffected";

export const GRADE_CONSEQUENCE_CODES = [
  "resitFinalControl",
  "repeatPractice",
  "repeatInFreeTimeWithValidReason",
  "academicDebt",
  "notAdmittedToStateExams",
  "scholarshipAffected",
] as const satisfies readonly GradeConsequenceCode[];

export interface GradeConsequence {
  code: GradeConsequenceCode;
  rule: string;
}

export interface PracticeGrade {
  score: number;
  letter: Letter;
  /** MR-595 App. 1 numerical equivalent. */
  points: number;
  traditional: TraditionalGrade;
  passing: boolean;
  consequences: GradeConsequence[];
}

export type ScoreIssue = { code: "scoreOutOfRange"; min: 0; max: 100 } | { code: "scoreNotANumber" };

/** A final score must be a number 0–100 (MR-595 App. 1 works in percent). */
export function validateScore(score: unknown): ScoreIssue | null {
  if (typeof score !== "number" || !Number.isFinite(score)) return { code: "scoreNotANumber" };
  if (score < 0 || score > 100) return { code: "scoreOutOfRange", min: 0, max: 100 };
  return null;
}

/** Typed score ("87", "87,5") → number, or null. */
export function parseScore(input: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(input);
  return m ? Number(`${m[1]}.${m[2] ?? "0"}`) : null;
}

/**
 * Score 0–100 → letter and points (MR-595 App. 1; 6B03104 §12) and, for FX/F, what happens next:
 * QP-06 6.10–6.11, 6B03104 §11, MR-595 42. Throws RuleInputError("scoreOutOfRange") outside 0–100.
 */
export function gradePractice(score: number, practiceType?: PracticeType): PracticeGrade {
  const letter = scoreToLetter(score);
  const band = gradeBand(letter);
  const consequences: GradeConsequence[] = [];
  if (letter === "FX") {
    consequences.push({ code: "resitFinalControl", rule: "MR-595 42" });
    consequences.push({ code: "academicDebt", rule: "6B03104 §11; QP-06 7.4" });
  } else if (letter === "F") {
    consequences.push({ code: "repeatPractice", rule: "QP-06 6.11; MR-595 42" });
    consequences.push({ code: "repeatInFreeTimeWithValidReason", rule: "6B03104 §11" });
    consequences.push({ code: "academicDebt", rule: "6B03104 §11; QP-06 7.4" });
  }
  if (consequences.length > 0) {
    if (practiceType === "preDiploma") consequences.push({ code: "notAdmittedToStateExams", rule: "QP-06 6.10" });
    consequences.push({ code: "scholarshipAffected", rule: "QP-06 6.7, 6.9" });
  }
  return { score, letter, points: band.points, traditional: band.traditional, passing: consequences.length === 0, consequences };
}
