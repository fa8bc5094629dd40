import { RuleInputError } from "./errors.js";

/** Letters of the point-rating letter system (MR-595 Appendix 1). ASCII "-" is canonical. */
export const LETTERS = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "FX", "F"] as const;
export type Letter = (typeof LETTERS)[number];
/** A letter as typed or imported, in any accepted spelling ("A-", "А−", "a –"); normalised with `parseLetter`. */
export type LetterSpelling = Letter | (string & NonNullable<unknown>);

/** Key of the traditional grading scale; the bot localises it. */
export type TraditionalGrade = "excellent" | "good" | "satisfactory" | "unsatisfactory";

export interface GradeBand {
  letter: Letter;
  /** Numerical equivalent ("цифровой эквивалент"). */
  points: number;
  /** Same value in hundredths, for exact sums. */
  hundredths: number;
  /** Inclusive percentage band of the final score. */
  percentMin: number;
  percentMax: number;
  traditional: TraditionalGrade;
}

// MR-595 Appendix 1 (also 6B03104 §12, which prints D as "D-").
export const GRADE_SCALE: readonly GradeBand[] = Object.freeze([
  { letter: "A", points: 4.0, hundredths: 400, percentMin: 95, percentMax: 100, traditional: "excellent" },
  { letter: "A-", points: 3.67, hundredths: 367, percentMin: 90, percentMax: 94, traditional: "excellent" },
  { letter: "B+", points: 3.33, hundredths: 333, percentMin: 85, percentMax: 89, traditional: "good" },
  { letter: "B", points: 3.0, hundredths: 300, percentMin: 80, percentMax: 84, traditional: "good" },
  { letter: "B-", points: 2.67, hundredths: 267, percentMin: 75, percentMax: 79, traditional: "good" },
  { letter: "C+", points: 2.33, hundredths: 233, percentMin: 70, percentMax: 74, traditional: "good" },
  { letter: "C", points: 2.0, hundredths: 200, percentMin: 65, percentMax: 69, traditional: "satisfactory" },
  { letter: "C-", points: 1.67, hundredths: 167, percentMin: 60, percentMax: 64, traditional: "satisfactory" },
  { letter: "D+", points: 1.33, hundredths: 133, percentMin: 55, percentMax: 59, traditional: "satisfactory" },
  { letter: "D", points: 1.0, hundredths: 100, percentMin: 50, percentMax: 54, traditional: "satisfactory" },
  { letter: "FX", points: 0.5, hundredths: 50, percentMin: 25, percentMax: 49, traditional: "unsatisfactory" },
  { letter: "F", points: 0, hundredths: 0, percentMin: 0, percentMax: 24, traditional: "unsatisfactory" },
] as const satisfies readonly GradeBand[]);

const BY_LETTER: ReadonlyMap<Letter, GradeBand> = new Map(GRADE_SCALE.map((b) => [b.letter, b]));

// Cyrillic look-alikes that students type from a Russian/Kazakh layout.
const LOOKALIKES: Readonly<Record<string, string>> = {
  "\u0410": "A", // А
  "\u0430": "A", // а
  "\u0412": "B", // В
  "\u0432": "B", // в
  "\u0421": "C", // С
  "\u0441": "C", // с
  "\u0425": "X", // Х
  "\u0445": "X", // х
  "\u0415": "E", // Е (never valid, but keeps the error message readable)
};
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign, small/full-width hyphen-minus.
const MINUS_VARIANTS = /[\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]/g;
const PLUS_VARIANTS = /[\uFF0B\u207A]/g;

/** Canonical spelling of a typed grade, or null when it is not a letter of the scale. */
export function normalizeLetter(input: string): Letter | null {
  let s = input.normalize("NFKC").replace(MINUS_VARIANTS, "-").replace(PLUS_VARIANTS, "+");
  s = s.replace(/\s+/g, "");
  s = [...s]
    .map((ch) => LOOKALIKES[ch] ?? ch)
    .join("")
    .toUpperCase();
  if (s === "D-") s = "D"; // 6B03104 §12 prints D as "D-": same grade, 1.0 point
  return BY_LETTER.has(s as Letter) ? (s as Letter) : null;
}

/** Like normalizeLetter but throws RuleInputError("unknownLetter"). */
export function parseLetter(input: string): Letter {
  const letter = normalizeLetter(input);
  if (letter === null) throw new RuleInputError("unknownLetter", { letter: input });
  return letter;
}

export function gradeBand(letter: LetterSpelling): GradeBand {
  const band = BY_LETTER.get(parseLetter(letter));
  if (!band) throw new RuleInputError("unknownLetter", { letter });
  return band;
}

/** MR-595 App. 1: numerical equivalent of a letter. */
export function letterToPoints(letter: LetterSpelling): number {
  return gradeBand(letter).points;
}

export function letterToTraditional(letter: LetterSpelling): TraditionalGrade {
  return gradeBand(letter).traditional;
}

export function letterPercentBand(letter: LetterSpelling): { min: number; max: number } {
  const b = gradeBand(letter);
  return { min: b.percentMin, max: b.percentMax };
}

/**
 * MR-595 App. 1: final score in % (0–100) → letter. Bands are integer; a
 * fractional score belongs to the highest band whose lower bound it reaches
 * (94.5 → A-, 95 → A). Throws RuleInputError("scoreOutOfRange").
 */
export function scoreToLetter(score: number): Letter {
  if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > 100) {
    throw new RuleInputError("scoreOutOfRange", { score, min: 0, max: 100 });
  }
  for (const band of GRADE_SCALE) {
    if (score >= band.percentMin) return band.letter;
  }
  return "F";
}

/** Letters that pass the course (credits are earned). FX and F do not (MR-595 42). */
export function isPassingLetter(letter: Letter): boolean {
  return letter !== "FX" && letter !== "F";
}

/**
 * MR-595 42: FX allows one re-sit of the final control without repeating the
 * course; F means the course must be taken again.
 */
export function failureConsequence(letter: Letter): "resitFinalControl" | "retakeCourse" | null {
  if (letter === "FX") return "resitFinalControl";
  if (letter === "F") return "retakeCourse";
  return null;
}
