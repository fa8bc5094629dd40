import { describe, expect, it } from "vitest";
import { nextAcademicPeriodStart, vacationBefore } from "../../src/domain/rules/academic-periods.js";
import { isRuleInputError } from "../../src/domain/rules/errors.js";
import { policySchema } from "../../src/domain/policies/policy-schema.js";
import { getReferenceData } from "../../src/reference-data/load.js";

const PERIODS = { autumnStart: "09-01", springStart: "01-26" };

describe("policy academicPeriods: the next academic period of R-23 4.4, 6.2, 7.7", () => {
  it.each([
    ["2026-11-23", "2027-01-26", "spring"],
    ["2027-01-25", "2027-01-26", "spring"],
    ["2027-01-26", "2027-09-01", "autumn"], // on its first day a period has already begun
    ["2027-06-30", "2027-09-01", "autumn"],
    ["2027-08-31", "2027-09-01", "autumn"],
    ["2027-09-01", "2028-01-26", "spring"],
    ["2027-12-31", "2028-01-26", "spring"],
    ["2028-02-29", "2028-09-01", "autumn"], // leap day
  ])("MR-595 23, R-23 3.2: after %s the next period starts on %s (%s)", (date, start, season) => {
    expect(nextAcademicPeriodStart(date, PERIODS)).toEqual({ start, season });
  });

  it("MR-595 23: a spring start in December still gives the nearest later start", () => {
    expect(nextAcademicPeriodStart("2026-12-15", { autumnStart: "09-01", springStart: "12-20" })).toEqual({
      start: "2026-12-20",
      season: "spring",
    });
    expect(nextAcademicPeriodStart("2026-12-20", { autumnStart: "09-01", springStart: "12-20" })).toEqual({
      start: "2027-09-01",
      season: "autumn",
    });
  });

  it("bad input: an invalid date or month-day is a RuleInputError", () => {
    for (const call of [
      () => nextAcademicPeriodStart("2026-02-30", PERIODS),
      () => nextAcademicPeriodStart("2026-05-01", { autumnStart: "9-1", springStart: "01-26" }),
      () => nextAcademicPeriodStart("2026-05-01", { autumnStart: "09-31", springStart: "01-26" }),
    ]) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(isRuleInputError(error) && error.code === "invalidDate").toBe(true);
    }
  });

  it("domain.md §9: both bundled policies set the periods and the vacations and mark them as an assumption with a citation", async () => {
    const { policies } = await getReferenceData();
    for (const id of ["iitu", "kazutb"]) {
      const policy = policies.get(id)!;
      expect(policy.academicPeriods).toEqual({
        autumnStart: "09-01",
        springStart: "01-26",
        winterVacationStart: "01-12",
        summerVacationStart: "07-01",
        assumed: true,
      });
      expect(policy.citations.academicPeriods).toContain("MR-595 23");
      expect(policy.citations.academicPeriods).toContain("R-23 3.2, 4.3, 6.1, 7.1");
    }
  });

  it("R-23 3.2, 4.3, 6.1: the vacation before a period: winter before spring, summer before autumn; none when the policy is silent", () => {
    const periods = { autumnStart: "09-01", springStart: "01-26", winterVacationStart: "01-12", summerVacationStart: "07-01" };
    expect(vacationBefore({ start: "2027-01-26", season: "spring" }, periods)).toEqual({ start: "2027-01-12", season: "winter" });
    expect(vacationBefore({ start: "2027-09-01", season: "autumn" }, periods)).toEqual({ start: "2027-07-01", season: "summer" });
    // A winter vacation from late December belongs to the year before the spring period.
    expect(vacationBefore({ start: "2027-01-26", season: "spring" }, { ...periods, winterVacationStart: "12-28" })).toEqual({
      start: "2026-12-28",
      season: "winter",
    });
    expect(vacationBefore({ start: "2027-01-26", season: "spring" }, { autumnStart: "09-01", springStart: "01-26" })).toBeNull();
  });

  it("domain.md §9: the schema defaults the periods and refuses a day that is not MM-DD of every year", async () => {
    const { policies } = await getReferenceData();
    const { academicPeriods: _omitted, ...rest } = structuredClone(policies.get("iitu")!);
    expect(policySchema.parse(rest).academicPeriods).toEqual({ autumnStart: "09-01", springStart: "01-26", assumed: true });
    for (const springStart of ["02-29", "1-26", "13-01", "01-32"]) {
      const r = policySchema.safeParse({ ...rest, academicPeriods: { autumnStart: "09-01", springStart, assumed: false } });
      expect(r.success, springStart).toBe(false);
      expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["academicPeriods.springStart"]);
    }
  });
});
