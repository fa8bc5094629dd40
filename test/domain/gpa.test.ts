import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LETTERS, letterToPoints } from "../../src/domain/rules/grade-scale.js";
import {
  compareGpa,
  computeGpa,
  formatGpa,
  gpaHundredths,
  meetsMinCredits,
  meetsMinGpa,
  publishedGpa,
} from "../../src/domain/rules/gpa.js";
import type { GradeInput } from "../../src/domain/rules/gpa.js";
import type { Letter } from "../../src/domain/rules/grade-scale.js";

const letterArb = fc.constantFrom<Letter>(...LETTERS);
const creditsArb = fc.integer({ min: 1, max: 15 });
/** Distinct course names, so order cannot matter. */
const gradesArb = fc.uniqueArray(
  fc.record({ course: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ""), credits: creditsArb, letter: letterArb }),
  {
    minLength: 1,
    maxLength: 40,
    selector: (g) => g.course.trim().replace(/\s+/g, " ").toLowerCase(),
  },
);

describe("R-23 §2: GPA = Σ(credits × points) / Σ credits", () => {
  it("R-23 §2: weighted by credits (5 cr A + 3 cr B + 2 cr C = 3.3)", () => {
    const r = computeGpa([
      { course: "Math", credits: 5, letter: "A" },
      { course: "Physics", credits: 3, letter: "B" },
      { course: "History", credits: 2, letter: "C" },
    ]);
    expect(r.gpa).toBeCloseTo((5 * 4 + 3 * 3 + 2 * 2) / 10, 12);
    expect(r.credits).toBe(10);
    expect(r.passedCredits).toBe(10);
  });

  it("R-23 §2: FX (0.5) and F (0) count in the GPA with their credits but earn no credits", () => {
    const r = computeGpa([
      { course: "Math", credits: 4, letter: "A" },
      { course: "Physics", credits: 2, letter: "FX" },
      { course: "Chemistry", credits: 2, letter: "F" },
    ]);
    expect(r.gpa).toBeCloseTo((16 + 1 + 0) / 8, 12);
    expect(r.credits).toBe(8);
    expect(r.passedCredits).toBe(4);
  });

  it("R-23 5.5: the latest grade of a retaken course counts (F then B → B)", () => {
    const r = computeGpa([
      { course: "Math", credits: 5, letter: "F" },
      { course: "Physics", credits: 5, letter: "A" },
      { course: "math", credits: 5, letter: "B", retake: true },
    ]);
    expect(r.gpa).toBe(3.5);
    expect(r.credits).toBe(10);
    expect(r.superseded.map((g) => g.letter)).toEqual(["F"]);
    expect(r.retakes).toBe(1);
  });

  it("R-23 5.5: an explicit attempt number beats list order (attempt 2 listed first still wins)", () => {
    const r = computeGpa([
      { course: "Math", credits: 5, letter: "C", attempt: 2 },
      { course: "Math", credits: 5, letter: "FX", attempt: 1 },
    ]);
    expect(r.gpa).toBe(2);
    expect(r.retakes).toBe(1);
  });

  it("R-23 5.5: the same course twice without a retake flag → the later line is the latest", () => {
    const r = computeGpa([
      { course: "Math", credits: 5, letter: "D" },
      { course: "  MATH ", credits: 5, letter: "A-" },
    ]);
    expect(r.gpa).toBe(3.67);
    expect(r.retakes).toBe(1);
  });

  it("R-23 §2: no grades → RuleInputError noCredits; bad credits / letter → typed errors", () => {
    expect(() => computeGpa([])).toThrow(expect.objectContaining({ code: "noCredits" }));
    expect(() => computeGpa([{ course: "Math", credits: 0, letter: "A" }])).toThrow(expect.objectContaining({ code: "invalidCredits" }));
    expect(() => computeGpa([{ course: "Math", credits: 5, letter: "Z" }])).toThrow(expect.objectContaining({ code: "unknownLetter" }));
    expect(() => computeGpa([{ course: " ", credits: 5, letter: "A" }])).toThrow(expect.objectContaining({ code: "invalidCourse" }));
  });

  it("domain.md §10: three C- courses of 1, 4 and 6 credits give exactly 1.67 (a naive float sum gives 1.6699999999999997)", () => {
    const grades: GradeInput[] = [
      { course: "a", credits: 1, letter: "C-" },
      { course: "b", credits: 4, letter: "C-" },
      { course: "c", credits: 6, letter: "C-" },
    ];
    const naive = (1 * 1.67 + 4 * 1.67 + 6 * 1.67) / 11;
    expect(naive).toBe(1.6699999999999997);
    expect(computeGpa(grades).gpa).toBe(1.67);
    expect(meetsMinGpa(naive, 1.67, "halfUp")).toBe(true);
    expect(meetsMinGpa(naive, 1.67, "truncate")).toBe(true);
  });
});

