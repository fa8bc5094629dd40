import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/rules/dates.js";
import { evaluateReinstatement } from "../../src/domain/rules/reinstatement.js";
import { failingCriteria } from "../../src/domain/rules/reason.js";
import { LEVELS } from "../../src/domain/rules/types.js";
import type { ReinstatementInput } from "../../src/domain/rules/reinstatement.js";
import type { WorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import { referenceData, weekendsOnly } from "./fixtures.js";

let kz: WorkingCalendar;
beforeAll(async () => {
  kz = (await referenceData()).calendar;
});
const wide = weekendsOnly(2024, 2032);

const input = (over: Partial<ReinstatementInput>): ReinstatementInput => ({
  level: "bachelor",
  expelledOn: "2024-02-29",
  date: "2025-08-20",
  reason: "other",
  nextPeriodStart: "2025-09-01",
  ...over,
});

describe("R-23 §7: reinstatement", () => {
  it("R-23 7.2: bachelor — within 5 years; expelled on 29 Feb 2024 the term ends 28 Feb 2029 (leap day)", () => {
    const ok = evaluateReinstatement(input({ date: "2029-02-28", nextPeriodStart: "2029-09-03" }), wide);
    expect(ok.reasons[0]).toMatchObject({ rule: "R-23 7.2", met: true, detail: { until: "2029-02-28", years: 5, assumed: false } });
    expect(ok.eligible).toBe(true);
    expect(ok.deadline).toBe("2029-02-28");
    const late = evaluateReinstatement(input({ date: "2029-03-01", nextPeriodStart: "2029-09-03" }), wide);
    expect(late.eligible).toBe(false);
  });

  it("R-23 7.2: master — within 2 years (expelled 29 Feb 2024 → until 28 Feb 2026)", () => {
    const v = evaluateReinstatement(input({ level: "master", date: "2026-02-28", nextPeriodStart: "2026-09-01" }), kz);
    expect(v.eligible).toBe(true);
    expect(v.deadline).toBe("2026-02-28");
    expect(evaluateReinstatement(input({ level: "master", date: "2026-03-01", nextPeriodStart: "2026-09-01" }), kz).eligible).toBe(false);
  });

  it("R-23 7.2: PhD — R-23 is silent; the 2-year postgraduate term is applied and flagged assumed", () => {
    const v = evaluateReinstatement(input({ level: "phd", date: "2025-08-20" }), kz);
    expect(v.reasons[0]).toMatchObject({ rule: "R-23 7.2", detail: { years: 2, assumed: true } });
    const custom = evaluateReinstatement(input({ level: "phd", date: "2026-08-20", nextPeriodStart: "2026-09-01" }), kz, {
      reinstatementYears: { bachelor: 5, master: 2, phd: 3 },
    });
    expect(custom.eligible).toBe(true);
  });

  it("R-23 7.2: expelled 1 Mar 2023 (non-leap) → 5 years end 1 Mar 2028", () => {
    const v = evaluateReinstatement(input({ expelledOn: "2023-03-01", date: "2028-03-01", nextPeriodStart: "2028-09-04" }), wide);
    expect(v.reasons[0]).toMatchObject({ detail: { until: "2028-03-01" } });
  });

  it("R-23 7.7: applications close 5 working days before the period (start Thu 26 Mar 2026 after Nauryz → Mon 16 Mar)", () => {
    const v = evaluateReinstatement(input({ date: "2026-03-17", nextPeriodStart: "2026-03-26" }), kz);
    expect(v.eligible).toBe(false);
    expect(v.deadline).toBe("2026-03-16");
    expect(v.reasons.find((r) => r.rule === "R-23 7.7")).toMatchObject({ met: false, detail: { applyBy: "2026-03-16" } });
  });

  it("R-23 7.3: reinstatement is paid only", () => {
    const v = evaluateReinstatement(input({}), kz);
    expect(v.paidOnly).toBe(true);
    expect(v.reasons).toContainEqual({ rule: "R-23 7.3", met: false, kind: "consequence", detail: { code: "paidOnly", value: true } });
  });

  it("R-23 7.4: expelled for non-payment — within 4 weeks once the debt is paid (10 Feb 2024 → 9 Mar 2024, leap February)", () => {
    const v = evaluateReinstatement(
      input({ reason: "nonPayment", expelledOn: "2024-02-10", date: "2024-03-09", nextPeriodStart: "2024-09-02" }),
      kz,
    );
    expect(v.eligible).toBe(true);
    expect(v.route).toBe("nonPayment");
    expect(v.deadline).toBe("2024-03-09");
    expect(v.reasons[0]).toEqual({
      rule: "R-23 7.4",
      met: true,
      kind: "criterion",
      detail: { code: "nonPaymentWindow", weeks: 4, expelledOn: "2024-02-10", until: "2024-03-09", date: "2024-03-09", debtPaid: true },
    });
  });

  it("R-23 7.4: in a non-leap year 4 weeks from 10 Feb end on 10 Mar", () => {
    const v = evaluateReinstatement(
      input({ reason: "nonPayment", expelledOn: "2025-02-10", date: "2025-03-10", nextPeriodStart: "2025-09-01" }),
      kz,
    );
    expect(v.route).toBe("nonPayment");
    expect(v.deadline).toBe("2025-03-10");
  });

  it("R-23 7.4: day 29 after a non-payment expulsion is too late for 7.4; the general route (7.2, 7.7) then applies", () => {
    const v = evaluateReinstatement(
      input({ reason: "nonPayment", expelledOn: "2025-02-10", date: "2025-03-11", nextPeriodStart: "2025-09-01" }),
      kz,
    );
    expect(v.otherRoute).toMatchObject({ route: "nonPayment", reasons: [{ rule: "R-23 7.4", met: false }], openUntil: null });
    expect(v.reasons.map((r) => r.rule)).toEqual(["R-23 7.2", "R-23 7.7", "R-23 7.3"]);
    expect(v.route).toBe("general");
    expect(v.eligible).toBe(true);
    expect(v.deadline).toBe("2025-08-25");
  });

  it("R-23 7.4: the 4-week route needs the debt paid", () => {
    const v = evaluateReinstatement(
      input({ reason: "nonPayment", expelledOn: "2025-02-10", date: "2025-02-20", nextPeriodStart: "2025-02-24", debtPaid: false }),
      kz,
    );
    expect(v.otherRoute).toMatchObject({
      reasons: [{ rule: "R-23 7.4", met: false, detail: { debtPaid: false } }],
      openUntil: "2025-03-10",
    });
    expect(v.eligible).toBe(false);
  });

  it("R-23 §7: an application dated before the expulsion is an input error", () => {
    expect(() => evaluateReinstatement(input({ date: "2024-01-01" }), kz)).toThrow(
      expect.objectContaining({ code: "dateBeforeExpulsion" }),
    );
  });
});

describe("R-23 §7: the verdict never contradicts its criteria (issue 7 #5)", () => {
  // From February: the cut-off five working days before the earliest next period stays inside the calendar (2024–2032).
  const day = (offset: number): string => addDays("2024-02-01", offset);
  const inputArb = fc
    .record({
      level: fc.constantFrom(...LEVELS),
      expelled: fc.integer({ min: 0, max: 700 }),
      elapsed: fc.integer({ min: 0, max: 2000 }),
      startAfter: fc.integer({ min: 1, max: 200 }),
      reason: fc.constantFrom("nonPayment" as const, "other" as const),
      debtPaid: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ level, expelled, elapsed, startAfter, reason, debtPaid }): ReinstatementInput => ({
      level,
      expelledOn: day(expelled),
      date: day(expelled + elapsed),
      nextPeriodStart: day(expelled + elapsed + startAfter),
      reason,
      ...(debtPaid !== undefined && { debtPaid }),
    }));

  it("R-23 7.2, 7.4, 7.7: a ✅ verdict has no failed criterion that the chosen route needs; a ❌ verdict names one", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const v = evaluateReinstatement(i, wide);
        expect(failingCriteria(v.reasons).length === 0).toBe(v.eligible);
        expect(v.reasons.filter((r) => r.kind === "criterion").every((r) => r.rule !== "R-23 7.4" || v.route === "nonPayment")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("R-23 7.4: the other route is shown only when it was not taken, with its unmet criterion and how long it stays open", () => {
    fc.assert(
      fc.property(inputArb, (i) => {
        const v = evaluateReinstatement(i, wide);
        if (i.reason === "other" || v.route === "nonPayment") {
          expect(v.otherRoute).toBeNull();
          return;
        }
        expect(v.otherRoute!.reasons.every((r) => r.kind === "criterion" && !r.met && r.rule === "R-23 7.4")).toBe(true);
        const until = addDays(i.expelledOn as string, 28);
        expect(v.otherRoute!.openUntil).toBe((i.date as string) <= until ? until : null);
      }),
      { numRuns: 500 },
    );
  });
});
