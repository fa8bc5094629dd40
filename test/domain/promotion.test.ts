import { describe, expect, it } from "vitest";
import { R23_PROMOTION_THRESHOLDS, evaluatePromotion, promotableCourses, promotionThreshold } from "../../src/domain/rules/promotion.js";
import { RuleInputError } from "../../src/domain/rules/errors.js";
import type { Level } from "../../src/domain/rules/types.js";
import type { PromotionInput } from "../../src/domain/rules/promotion.js";

// R-23 5.7, one line per row of the table in domain.md §8.1
const ROWS: readonly [Level, number, number, number][] = [
  ["bachelor", 2, 60, 1.67],
  ["bachelor", 3, 90, 2.0],
  ["bachelor", 4, 180, 2.2],
  ["master", 2, 60, 2.67],
  ["phd", 2, 60, 2.0],
  ["phd", 3, 120, 2.5],
];

const base = (level: Level, toCourse: number, credits: number, gpa: number, extra: Partial<PromotionInput> = {}): PromotionInput => ({
  level,
  course: toCourse - 1,
  credits,
  gpa,
  funding: "paid",
  ...extra,
});

describe("R-23 5.7: promotion thresholds table", () => {
  it("R-23 5.7: the table has exactly the six rows of domain.md §8.1", () => {
    expect(R23_PROMOTION_THRESHOLDS.map((t) => [t.level, t.toCourse, t.minCredits, t.minGpa])).toEqual(ROWS);
  });

  it.each(ROWS)("R-23 5.7: %s → course %i needs %i credits and GPA %d — exactly both passes", (level, to, credits, gpa) => {
    const v = evaluatePromotion(base(level, to, credits, gpa));
    expect(v.eligible).toBe(true);
    expect(v.toCourse).toBe(to);
    expect(v.outcome).toBe("promoted");
    expect(v.creditsMet && v.gpaMet).toBe(true);
  });

  it.each(ROWS)("R-23 5.7: %s → course %i with %i credits minus 0.5 fails the credit criterion", (level, to, credits, gpa) => {
    const v = evaluatePromotion(base(level, to, credits - 0.5, gpa));
    expect(v.creditsMet).toBe(false);
    expect(v.gpaMet).toBe(true);
    expect(v.eligible).toBe(false);
    expect(v.reasons.find((r) => r.detail.code === "minCredits")).toMatchObject({
      rule: "R-23 5.7",
      met: false,
      detail: { actual: credits - 0.5, required: credits },
    });
  });

  it.each(ROWS)("R-23 5.7: %s → course %i: GPA one hundredth below %d fails the GPA criterion", (level, to, credits, gpa) => {
    const v = evaluatePromotion(base(level, to, credits, gpa - 0.01));
    expect(v.gpaMet).toBe(false);
    expect(v.creditsMet).toBe(true);
    expect(v.eligible).toBe(false);
    expect(v.reasons.find((r) => r.detail.code === "minGpa")).toMatchObject({ rule: "R-23 5.7", met: false, detail: { required: gpa } });
  });

  it.each(ROWS)("R-23 5.7 (either): %s → course %i — one criterion is enough under promotionRule either", (level, to, credits, gpa) => {
    expect(evaluatePromotion(base(level, to, credits - 1, gpa), { promotionRule: "either" }).eligible).toBe(true);
    expect(evaluatePromotion(base(level, to, credits, gpa - 0.01), { promotionRule: "either" }).eligible).toBe(true);
    expect(evaluatePromotion(base(level, to, credits - 1, gpa - 0.01), { promotionRule: "either" }).eligible).toBe(false);
  });

  it.each(ROWS)(
    "R-23 5.3 (both): %s → course %i — one criterion alone is not enough under promotionRule both",
    (level, to, credits, gpa) => {
      expect(evaluatePromotion(base(level, to, credits - 1, gpa), { promotionRule: "both" }).eligible).toBe(false);
      expect(evaluatePromotion(base(level, to, credits, gpa - 0.01), { promotionRule: "both" }).eligible).toBe(false);
    },
  );

  it("R-23 5.7: bachelor → 2nd course: exactly 60 credits passes, 59.5 fails", () => {
    expect(evaluatePromotion(base("bachelor", 2, 60, 3)).eligible).toBe(true);
    expect(evaluatePromotion(base("bachelor", 2, 59.5, 3)).eligible).toBe(false);
  });

  it("R-23 5.7: bachelor → 3rd course needs 90 credits and GPA 2.0 — exactly 90 credits passes", () => {
    expect(evaluatePromotion(base("bachelor", 3, 90, 2.0)).eligible).toBe(true);
  });

  it("R-23 5.7 + domain.md §10: GPA 1.67 passes; 1.669 publishes as 1.67 and passes (halfUp) but fails when the policy truncates", () => {
    expect(evaluatePromotion(base("bachelor", 2, 60, 1.67)).eligible).toBe(true);
    expect(evaluatePromotion(base("bachelor", 2, 60, 1.669)).eligible).toBe(true);
    expect(evaluatePromotion(base("bachelor", 2, 60, 1.669), { gpaRounding: "truncate" }).eligible).toBe(false);
    expect(evaluatePromotion(base("bachelor", 2, 60, 1.664)).eligible).toBe(false);
  });

  it("R-23 5.7 + domain.md §10: a computed 1.6699999 equals 1.67 and passes under both roundings", () => {
    expect(evaluatePromotion(base("bachelor", 2, 60, 1.6699999)).eligible).toBe(true);
    expect(evaluatePromotion(base("bachelor", 2, 60, 1.6699999999999997), { gpaRounding: "truncate" }).eligible).toBe(true);
  });

  it("R-23 5.7: the upper end of a band is not a ceiling (a 1st-year bachelor with 95 credits still goes to course 2)", () => {
    const v = evaluatePromotion({ level: "bachelor", course: 1, credits: 95, gpa: 3, funding: "paid" });
    expect(v.toCourse).toBe(2);
  });

  it("R-23 5.7: no row beyond the table (bachelor course 4, master course 2, PhD course 3) → RuleInputError noPromotionRow", () => {
    expect(() => promotionThreshold("bachelor", 4)).toThrow(RuleInputError);
    expect(() => evaluatePromotion({ level: "master", course: 2, credits: 120, gpa: 4, funding: "paid" })).toThrow(
      expect.objectContaining({ code: "noPromotionRow" }),
    );
    expect(() => evaluatePromotion({ level: "phd", course: 3, credits: 180, gpa: 4, funding: "paid" })).toThrow(
      expect.objectContaining({ code: "noPromotionRow" }),
    );
    expect(promotableCourses("bachelor")).toEqual([1, 2, 3]);
    expect(promotableCourses("master")).toEqual([1]);
    expect(promotableCourses("phd")).toEqual([1, 2]);
  });

  it("R-23 5.7: invalid GPA, credits or course → typed RuleInputError", () => {
    expect(() => evaluatePromotion(base("bachelor", 2, 60, 4.01))).toThrow(expect.objectContaining({ code: "invalidGpa" }));
    expect(() => evaluatePromotion(base("bachelor", 2, -1, 3))).toThrow(expect.objectContaining({ code: "invalidCredits" }));
    expect(() => evaluatePromotion({ level: "bachelor", course: 0, credits: 60, gpa: 3, funding: "paid" })).toThrow(
      expect.objectContaining({ code: "invalidCourse" }),
    );
    expect(() => evaluatePromotion({ ...base("bachelor", 2, 60, 3), academicDebts: -1 })).toThrow(
      expect.objectContaining({ code: "invalidCount" }),
    );
  });

  it("R-23 5.2: a policy may carry its own thresholds (Academic Council values)", () => {
    const custom = [{ level: "bachelor" as const, toCourse: 2, minCredits: 50, maxCredits: null, minGpa: 1.5 }];
    expect(evaluatePromotion(base("bachelor", 2, 50, 1.5), { promotionThresholds: custom }).eligible).toBe(true);
    expect(evaluatePromotion(base("bachelor", 2, 50, 1.5)).eligible).toBe(false);
  });
});

