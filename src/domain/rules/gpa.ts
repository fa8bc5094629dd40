import { RuleInputError } from "./errors.js";
import { gradeBand, isPassingLetter, parseLetter } from "./grade-scale.js";
import type { Letter, LetterSpelling } from "./grade-scale.js";
import type { GpaRounding } from "./types.js";

/** One final grade of a course as typed or imported. */
export interface GradeInput {
  course: string;
  credits: number;
  /** Any accepted spelling ("A-", "А−", "a –"); normalised with parseLetter. */
  letter: LetterSpelling;
  /** True for a re-sit / re-take result (a later attempt). */
  retake?: boolean;
  /** 1 = first attempt, 2 = first retake, …; overrides `retake` when given. */
  attempt?: number;
}

export interface Grade {
  course: string;
  credits: number;
  letter: Letter;
  retake: boolean;
  attempt: number;
  /** Position in the input list (0-based). */
  index: number;
}

export interface GpaResult {
  /** Σ(credits × points) / Σ credits, unrounded (R-23 §2). */
  gpa: number;
  /** Credits counted in the GPA (latest grade of each course). */
  credits: number;
  /** Credits of counted grades that pass (not FX/F). */
  passedCredits: number;
  /** Counted grades, one per course (R-23 5.5). */
  grades: Grade[];
  /** Earlier attempts replaced by a later grade of the same course. */
  superseded: Grade[];
  /** Retakes seen: superseded attempts plus counted grades flagged as retakes. */
  retakes: number;
}

/** Course identity: case-, space- and Unicode-form-insensitive. */
export function courseKey(course: string): string {
  return course.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

export function normalizeGrade(input: GradeInput, index = 0): Grade {
  if (typeof input.course !== "string" || input.course.trim() === "") {
    throw new RuleInputError("invalidCourse", { index, course: input.course });
  }
  if (typeof input.credits !== "number" || !Number.isFinite(input.credits) || input.credits <= 0) {
    throw new RuleInputError("invalidCredits", { index, credits: input.credits });
  }
  let letter: Letter;
  try {
    letter = parseLetter(String(input.letter));
  } catch {
    throw new RuleInputError("unknownLetter", { index, letter: input.letter });
  }
  const retake = input.retake === true;
  const attempt = input.attempt ?? (retake ? 2 : 1);
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RuleInputError("invalidCount", { index, attempt: input.attempt });
  }
  return {
    course: input.course.trim().replace(/\s+/g, " "),
    credits: input.credits,
    letter,
    retake: retake || attempt > 1,
    attempt,
    index,
  };
}

/**
 * R-23 5.5 (MR-595 48): after a retake the latest grade of a course counts.
 * "Latest" = highest attempt (`attempt`, else retake ⇒ 2, else 1); equal
 * attempts of one course: the later line wins.
 */
export function latestGrades(inputs: readonly GradeInput[]): { grades: Grade[]; superseded: Grade[] } {
  const latest = new Map<string, Grade>();
  const superseded: Grade[] = [];
  inputs.forEach((input, i) => {
    const g = normalizeGrade(input, i);
    const key = courseKey(g.course);
    const prev = latest.get(key);
    if (!prev) {
      latest.set(key, g);
    } else if (g.attempt >= prev.attempt) {
      superseded.push(prev);
      latest.set(key, g);
    } else {
      superseded.push(g);
    }
  });
  return { grades: [...latest.values()].sort((a, b) => a.index - b.index), superseded };
}

/** Per course: max(entries − 1, highest attempt − 1). */
function countRetakes(grades: readonly Grade[], superseded: readonly Grade[]): number {
  const perCourse = new Map<string, { entries: number; maxAttempt: number }>();
  for (const g of [...grades, ...superseded]) {
    const key = courseKey(g.course);
    const c = perCourse.get(key) ?? { entries: 0, maxAttempt: 1 };
    c.entries += 1;
    c.maxAttempt = Math.max(c.maxAttempt, g.attempt);
    perCourse.set(key, c);
  }
  let n = 0;
  for (const c of perCourse.values()) n += Math.max(c.entries - 1, c.maxAttempt - 1);
  return n;
}

/**
 * R-23 §2 (GPA definition), QP-06 §2: GPA = Σ(credits × points) / Σ credits
 * over the latest grade of each course (R-23 5.5). No rounding here; use
 * publishedGpa/formatGpa for the two-decimal value.
 */
export function computeGpa(inputs: readonly GradeInput[]): GpaResult {
  const { grades, superseded } = latestGrades(inputs);
  let weighted = 0; // Σ credits × hundredths: exact for integer credits
  let credits = 0;
  let passedCredits = 0;
  for (const g of grades) {
    weighted += g.credits * gradeBand(g.letter).hundredths;
    credits += g.credits;
    if (isPassingLetter(g.letter)) passedCredits += g.credits;
  }
  if (credits <= 0) throw new RuleInputError("noCredits", { grades: inputs.length });
  const gpa = Math.min(4, Math.max(0, weighted / (credits * 100)));
  const retakes = countRetakes(grades, superseded);
  return { gpa, credits, passedCredits, grades, superseded, retakes };
}

/**
 * domain.md §10: a GPA as published, in integer hundredths. Float noise below
 * 1e-6 points is removed first (a real GPA Σ/(100·C) is at least 1/(100·C)
 * away from any other two-decimal value), so 1.6699999999 → 167.
 */
export function gpaHundredths(gpa: number, rounding: GpaRounding = "halfUp"): number {
  if (typeof gpa !== "number" || !Number.isFinite(gpa)) throw new RuleInputError("invalidGpa", { gpa });
  const h = Math.round(gpa * 1e6) / 1e4; // hundredths, snapped to 1e-4 hundredths
  return rounding === "halfUp" ? Math.floor(h + 0.5) : Math.floor(h);
}

/** Two-decimal published GPA as a number (3.6699999 → 3.67). */
export function publishedGpa(gpa: number, rounding: GpaRounding = "halfUp"): number {
  return gpaHundredths(gpa, rounding) / 100;
}

/** Display helper: "3.67". The only place where the GPA is turned into text. */
export function formatGpa(gpa: number, rounding: GpaRounding = "halfUp"): string {
  return publishedGpa(gpa, rounding).toFixed(2);
}

/** Compares two GPAs at published precision: -1, 0 or 1. */
export function compareGpa(a: number, b: number, rounding: GpaRounding = "halfUp"): -1 | 0 | 1 {
  const d = gpaHundredths(a, rounding) - gpaHundredths(b, rounding);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** `actual` reaches the minimum `required` at published precision. */
export function meetsMinGpa(actual: number, required: number, rounding: GpaRounding = "halfUp"): boolean {
  return compareGpa(actual, required, rounding) >= 0;
}

/** Credits compared without float noise (e.g. 0.1 + 0.2 credits): ≥ at 1e-6. */
export function meetsMinCredits(actual: number, required: number): boolean {
  return Math.round(actual * 1e6) >= Math.round(required * 1e6);
}
