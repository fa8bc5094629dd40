import { beforeAll, describe, expect, it } from "vitest";
import { evaluateProgrammeChange } from "../../src/domain/rules/programme-change.js";
import { evaluateTransferIn } from "../../src/domain/rules/transfer-in.js";
import { evaluateTransferOut } from "../../src/domain/rules/transfer-out.js";
import { transferWindowEnd } from "../../src/domain/rules/transfer-windows.js";
import type { ProgrammeChangeInput } from "../../src/domain/rules/programme-change.js";
import type { WorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import { referenceData } from "./fixtures.js";

let kz: WorkingCalendar;
beforeAll(async () => {
  kz = (await referenceData()).calendar;
});

const change = (over: Partial<ProgrammeChangeInput> = {}): ProgrammeChangeInput => ({
  date: "2025-08-20",
  nextPeriodStart: "2025-09-01",
  firstPeriodCompleted: true,
  relatedProgramme: true,
  funding: "paid",
  ...over,
});

describe("R-23 3.2, 6.1: transfer windows (25 August / 25 January)", () => {
  it.each([
    ["2025-09-01", "2025-08-25", "summer"],
    ["2025-06-15", "2025-08-25", "summer"],
    ["2025-11-30", "2025-08-25", "summer"],
    ["2026-01-19", "2026-01-25", "winter"],
    ["2026-02-02", "2026-01-25", "winter"],
    ["2025-12-15", "2026-01-25", "winter"],
  ] as const)("R-23 3.2: a period starting %s belongs to the window ending %s (%s)", (start, end, season) => {
    expect(transferWindowEnd(start)).toEqual({ windowEnd: end, season });
  });
});

describe("R-23 §6, 3.10, 3.25, MR-595 31: changing programme", () => {
  it("R-23 6.1/6.2: period starting Mon 1 Sep 2025 (a moved day off): apply by Mon 25 Aug — 25 Aug and the 5-working-day cut-off coincide", () => {
    const v = evaluateProgrammeChange(change({ date: "2025-08-25" }), kz);
    expect(v.applyBy).toBe("2025-08-25");
    expect(v.eligible).toBe(true);
    expect(evaluateProgrammeChange(change({ date: "2025-08-26" }), kz).eligible).toBe(false);
  });

  it("R-23 6.2: period starting Tue 1 Sep 2026: Mon 31 Aug is a moved day off, so the cut-off is Mon 24 Aug, before 25 Aug", () => {
    const v = evaluateProgrammeChange(change({ date: "2026-08-25", nextPeriodStart: "2026-09-01" }), kz);
    expect(v.applyBy).toBe("2026-08-24");
    expect(v.eligible).toBe(false);
    const cutoff = v.reasons.find((r) => r.detail.code === "applicationCutoff");
    expect(cutoff).toMatchObject({ rule: "R-23 6.2", met: false, detail: { applyBy: "2026-08-24", workingDays: 5 } });
    const window = v.reasons.find((r) => r.detail.code === "transferWindow");
    expect(window).toMatchObject({ rule: "R-23 6.1", met: true });
  });

  it("R-23 6.1: winter window — period starting Mon 19 Jan 2026: cut-off Mon 12 Jan beats 25 Jan", () => {
    const v = evaluateProgrammeChange(change({ date: "2026-01-12", nextPeriodStart: "2026-01-19" }), kz);
    expect(v.applyBy).toBe("2026-01-12");
    expect(v.eligible).toBe(true);
  });

  it("R-23 6.1: winter window — period starting Mon 2 Feb 2026: 25 Jan closes first", () => {
    const v = evaluateProgrammeChange(change({ date: "2026-01-26", nextPeriodStart: "2026-02-02" }), kz);
    expect(v.applyBy).toBe("2026-01-25");
    expect(v.eligible).toBe(false);
    expect(v.reasons.find((r) => r.detail.code === "transferWindow")?.met).toBe(false);
  });

  it("R-23 6.1, 3.1: the first academic period must be fully completed", () => {
    const v = evaluateProgrammeChange(change({ firstPeriodCompleted: false }), kz);
    expect(v.eligible).toBe(false);
    expect(v.reasons[0]).toEqual({
      rule: "R-23 6.1",
      met: false,
      kind: "criterion",
      detail: { code: "firstPeriodCompleted", value: false },
    });
  });

  it("R-23 6.1: applications only in the holidays — before holidayStart is refused", () => {
    expect(evaluateProgrammeChange(change({ date: "2025-06-01", holidayStart: "2025-07-01" }), kz).eligible).toBe(false);
    expect(evaluateProgrammeChange(change({ date: "2025-07-01", holidayStart: "2025-07-01" }), kz).eligible).toBe(true);
  });

  it("R-23 3.10: changing programme is paid only", () => {
    const v = evaluateProgrammeChange(change(), kz);
    expect(v.paidOnly).toBe(true);
    expect(v.reasons).toContainEqual({ rule: "R-23 3.10", met: false, kind: "consequence", detail: { code: "paidOnly", value: true } });
  });

  it("R-23 6.6, 6.7: a grant holder moving to a non-related programme loses the grant and needs the UNT", () => {
    const v = evaluateProgrammeChange(change({ funding: "grant", relatedProgramme: false }), kz);
    expect(v.eligible).toBe(true);
    expect(v.losesGrant).toBe(true);
    expect(v.needsUnt).toBe(true);
    expect(v.fundingAfter).toBe("paid");
    expect(v.reasons).toContainEqual({
      rule: "R-23 6.7",
      met: false,
      kind: "consequence",
      detail: { code: "untRequired", cause: "nonRelatedProgramme", value: true },
    });
  });

  it("R-23 6.6: a grant holder moving to a related programme keeps the grant, no UNT", () => {
    const v = evaluateProgrammeChange(change({ funding: "grant", relatedProgramme: true }), kz);
    expect(v.losesGrant).toBe(false);
    expect(v.needsUnt).toBe(false);
    expect(v.fundingAfter).toBe("grant");
  });

  it("R-23 6.7: a paid student moving to a non-related programme needs the UNT but has no grant to lose", () => {
    const v = evaluateProgrammeChange(change({ funding: "paid", relatedProgramme: false }), kz);
    expect(v.losesGrant).toBe(false);
    expect(v.needsUnt).toBe(true);
  });

  it("R-23 3.25, MR-595 31: leaving a creative-exam programme (even to a related one) needs a UNT certificate; so does entering a pedagogical programme", () => {
    const creative = evaluateProgrammeChange(change({ fromCreativeProgramme: true }), kz);
    expect(creative.needsUnt).toBe(true);
    expect(creative.reasons.find((r) => r.rule === "R-23 3.25")?.detail).toEqual({
      code: "untRequired",
      cause: "creativeProgramme",
      value: true,
    });
    const ped = evaluateProgrammeChange(change({ toPedagogicalProgramme: true }), kz);
    expect(ped.needsUnt).toBe(true);
    expect(ped.reasons.find((r) => r.rule === "MR-595 31")).toBeDefined();
  });

  it("R-23 6.5: the order is due within 5 working days of the application (Wed 20 Aug 2025 → Wed 27 Aug)", () => {
    expect(evaluateProgrammeChange(change(), kz).orderBy).toBe("2025-08-27");
  });

  it("R-23 6.2: a policy may set another cut-off in working days", () => {
    const v = evaluateProgrammeChange(change({ nextPeriodStart: "2025-09-08" }), kz, { applicationCutoffWorkingDays: 10 });
    expect(v.applyBy).toBe("2025-08-22");
  });
});

describe("R-23 §4: transfer to another university", () => {
  const out = { date: "2025-08-20", nextPeriodStart: "2025-09-01", firstPeriodCompleted: true, level: "bachelor" as const };

  it("R-23 4.4: applications close 5 working days before the period (start 1 Sep 2025 → 25 Aug)", () => {
    const v = evaluateTransferOut({ ...out, funding: "paid" }, kz);
    expect(v.applyBy).toBe("2025-08-25");
    expect(v.eligible).toBe(true);
    expect(evaluateTransferOut({ ...out, date: "2025-08-26", funding: "paid" }, kz).eligible).toBe(false);
  });

  it("R-23 4.3: only after the first academic period is fully completed", () => {
    expect(evaluateTransferOut({ ...out, firstPeriodCompleted: false, funding: "paid" }, kz).eligible).toBe(false);
  });

  it("R-23 4.1: a bachelor with a targeted grant may leave only on a paid basis; the grant stays", () => {
    const v = evaluateTransferOut({ ...out, funding: "targetedGrant" }, kz);
    expect(v.paidOnly).toBe(true);
    expect(v.reasons).toContainEqual({
      rule: "R-23 4.1",
      met: false,
      kind: "consequence",
      detail: { code: "targetedGrant", funding: "targetedGrant", level: "bachelor", grantStays: true },
    });
  });

  it("R-23 4.2: master's and PhD grants are not targeted — they leave with the grant", () => {
    for (const level of ["master", "phd"] as const) {
      const v = evaluateTransferOut({ ...out, level, funding: "targetedGrant" }, kz);
      expect(v.paidOnly).toBe(false);
      expect(v.reasons.find((r) => r.rule === "R-23 4.2")).toMatchObject({ met: true, detail: { grantStays: false } });
    }
  });

  it("R-23 4.1, MR-595 31: an ordinary (non-targeted) bachelor grant moves with the student", () => {
    expect(evaluateTransferOut({ ...out, funding: "grant" }, kz).paidOnly).toBe(false);
  });

  it("R-23 4.6: the application is reviewed within 3 working days (Wed 20 Aug 2025 → Mon 25 Aug)", () => {
    const v = evaluateTransferOut({ ...out, funding: "paid" }, kz);
    expect(v.reviewedBy).toBe("2025-08-25");
    expect(v.reasons).toContainEqual({
      rule: "R-23 4.6",
      met: true,
      kind: "info",
      detail: { code: "reviewPeriod", workingDays: 3, reviewedBy: "2025-08-25" },
    });
  });

  it("R-23 4.3: holidays only — before holidayStart is refused", () => {
    expect(evaluateTransferOut({ ...out, funding: "paid", holidayStart: "2025-08-21" }, kz).eligible).toBe(false);
  });

  it("R-23 4.4: start after New Year 2026 (Thu 8 Jan): cut-off Mon 29 Dec 2025", () => {
    const v = evaluateTransferOut({ ...out, date: "2025-12-29", nextPeriodStart: "2026-01-08", funding: "paid" }, kz);
    expect(v.applyBy).toBe("2025-12-29");
    expect(v.eligible).toBe(true);
  });
});

describe("R-23 §3: transfer into this university", () => {
  const into = { date: "2025-08-25", nextPeriodStart: "2025-09-01", firstPeriodCompleted: true, fromForeignUniversity: false };

  it("R-23 3.2: by 25 August (inclusive) for the autumn period, by 25 January for the spring one", () => {
    expect(evaluateTransferIn({ ...into, funding: "paid" }).eligible).toBe(true);
    expect(evaluateTransferIn({ ...into, date: "2025-08-26", funding: "paid" }).eligible).toBe(false);
    expect(evaluateTransferIn({ ...into, date: "2026-01-25", nextPeriodStart: "2026-02-02", funding: "paid" }).applyBy).toBe("2026-01-25");
  });

  it("R-23 3.1: first academic period completed", () => {
    expect(evaluateTransferIn({ ...into, firstPeriodCompleted: false, funding: "paid" }).eligible).toBe(false);
  });

  it("R-23 3.26: from a foreign university only on a paid basis", () => {
    const v = evaluateTransferIn({ ...into, fromForeignUniversity: true, funding: "grant" });
    expect(v.paidOnly).toBe(true);
    expect(v.paysGrantDifference).toBe(false);
  });

  it("R-23 3.24, MR-595 31: a grant holder from another Kazakh university pays the difference in grant cost", () => {
    const v = evaluateTransferIn({ ...into, funding: "grant" });
    expect(v.paysGrantDifference).toBe(true);
    expect(v.paidOnly).toBe(false);
  });

  it("R-23 3.6–3.8, 3.25: credits are recognised on form F-31; a creative-exam programme needs a UNT certificate", () => {
    const v = evaluateTransferIn({ ...into, funding: "paid", fromCreativeProgramme: true });
    expect(v.needsUnt).toBe(true);
    expect(v.reasons).toContainEqual({ rule: "R-23 3.7", met: true, kind: "info", detail: { code: "creditRecognition", form: "F-31" } });
  });
});
