import { describe, expect, it } from "vitest";
import { evaluateHonours } from "../../src/domain/rules/honours.js";
import { gradeCategory, rankGrantCandidates } from "../../src/domain/rules/vacant-grant-ranking.js";
import type { GradeInput } from "../../src/domain/rules/gpa.js";

const g = (course: string, credits: number, letter: string, extra: Partial<GradeInput> = {}): GradeInput => ({
  course,
  credits,
  letter,
  ...extra,
});

describe("MR-595 50: diploma with honours", () => {
  const good = [g("Math", 5, "A"), g("Physics", 5, "A-"), g("History", 5, "B+"), g("Art", 5, "A")];

  it("MR-595 50: A…C+ grades, GPA ≥ 3.5, final attestation A or A-, no retakes → honours", () => {
    const v = evaluateHonours({ grades: good, finalAttestation: "A-" });
    expect(v.eligible).toBe(true);
    expect(v.reasons.map((r) => [r.rule, r.met, r.detail.code])).toEqual([
      ["MR-595 50", true, "allowedLetters"],
      ["MR-595 50", true, "minGpa"],
      ["MR-595 50", true, "finalAttestation"],
      ["MR-595 50", true, "noRetakes"],
    ]);
  });

  it("MR-595 50: C+ is allowed, C is not (offending courses are listed)", () => {
    const withCPlus = [...Array.from({ length: 6 }, (_, i) => g(`A${i}`, 5, "A")), g("Sport", 2, "C+")];
    expect(evaluateHonours({ grades: withCPlus, finalAttestation: "A" }).eligible).toBe(true);
    const withC = [...Array.from({ length: 6 }, (_, i) => g(`A${i}`, 5, "A")), g("Sport", 2, "C")];
    const v = evaluateHonours({ grades: withC, finalAttestation: "A" });
    expect(v.eligible).toBe(false);
    expect(v.reasons[0]).toMatchObject({ met: false, detail: { offending: [{ course: "Sport", letter: "C" }] } });
  });

  it("MR-595 50: GPA exactly 3.5 (A 5 cr + B 5 cr) passes; 3.46 (A 1 + B+ 4) fails", () => {
    expect(evaluateHonours({ grades: [g("x", 5, "A"), g("y", 5, "B")], finalAttestation: "A" }).eligible).toBe(true);
    const low = evaluateHonours({ grades: [g("x", 1, "A"), g("y", 4, "B+")], finalAttestation: "A" });
    expect(low.eligible).toBe(false);
    expect(low.reasons[1]).toMatchObject({ met: false, detail: { code: "minGpa", required: 3.5, published: 3.46 } });
  });

  it("MR-595 50 + domain.md §10: GPA 3.4975 (A 1 + B+ 3) is published as 3.50 and reaches 3.5 (halfUp), not when truncating", () => {
    const grades = [g("x", 1, "A"), g("y", 3, "B+")];
    expect(evaluateHonours({ grades, finalAttestation: "A" }).eligible).toBe(true);
    expect(evaluateHonours({ grades, finalAttestation: "A" }, { gpaRounding: "truncate" }).eligible).toBe(false);
  });

  it.each(["B+", "B", "C", "FX"])("MR-595 50: final attestation %s is not enough", (letter) => {
    const v = evaluateHonours({ grades: good, finalAttestation: letter });
    expect(v.eligible).toBe(false);
    expect(v.reasons[2]).toMatchObject({ met: false, detail: { code: "finalAttestation", allowed: ["A", "A-"] } });
  });

  it("MR-595 50: the final attestation grade is not part of the GPA or the letter check (typed with a Cyrillic А)", () => {
    expect(evaluateHonours({ grades: good, finalAttestation: "А" }).eligible).toBe(true);
  });

  it("MR-595 50: any retake during the whole study excludes honours (given as a count)", () => {
    const v = evaluateHonours({ grades: good, finalAttestation: "A", retakes: 1 });
    expect(v.eligible).toBe(false);
    expect(v.reasons[3]).toEqual({ rule: "MR-595 50", met: false, kind: "criterion", detail: { code: "noRetakes", retakes: 1 } });
  });

  it("MR-595 50: a retake seen in the grades (retaken course, even with an A) excludes honours", () => {
    const v = evaluateHonours({ grades: [...good, g("Math", 5, "A", { retake: true })], finalAttestation: "A" });
    expect(v.retakes).toBe(1);
    expect(v.eligible).toBe(false);
  });
});

