import { computeGpa, meetsMinGpa, publishedGpa } from "./gpa.js";
import type { GradeInput } from "./gpa.js";
import { parseLetter } from "./grade-scale.js";
import type { Letter, LetterSpelling } from "./grade-scale.js";
import { criterion } from "./reason.js";
import type { Reason } from "./reason.js";
import type { GpaRounding } from "./types.js";

/** MR-595 50: course grades allowed for an honours diploma. */
export const HONOURS_ALLOWED_LETTERS: readonly Letter[] = Object.freeze(["A", "A-", "B+", "B", "B-", "C+"]);
/** MR-595 50: final attestation grades allowed. */
export const HONOURS_FINAL_ATTESTATION_LETTERS: readonly Letter[] = Object.freeze(["A", "A-"]);
/** MR-595 50: minimum GPA. */
export const HONOURS_MIN_GPA = 3.5;

export interface HonoursInput {
  /** Course grades of the whole study, final attestation excluded. */
  grades: readonly GradeInput[];
  finalAttestation: LetterSpelling;
  /** Retakes / repeated final controls during the whole study, if known separately. */
  retakes?: number;
}

export interface HonoursVerdict {
  eligible: boolean;
  gpa: number;
  retakes: number;
  reasons: Reason[];
}

/** MR-595 50: diploma with honours. */
export function evaluateHonours(input: HonoursInput, options: { gpaRounding?: GpaRounding } = {}): HonoursVerdict {
  const rounding = options.gpaRounding ?? "halfUp";
  const result = computeGpa(input.grades);
  const final = parseLetter(String(input.finalAttestation));
  // Final (latest) grades of each course; earlier attempts fail the no-retake criterion instead.
  const offending = result.grades
    .filter((g) => !HONOURS_ALLOWED_LETTERS.includes(g.letter))
    .map((g) => ({ course: g.course, letter: g.letter }));
  const retakes = Math.max(input.retakes ?? 0, result.retakes);
  const lettersMet = offending.length === 0;
  const gpaMet = meetsMinGpa(result.gpa, HONOURS_MIN_GPA, rounding);
  const finalMet = HONOURS_FINAL_ATTESTATION_LETTERS.includes(final);
  const retakesMet = retakes === 0;
  const reasons: Reason[] = [
    // MR-595 50: only A, A-, B+, B, B-, C+ in courses (final attestation excluded)
    criterion("MR-595 50", lettersMet, { code: "allowedLetters", allowed: HONOURS_ALLOWED_LETTERS, offending }),
    // MR-595 50: GPA not lower than 3.5
    criterion("MR-595 50", gpaMet, {
      code: "minGpa",
      actual: result.gpa,
      published: publishedGpa(result.gpa, rounding),
      required: HONOURS_MIN_GPA,
      rounding,
    }),
    // MR-595 50: final attestation A or A-
    criterion("MR-595 50", finalMet, { code: "finalAttestation", letter: final, allowed: HONOURS_FINAL_ATTESTATION_LETTERS }),
    // MR-595 50: no retakes or repeated final controls during the whole study
    criterion("MR-595 50", retakesMet, { code: "noRetakes", retakes }),
  ];
  return { eligible: lettersMet && gpaMet && finalMet && retakesMet, gpa: result.gpa, retakes, reasons };
}