describe("R-23 5.3–5.4, 5.10–5.11, 8.6: outcomes and grants", () => {
  it("R-23 5.3: both criteria are reported separately with their clause, plus the rule used", () => {
    const v = evaluatePromotion(base("bachelor", 3, 89, 2.5));
    expect(v.reasons.slice(0, 3)).toEqual([
      {
        rule: "R-23 5.7",
        met: false,
        kind: "criterion",
        detail: { code: "minCredits", actual: 89, required: 90, level: "bachelor", toCourse: 3 },
      },
      {
        rule: "R-23 5.7",
        met: true,
        kind: "criterion",
        detail: { code: "minGpa", actual: 2.5, published: 2.5, required: 2, rounding: "halfUp", level: "bachelor", toCourse: 3 },
      },
      {
        rule: "R-23 5.3",
        met: false,
        kind: "criterion",
        detail: { code: "promotionRule", promotionRule: "both", creditsMet: false, gpaMet: true },
      },
    ]);
  });

  it("R-23 5.7 (either): the rule reason cites 5.7 when the policy reads 'or'", () => {
    const v = evaluatePromotion(base("bachelor", 3, 89, 2.5), { promotionRule: "either" });
    expect(v.reasons[2]).toMatchObject({ rule: "R-23 5.7", met: true, detail: { promotionRule: "either" } });
  });

  it("R-23 5.3–5.4: not promoted → repeat course: toCourse null, next year keeps the same course status", () => {
    const v = evaluatePromotion({ level: "bachelor", course: 2, credits: 100, gpa: 1.9, funding: "paid" });
    expect(v.outcome).toBe("repeatCourse");
    expect(v.toCourse).toBeNull();
    expect(v.nextYearCourse).toBe(2);
    expect(v.reasons).toContainEqual({ rule: "R-23 5.4", met: false, kind: "consequence", detail: { code: "repeatCourse", course: 2 } });
  });

  it("R-23 5.10, 8.6: a grant holder who is not promoted loses the grant and continues on a paid basis", () => {
    const v = evaluatePromotion({ level: "master", course: 1, credits: 60, gpa: 2.5, funding: "grant" });
    expect(v.losesGrant).toBe(true);
    expect(v.fundingNextYear).toBe("paid");
    expect(v.reasons).toContainEqual({
      rule: "R-23 5.10",
      met: false,
      kind: "consequence",
      detail: { code: "grantLost", funding: "grant" },
    });
  });

  it("R-23 5.10: a paid student who is not promoted has no grant to lose", () => {
    const v = evaluatePromotion({ level: "master", course: 1, credits: 60, gpa: 2.5, funding: "paid" });
    expect(v.losesGrant).toBe(false);
    expect(v.reasons.some((r) => r.detail.code === "grantLost")).toBe(false);
  });

  it("R-23 5.11: a grant holder promoted with academic debts keeps the grant and retakes those courses paid", () => {
    const v = evaluatePromotion({ level: "bachelor", course: 1, credits: 62, gpa: 2.1, funding: "grant", academicDebts: 2 });
    expect(v.eligible).toBe(true);
    expect(v.losesGrant).toBe(false);
    expect(v.paidRetakes).toBe(true);
    expect(v.fundingNextYear).toBe("grant");
    expect(v.reasons).toContainEqual({
      rule: "R-23 5.11",
      met: false,
      kind: "consequence",
      detail: { code: "grantKeptPaidRetakes", academicDebts: 2 },
    });
  });

  it("R-23 5.11: promoted without debts → no paid retakes; targeted grants count as grants", () => {
    const v = evaluatePromotion({ level: "bachelor", course: 1, credits: 62, gpa: 2.1, funding: "targetedGrant" });
    expect(v.paidRetakes).toBe(false);
    expect(v.fundingNextYear).toBe("grant");
    const lost = evaluatePromotion({ level: "bachelor", course: 1, credits: 50, gpa: 2.1, funding: "targetedGrant" });
    expect(lost.losesGrant).toBe(true);
  });
});