describe("R-23 3.12: vacant grant ranking", () => {
  it("R-23 3.12: grade categories — only A/A-, then A…C+, then mixed", () => {
    expect(gradeCategory(["A", "A-"])).toBe("onlyExcellent");
    expect(gradeCategory(["A", "B+", "C+"])).toBe("excellentAndGood");
    expect(gradeCategory(["A", "C"])).toBe("mixed");
    expect(gradeCategory(["B", "B"])).toBe("excellentAndGood");
  });

  it("R-23 3.12: higher GPA first; equal published GPA 3.67 ordered only-A/A- → A…C+ → mixed", () => {
    const r = rankGrantCandidates([
      { id: "mixed", grades: [g("x", 8, "A"), g("y", 1, "D")] }, // 33/9 = 3.667 → 3.67
      { id: "good", grades: [g("x", 1, "A"), g("y", 1, "B+")] }, // 3.665 → 3.67
      { id: "excellent", grades: [g("x", 5, "A-")] }, // 3.67
      { id: "lower", grades: [g("x", 8, "A"), g("y", 9, "B+")] }, // 3.645 → 3.65
      { id: "top", grades: [g("x", 5, "A")] }, // 4.00
    ]);
    expect(r.ranking).toEqual(["top", "excellent", "good", "mixed", "lower"]);
    expect(r.candidates.map((c) => [c.id, c.rank, c.publishedGpa, c.category])).toEqual([
      ["top", 1, 4, "onlyExcellent"],
      ["excellent", 2, 3.67, "onlyExcellent"],
      ["good", 3, 3.67, "excellentAndGood"],
      ["mixed", 4, 3.67, "mixed"],
      ["lower", 5, 3.65, "excellentAndGood"],
    ]);
  });

  it("R-23 3.12 + domain.md §10: float noise never decides — 1.67 computed two ways is a tie (shared rank)", () => {
    const r = rankGrantCandidates([
      { id: "p", grades: [g("a", 1, "C-"), g("b", 4, "C-"), g("c", 6, "C-")] },
      { id: "q", grades: [g("a", 5, "C-")] },
    ]);
    expect(r.candidates.map((c) => c.rank)).toEqual([1, 1]);
    expect(r.ranking).toEqual(["p", "q"]);
    expect(r.reasons[0]).toEqual({
      rule: "R-23 3.12",
      met: true,
      kind: "info",
      detail: { code: "grantRank", id: "p", rank: 1, gpa: 1.67, category: "mixed", tiedWith: ["q"] },
    });
  });

  it("R-23 3.12: the latest grade of a retaken course is used for GPA and category (R-23 5.5)", () => {
    const r = rankGrantCandidates([
      { id: "retook", grades: [g("x", 5, "C"), g("x", 5, "A", { retake: true })] },
      { id: "steady", grades: [g("x", 5, "A-")] },
    ]);
    expect(r.ranking).toEqual(["retook", "steady"]);
    expect(r.candidates[0]?.category).toBe("onlyExcellent");
  });

  it("R-23 3.12: duplicate candidate ids are an input error", () => {
    expect(() =>
      rankGrantCandidates([
        { id: "a", grades: [g("x", 5, "A")] },
        { id: "a", grades: [g("x", 5, "B")] },
      ]),
    ).toThrow(expect.objectContaining({ code: "duplicateCandidate" }));
  });
});
