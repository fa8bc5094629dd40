import { describe, expect, it } from "vitest";
import {
  academicYearOf,
  canTransition,
  checkContractDate,
  checkPracticeDates,
  checkPracticeWeeks,
  missingForSubmission,
  PLACEMENT_STATUSES,
  PLACEMENT_TRANSITIONS,
  statusAfterStudentEdit,
} from "../../src/domain/practice/placement.js";
import { requiredPracticeHours } from "../../src/domain/rules/practice-deadlines.js";
import { getReferenceData } from "../../src/reference-data/load.js";

const reference = await getReferenceData();
const calendar = reference.calendar;
const iitu = reference.policies.get("iitu")!;
const kazutb = reference.policies.get("kazutb")!;
const today = "2026-11-23";

describe("placement statuses (issue 8: draft → submitted → approved | returned → active → finished)", () => {
  it("allows exactly the documented transitions", () => {
    const allowed = PLACEMENT_STATUSES.flatMap((from) =>
      PLACEMENT_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      "draft→submitted",
      "submitted→approved",
      "submitted→returned",
      "approved→submitted",
      "approved→active",
      "returned→submitted",
      "active→finished",
    ]);
    expect(PLACEMENT_TRANSITIONS.finished).toEqual([]);
  });

  it("a student's edit keeps draft/submitted/returned, sends approved back for approval, and is refused once the practice began", () => {
    expect(PLACEMENT_STATUSES.map((s) => [s, statusAfterStudentEdit(s)])).toEqual([
      ["draft", "draft"],
      ["submitted", "submitted"],
      ["approved", "submitted"],
      ["returned", "returned"],
      ["active", null],
      ["finished", null],
    ]);
  });
});

describe("practice period (QP-06 3.6: duration in weeks, 30 h a week)", () => {
  it("required hours = weeks × 6 h × 5 days: 8 weeks → 240 h (6B03104 §3, §9)", () => {
    expect(requiredPracticeHours(iitu, 8)).toBe(240);
    expect(requiredPracticeHours(kazutb, 2)).toBe(60);
  });

  it("the academic year runs September to August (MR-595 23)", () => {
    expect(academicYearOf("2026-09-01")).toBe("2026-2027");
    expect(academicYearOf("2027-06-15")).toBe("2026-2027");
    expect(academicYearOf("2026-08-31")).toBe("2025-2026");
  });

  it("accepts 8 weeks from Monday 11 January 2027 to Friday 5 March 2027", () => {
    expect(
      checkPracticeDates({ startDate: "2027-01-11", endDate: "2027-03-05", weeks: 8, academicYear: "2026-2027", today }, calendar),
    ).toEqual([]);
    // the Sunday closing the 8th week is fine too
    expect(checkPracticeDates({ startDate: "2027-01-11", endDate: "2027-03-07", weeks: 8, today }, calendar)).toEqual([]);
  });

  it("refuses an end on or before the start", () => {
    expect(checkPracticeDates({ startDate: "2027-01-11", endDate: "2027-01-11", weeks: 1, today }, calendar)).toContainEqual({
      field: "endDate",
      reason: "end-before-start",
      params: { start: "2027-01-11" },
    });
  });

  it("refuses weeks that disagree with the dates and suggests the last working day (QP-06 3.6; 7 and 10 May 2027 are days off)", () => {
    expect(checkPracticeDates({ startDate: "2027-04-12", endDate: "2027-05-20", weeks: 4, today }, calendar)).toEqual([
      { field: "weeks", reason: "weeks-mismatch", params: { weeks: 4, calendarWeeks: 6, expectedEnd: "2027-05-06" } },
    ]);
  });

  it("refuses a start more than a year ago or more than two years ahead", () => {
    expect(checkPracticeDates({ startDate: "2025-09-01", endDate: "2025-09-12", weeks: 2, today }, calendar)).toContainEqual({
      field: "startDate",
      reason: "start-too-early",
      params: { earliest: "2025-11-22" },
    });
    expect(checkPracticeDates({ startDate: "2029-01-08", endDate: "2029-01-19", weeks: 2, today }, calendar)).toContainEqual({
      field: "startDate",
      reason: "start-too-late",
      params: { latest: "2028-11-23" },
    });
  });

  it("refuses a start outside the stated academic year, a malformed year, impossible dates and weeks out of range", () => {
    expect(
      checkPracticeDates({ startDate: "2027-09-06", endDate: "2027-09-17", weeks: 2, academicYear: "2026-2027", today }, calendar),
    ).toEqual([{ field: "academicYear", reason: "academic-year-mismatch", params: { academicYear: "2026-2027", expected: "2027-2028" } }]);
    expect(
      checkPracticeDates({ startDate: "2027-02-30", endDate: "2027-03-05", weeks: 1, academicYear: "2026-2028", today }, calendar),
    ).toEqual([
      { field: "startDate", reason: "invalid-date" },
      { field: "academicYear", reason: "academic-year-format" },
    ]);
    expect(checkPracticeDates({ startDate: "2027-01-11", endDate: "2027-03-05", weeks: 0, today }, calendar)).toEqual([
      { field: "weeks", reason: "weeks-range", params: { min: 1, max: 26 } },
    ]);
    expect(checkPracticeWeeks("27")).toEqual({ ok: false, reason: "weeks-range", params: { min: 1, max: 26 } });
    expect(checkPracticeWeeks(" 8 ")).toEqual({ ok: true, value: 8 });
  });
});

