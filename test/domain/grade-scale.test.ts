import { describe, expect, it } from "vitest";
import {
  GRADE_SCALE,
  LETTERS,
  failureConsequence,
  gradeBand,
  isPassingLetter,
  letterPercentBand,
  letterToPoints,
  letterToTraditional,
  normalizeLetter,
  parseLetter,
  scoreToLetter,
} from "../../src/domain/rules/grade-scale.js";
import { RuleInputError } from "../../src/domain/rules/errors.js";

const TABLE = [
  ["A", 4.0, 95, 100, "excellent"],
  ["A-", 3.67, 90, 94, "excellent"],
  ["B+", 3.33, 85, 89, "good"],
  ["B", 3.0, 80, 84, "good"],
  ["B-", 2.67, 75, 79, "good"],
  ["C+", 2.33, 70, 74, "good"],
  ["C", 2.0, 65, 69, "satisfactory"],
  ["C-", 1.67, 60, 64, "satisfactory"],
  ["D+", 1.33, 55, 59, "satisfactory"],
  ["D", 1.0, 50, 54, "satisfactory"],
  ["FX", 0.5, 25, 49, "unsatisfactory"],
  ["F", 0, 0, 24, "unsatisfactory"],
] as const;

describe("MR-595 App. 1: letter scale", () => {
  it.each(TABLE)("MR-595 App. 1: %s = %d points, %d–%d %%, %s", (letter, points, min, max, word) => {
    expect(letterToPoints(letter)).toBe(points);
    expect(letterPercentBand(letter)).toEqual({ min, max });
    expect(letterToTraditional(letter)).toBe(word);
    expect(gradeBand(letter).hundredths).toBe(Math.round(points * 100));
  });

  it.each(TABLE)("MR-595 App. 1: scores %s band edges %d and %d map back to %s", (letter, _p, min, max) => {
    expect(scoreToLetter(min)).toBe(letter);
    expect(scoreToLetter(max)).toBe(letter);
  });

  it("MR-595 App. 1: the table has 12 letters, bands cover 0–100 without gaps", () => {
    expect(GRADE_SCALE.map((b) => b.letter)).toEqual([...LETTERS]);
    for (let s = 0; s <= 100; s++) expect(() => scoreToLetter(s)).not.toThrow();
    for (let i = 1; i < GRADE_SCALE.length; i++) {
      expect(GRADE_SCALE[i - 1]?.percentMin).toBe((GRADE_SCALE[i]?.percentMax ?? 0) + 1);
    }
  });

  it("MR-595 App. 1: a fractional score belongs to the band whose lower bound it reaches (94.5 → A-, 95 → A, 24.9 → F)", () => {
    expect(scoreToLetter(94.5)).toBe("A-");
    expect(scoreToLetter(94.999)).toBe("A-");
    expect(scoreToLetter(95)).toBe("A");
    expect(scoreToLetter(24.9)).toBe("F");
    expect(scoreToLetter(25)).toBe("FX");
  });

  it.each([-1, 100.01, 101, Number.NaN, Number.POSITIVE_INFINITY])(
    "MR-595 App. 1: score %d is out of range → RuleInputError scoreOutOfRange",
    (score) => {
      expect(() => scoreToLetter(score)).toThrow(RuleInputError);
      try {
        scoreToLetter(score);
      } catch (e) {
        expect((e as RuleInputError).code).toBe("scoreOutOfRange");
      }
    },
  );

  it.each(["Q", "E", "A++", "", "AB", "G-", "5"])("MR-595 App. 1: unknown letter %j → RuleInputError unknownLetter", (l) => {
    expect(normalizeLetter(l)).toBeNull();
    expect(() => parseLetter(l)).toThrow(expect.objectContaining({ code: "unknownLetter" }));
    expect(() => letterToPoints(l)).toThrow(RuleInputError);
  });

  it.each([
    ["А", "A"], // Cyrillic А
    ["А-", "A-"],
    ["А−", "A-"], // minus sign
    ["A–", "A-"], // en dash
    ["A—", "A-"], // em dash
    ["В+", "B+"], // Cyrillic В
    ["в", "B"],
    ["С-", "C-"], // Cyrillic С
    ["с+", "C+"],
    ["FХ", "FX"], // Cyrillic Х
    ["fx", "FX"],
    [" a - ", "A-"],
    ["Ｂ＋", "B+"], // full-width
    ["D-", "D"], // 6B03104 §12 prints D as D-
  ])("MR-595 App. 1: typed %j is read as %s (look-alikes, dash variants)", (typed, letter) => {
    expect(normalizeLetter(typed)).toBe(letter);
  });

  it("MR-595 42: FX allows one re-sit, F means taking the course again; both fail, D passes", () => {
    expect(failureConsequence("FX")).toBe("resitFinalControl");
    expect(failureConsequence("F")).toBe("retakeCourse");
    expect(failureConsequence("D")).toBeNull();
    expect(isPassingLetter("FX")).toBe(false);
    expect(isPassingLetter("F")).toBe(false);
    expect(isPassingLetter("D")).toBe(true);
  });
});
