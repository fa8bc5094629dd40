import { beforeAll, describe, expect, it } from "vitest";
import { practiceDeadlines, practiceEndDate, requiredPracticeHours } from "../../src/domain/rules/practice-deadlines.js";
import type { PracticeDeadline } from "../../src/domain/rules/practice-deadlines.js";
import type { WorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import type { Policy } from "../../src/domain/policies/policy-schema.js";
import { referenceData, weekendsOnly } from "./fixtures.js";

let kz: WorkingCalendar;
let iitu: Policy;
let kazutb: Policy;
beforeAll(async () => {
  const d = await referenceData();
  kz = d.calendar;
  iitu = d.policies.get("iitu") as Policy;
  kazutb = d.policies.get("kazutb") as Policy;
});

const byKey = (list: readonly PracticeDeadline[]) => Object.fromEntries(list.map((d) => [d.key, d]));

describe("domain.md §3–§6, §9: practice deadlines of a policy", () => {
  it("QP-06 5.9, Annex 1 §2.1–§2.6, 6.3; 6B03104 §9.1: IITU production practice from Mon 24 Mar 2025, 8 weeks", () => {
    expect(practiceDeadlines(iitu, kz, { type: "production", start: "2025-03-24", weeks: 8 })).toEqual([
      { key: "distributionToRegistrar", date: "2025-03-04", audience: "coordinator", rule: "QP-06 5.9" },
      { key: "noBaseReported", date: "2025-03-07", audience: "student", rule: "6B03104 §9.1", shiftedFrom: "2025-03-10" },
      { key: "contractSigned", date: "2025-03-17", audience: "coordinator", rule: "QP-06 Annex 1 §2.1" },
      { key: "workPlanApproved", date: "2025-03-17", audience: "universitySupervisor", rule: "QP-06 Annex 1 §2.3" },
      { key: "orientation", date: "2025-03-24", audience: "universitySupervisor", rule: "QP-06 Annex 1 §2.4" },
      { key: "reportSchedule", date: "2025-05-02", audience: "universitySupervisor", rule: "QP-06 Annex 1 §2.5" },
      {
        key: "characteristic",
        date: "2025-05-08",
        audience: "organisationSupervisor",
        rule: "QP-06 Annex 1 §2.6",
        shiftedFrom: "2025-05-09",
      },
      { key: "practiceEnd", date: "2025-05-16", audience: "student", rule: "QP-06 3.6" },
      { key: "reportDue", date: "2025-05-19", audience: "student", rule: "QP-06 6.3" },
    ]);
  });

  it("KazUTB-RPA 7.8, 8.5; 6B03104 §9.1, §10: KazUTB from Mon 2 Feb 2026, 8 weeks — one-month items land on 3 Jan and move back over New Year to 31 Dec", () => {
    expect(practiceDeadlines(kazutb, kz, { type: "production", start: "2026-02-02", weeks: 8 })).toEqual([
      { key: "programmeToCompany", date: "2025-12-31", audience: "coordinator", rule: "KazUTB-RPA 7.8", shiftedFrom: "2026-01-03" },
      { key: "contractSigned", date: "2025-12-31", audience: "coordinator", rule: "KazUTB-RPA 8.5", shiftedFrom: "2026-01-03" },
      { key: "noBaseReported", date: "2026-01-19", audience: "student", rule: "6B03104 §9.1" },
      { key: "referralIssued", date: "2026-01-26", audience: "coordinator", rule: "KazUTB-RPA 7.8" },
      { key: "orientation", date: "2026-02-02", audience: "universitySupervisor", rule: "6B03104 §9.1" },
      { key: "practiceEnd", date: "2026-03-27", audience: "student", rule: "6B03104 §3" },
      { key: "reportDue", date: "2026-04-03", audience: "student", rule: "6B03104 §10" },
    ]);
  });

  it("QP-06 Annex 1 §2.1: contract 7 days before a start on Mon 31 Mar 2025 falls on the Nauryz moved day off (24 Mar) → Thu 20 Mar", () => {
    const d = byKey(practiceDeadlines(iitu, kz, { type: "production", start: "2025-03-31", weeks: 4 }));
    expect(d["contractSigned"]).toEqual({
      key: "contractSigned",
      date: "2025-03-20",
      audience: "coordinator",
      rule: "QP-06 Annex 1 §2.1",
      shiftedFrom: "2025-03-24",
    });
  });

  it("QP-06 Annex 1 §2.1: contract 7 days before Mon 11 Jan 2027 falls on the New Year moved day off (4 Jan) → Thu 31 Dec 2026", () => {
    const d = byKey(practiceDeadlines(iitu, kz, { type: "preDiploma", start: "2027-01-11", weeks: 6 }));
    expect(d["contractSigned"]?.date).toBe("2026-12-31");
    expect(d["contractSigned"]?.shiftedFrom).toBe("2027-01-04");
  });

  it("6B03104 §9.1: 14 days before Thu 14 Mar 2024 is the leap day Thu 29 Feb 2024 (a working day, kept)", () => {
    const d = byKey(practiceDeadlines(iitu, kz, { type: "production", start: "2024-03-14", weeks: 4 }));
    expect(d["noBaseReported"]).toEqual({ key: "noBaseReported", date: "2024-02-29", audience: "student", rule: "6B03104 §9.1" });
    expect(d["distributionToRegistrar"]?.date).toBe("2024-02-23");
  });

  it("QP-06 3.6, 6.3, Annex 1 §2.5–§2.6: 4 weeks from Mon 5 Feb 2024 end Fri 1 Mar (across 29 Feb); report due Mon 4 Mar", () => {
    const d = byKey(practiceDeadlines(iitu, kz, { type: "educational", start: "2024-02-05", weeks: 4 }));
    expect(d["practiceEnd"]?.date).toBe("2024-03-01");
    expect(d["reportDue"]?.date).toBe("2024-03-04");
    expect(d["characteristic"]?.date).toBe("2024-02-23");
    expect(d["reportSchedule"]?.date).toBe("2024-02-16");
  });

  it("QP-06 6.3: in February 2028 (leap) 3 days after Mon 28 Feb is Thu 2 Mar; in 2027 the same practice ends Fri 26 Feb", () => {
    const cal = weekendsOnly(2027, 2028);
    const leap = byKey(practiceDeadlines(iitu, cal, { type: "research", start: "2028-02-01", weeks: 4 }));
    expect(leap["practiceEnd"]?.date).toBe("2028-02-28");
    expect(leap["reportDue"]?.date).toBe("2028-03-02");
    expect(practiceEndDate(cal, "2027-02-01", 4)).toBe("2027-02-26");
  });

  it("domain.md §9: deadlineOnNonWorkingDay 'keep' leaves dates on weekends/holidays unshifted", () => {
    const keep = { ...iitu, deadlineOnNonWorkingDay: "keep" as const };
    const d = byKey(practiceDeadlines(keep, kz, { type: "production", start: "2025-03-31", weeks: 4 }));
    expect(d["contractSigned"]).toEqual({ key: "contractSigned", date: "2025-03-24", audience: "coordinator", rule: "QP-06 Annex 1 §2.1" });
  });

  it("domain.md §9: keys a policy leaves null produce no deadline (KazUTB: no distribution, report schedule or characteristic)", () => {
    const keys = practiceDeadlines(kazutb, kz, { type: "production", start: "2026-02-02", weeks: 8 }).map((d) => d.key);
    expect(keys).not.toContain("distributionToRegistrar");
    expect(keys).not.toContain("reportSchedule");
    expect(keys).not.toContain("characteristic");
  });

  it("QP-06 3.6: 30 hours a week (6 h × 5 days); 6B03104 §3: 8 weeks = 240 h", () => {
    expect(requiredPracticeHours(iitu, 8)).toBe(240);
    expect(requiredPracticeHours(kazutb, 1)).toBe(30);
  });

  it("QP-06 3.6: weeks must be a positive whole number; years without holiday data are refused", () => {
    expect(() => practiceDeadlines(iitu, kz, { type: "production", start: "2025-03-24", weeks: 0 })).toThrow(
      expect.objectContaining({ code: "invalidCount" }),
    );
    expect(() => practiceDeadlines(iitu, kz, { type: "production", start: "2024-01-08", weeks: 4 })).toThrow(
      expect.objectContaining({ code: "calendarYearNotCovered" }),
    );
  });
});