describe("contract deadline (QP-06 Annex 1 §2.1: 1 week; KazUTB-RPA 8.5: one month) — accepted but flagged", () => {
  const period = { startDate: "2027-01-11", endDate: "2027-03-05", weeks: 8, practiceType: "production" as const };

  it("IITU: 4 January 2027 is a day off, so the deadline moves back to 31 December 2026; a later contract is flagged with QP-06 Annex 1 §2.1", () => {
    expect(checkContractDate({ ...period, contractDate: "2026-12-31" }, iitu, calendar)).toEqual({
      ok: true,
      late: false,
      deadline: "2026-12-31",
    });
    expect(checkContractDate({ ...period, contractDate: "2027-01-05" }, iitu, calendar)).toEqual({
      ok: true,
      late: true,
      deadline: "2026-12-31",
      rule: "QP-06 Annex 1 §2.1",
      daysBeforeStart: 7,
    });
  });

  it("KazUTB: 30 days before the start (12 December 2026, a Saturday → 11 December); citing KazUTB-RPA 8.5", () => {
    expect(checkContractDate({ ...period, contractDate: "2026-12-11" }, kazutb, calendar)).toMatchObject({ ok: true, late: false });
    expect(checkContractDate({ ...period, contractDate: "2026-12-20" }, kazutb, calendar)).toEqual({
      ok: true,
      late: true,
      deadline: "2026-12-11",
      rule: "KazUTB-RPA 8.5",
      daysBeforeStart: 30,
    });
  });

  it("a year the holiday calendar does not cover counts calendar days (no shift)", () => {
    const later = { startDate: "2029-01-15", endDate: "2029-01-26", weeks: 2, practiceType: "educational" as const };
    expect(checkContractDate({ ...later, contractDate: "2029-01-09" }, iitu, calendar)).toMatchObject({
      late: true,
      deadline: "2029-01-08",
    });
  });

  it("refuses a contract dated after the practice ends, or years before it, as a typo", () => {
    expect(checkContractDate({ ...period, contractDate: "2027-03-06" }, iitu, calendar)).toEqual({
      ok: false,
      issue: { field: "contractDate", reason: "contract-after-end", params: { end: "2027-03-05" } },
    });
    expect(checkContractDate({ ...period, contractDate: "2020-01-01" }, iitu, calendar)).toMatchObject({
      ok: false,
      issue: { reason: "contract-too-early" },
    });
  });
});

describe("submission needs what 6B03104 §9.1 stage I lists", () => {
  it("reports every missing field", () => {
    expect(missingForSubmission({ startDate: "2027-01-11", endDate: "2027-03-05", weeks: 8 })).toEqual([
      "organisation",
      "unit",
      "contractNumber",
      "contractDate",
      "organisationSupervisorName",
      "organisationSupervisorPhone",
      "organisationSupervisorEmail",
    ]);
    expect(
      missingForSubmission({
        organisationId: "x",
        unit: "IT",
        contract: { number: "12", date: "2026-12-01" },
        organisationSupervisor: { fullName: "A B", phone: "+77012345678", email: "a@b.kz" },
        startDate: "2027-01-11",
        endDate: "2027-03-05",
        weeks: 8,
      }),
    ).toEqual([]);
  });
});