describe("domain.md §10: GPAs compared at published (two-decimal) precision", () => {
  it("domain.md §10: 3.66 and 3.67 differ", () => {
    expect(compareGpa(3.66, 3.67)).toBe(-1);
    expect(meetsMinGpa(3.66, 3.67)).toBe(false);
  });

  it("domain.md §10: a computed 3.6699999 equals 3.67 (both roundings)", () => {
    expect(compareGpa(3.6699999, 3.67)).toBe(0);
    expect(compareGpa(3.6699999, 3.67, "truncate")).toBe(0);
    expect(publishedGpa(1.6699999)).toBe(1.67);
    expect(publishedGpa(1.6699999, "truncate")).toBe(1.67);
  });

  it("domain.md §10: 1.669 is published as 1.67 (halfUp, default) but 1.66 when the policy truncates", () => {
    expect(publishedGpa(1.669)).toBe(1.67);
    expect(meetsMinGpa(1.669, 1.67)).toBe(true);
    expect(publishedGpa(1.669, "truncate")).toBe(1.66);
    expect(meetsMinGpa(1.669, 1.67, "truncate")).toBe(false);
  });

  it("domain.md §10: 1.664999 is published as 1.66 and does not reach 1.67; 1.005 (float 100.49999…) still rounds half up to 1.01", () => {
    expect(publishedGpa(1.664999)).toBe(1.66);
    expect(meetsMinGpa(1.664999, 1.67)).toBe(false);
    expect(1.005 * 100).toBeLessThan(100.5); // the float noise being neutralised
    expect(gpaHundredths(1.005)).toBe(101);
    expect(publishedGpa(1.005)).toBe(1.01);
  });

  it("domain.md §10: formatGpa is the display helper (2 decimals)", () => {
    expect(formatGpa(3.5)).toBe("3.50");
    expect(formatGpa(2 / 3 + 3)).toBe("3.67");
    expect(formatGpa(4)).toBe("4.00");
    expect(formatGpa(0)).toBe("0.00");
  });

  it("R-23 5.7: credit volumes compare without float noise (0.1 + 0.2 credits reach 0.3; 59.5 < 60)", () => {
    expect(meetsMinCredits(0.1 + 0.2, 0.3)).toBe(true);
    expect(meetsMinCredits(59.5, 60)).toBe(false);
    expect(meetsMinCredits(60, 60)).toBe(true);
  });
});

describe("R-23 §2 / 5.5 properties (fast-check)", () => {
  it("R-23 §2 property: GPA stays within [0, 4]", () => {
    fc.assert(
      fc.property(gradesArb, (grades) => {
        const { gpa } = computeGpa(grades);
        return gpa >= 0 && gpa <= 4;
      }),
    );
  });

  it("R-23 §2 property: GPA is unchanged by reordering the courses", () => {
    fc.assert(
      fc.property(
        gradesArb.chain((g) => fc.tuple(fc.constant(g), fc.shuffledSubarray(g, { minLength: g.length, maxLength: g.length }))),
        ([grades, shuffled]) => {
          const a = computeGpa(grades).gpa;
          const b = computeGpa(shuffled).gpa;
          return Math.abs(a - b) < 1e-12 && compareGpa(a, b) === 0;
        },
      ),
    );
  });

  it("R-23 §2 property: one course → GPA equals that grade's points", () => {
    fc.assert(
      fc.property(letterArb, creditsArb, (letter, credits) => {
        return computeGpa([{ course: "Only", credits, letter }]).gpa === letterToPoints(letter);
      }),
    );
  });

  it("R-23 5.5 property: the latest retake wins, whatever the earlier attempts were", () => {
    fc.assert(
      fc.property(gradesArb, fc.array(letterArb, { minLength: 1, maxLength: 4 }), letterArb, (others, earlier, last) => {
        const course = "__retaken__";
        const attempts: GradeInput[] = earlier.map((letter, i) => ({ course, credits: 5, letter, attempt: i + 1 }));
        const lastAttempt: GradeInput = { course, credits: 5, letter: last, attempt: earlier.length + 1 };
        // the retake is listed anywhere: first, last or between the others
        const withRetake = [lastAttempt, ...others, ...attempts];
        const expected = computeGpa([...others, { course, credits: 5, letter: last }]).gpa;
        return Math.abs(computeGpa(withRetake).gpa - expected) < 1e-12;
      }),
    );
  });

  it("domain.md §10 property: published GPA is within half a hundredth of the computed one", () => {
    fc.assert(
      fc.property(gradesArb, (grades) => {
        const { gpa } = computeGpa(grades);
        return Math.abs(publishedGpa(gpa) - gpa) <= 0.005 + 1e-9 && publishedGpa(gpa, "truncate") <= gpa + 1e-6;
      }),
    );
  });
});
