import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkReportFile,
  checkSignOff,
  computeProgress,
  decideDiaryAccess,
  entryApproverTelegramId,
  ENTRY_LIMITS,
  gradePractice,
  groupEntriesByWeek,
  groupPendingByStudent,
  markEntryDay,
  pageOf,
  parseHours,
  parseScore,
  practiceWeekIndex,
  precheckReportFile,
  renderProgressBar,
  REPORT_MAX_BYTES,
  REPORT_MIME,
  selectableEntryDates,
  validateEntry,
  validateEntryDate,
  validateEntryHours,
  validateEntryText,
  validateScore,
  calendarDateIn,
} from "../../src/domain/diary/index.js";
import type { DiaryActor, DiaryPlacement, EntryFacts, PendingEntry } from "../../src/domain/diary/index.js";
import type { WorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import type { Policy } from "../../src/domain/policies/policy-schema.js";
import { referenceData, weekendsOnly } from "../domain/fixtures.js";
import { minimalDocx, minimalPdf } from "./fixtures.js";

let calendar: WorkingCalendar;
let iitu: Policy;
beforeAll(async () => {
  const data = await referenceData();
  calendar = data.calendar;
  iitu = data.policies.get("iitu")!;
});

/** 8 weeks from Monday 5 Oct 2026 (QP-06 3.6: 8 × 30 h = 240 h). */
const placement: DiaryPlacement = {
  id: "p1",
  studentId: "s1",
  departmentId: "d1",
  policyId: "iitu",
  startDate: "2026-10-05",
  endDate: "2026-11-27",
  requiredHours: 240,
  universitySupervisorTelegramId: 501,
  organisationSupervisorTelegramId: 601,
};
const text = "Изучил структуру отдела и подготовил отчёт.";

describe("diary policy values", () => {
  it("policy diaryBackfillDays: both bundled policies allow 7 days back, with a citation (6B03104 §10a)", async () => {
    const data = await referenceData();
    for (const p of data.policies.values()) {
      expect(p.diaryBackfillDays).toBe(7);
      expect(p.citations.diaryBackfillDays).toMatch(/6B03104 §10a/);
    }
    expect(iitu.hoursPerDay * iitu.daysPerWeek).toBe(30); // QP-06 3.6
  });
});

describe("entry date (issue 9; 6B03104 §10a daily diary)", () => {
  const ctx = (today: string) => ({ placement, today, policy: { diaryBackfillDays: 7 } });
  it("today and up to 7 days back inside the placement are accepted", () => {
    expect(validateEntryDate("2026-10-14", ctx("2026-10-14"))).toBeNull();
    expect(validateEntryDate("2026-10-07", ctx("2026-10-14"))).toBeNull();
  });
  it("never in the future", () => {
    expect(validateEntryDate("2026-10-15", ctx("2026-10-14"))).toEqual({ field: "date", code: "futureDate", today: "2026-10-14" });
  });
  it("never before the placement's start or after its end", () => {
    expect(validateEntryDate("2026-10-04", ctx("2026-10-06"))?.code).toBe("beforePlacementStart");
    expect(validateEntryDate("2026-11-28", ctx("2026-11-30"))?.code).toBe("afterPlacementEnd");
  });
  it("no further back than the policy's limit (8 days back is refused, earliest is said)", () => {
    expect(validateEntryDate("2026-10-06", ctx("2026-10-14"))).toEqual({
      field: "date",
      code: "tooFarBack",
      earliest: "2026-10-07",
      limitDays: 7,
    });
  });
  it("not a date", () => {
    expect(validateEntryDate("2026-02-30", ctx("2026-10-14"))?.code).toBe("invalidDate");
    expect(validateEntryDate("yesterday", ctx("2026-10-14"))?.code).toBe("invalidDate");
  });
  it("the date buttons: today back to the limit, clipped to the placement, newest first", () => {
    expect(selectableEntryDates(placement, "2026-10-07", { diaryBackfillDays: 7 })).toEqual(["2026-10-07", "2026-10-06", "2026-10-05"]);
    expect(selectableEntryDates(placement, "2026-12-01", { diaryBackfillDays: 7 })).toEqual([
      "2026-11-27",
      "2026-11-26",
      "2026-11-25",
      "2026-11-24",
    ]);
    expect(selectableEntryDates(placement, "2026-10-01", { diaryBackfillDays: 7 })).toEqual([]);
  });
});

describe("entry hours and text (issue 9)", () => {
  it("hours 0.5–12 in steps of 0.5", () => {
    expect(validateEntryHours(0.5)).toBeNull();
    expect(validateEntryHours(12)).toBeNull();
    expect(validateEntryHours(6.5)).toBeNull();
    expect(validateEntryHours(0)?.code).toBe("hoursOutOfRange");
    expect(validateEntryHours(12.5)?.code).toBe("hoursOutOfRange");
    expect(validateEntryHours(6.25)?.code).toBe("hoursStep");
    expect(validateEntryHours(Number.NaN)?.code).toBe("hoursNotANumber");
    expect(validateEntryHours("6")?.code).toBe("hoursNotANumber");
  });
  it("typed hours: 6, 6.5, 6,5 are numbers; words are not", () => {
    expect([parseHours("6"), parseHours("6.5"), parseHours(" 6,5 "), parseHours("six"), parseHours("-1")]).toEqual([
      6,
      6.5,
      6.5,
      null,
      null,
    ]);
  });
  it("every valid half-hour value passes and nothing else in range does", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 24 }), (halves) => validateEntryHours(halves / 2) === null));
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 12, noNaN: true }), (h) => (validateEntryHours(h) === null) === Number.isInteger(h * 2)),
    );
  });
  it("text 20–3,000 characters after trimming", () => {
    expect(validateEntryText(`   ${"а".repeat(19)}   `)).toEqual({ field: "text", code: "textTooShort", min: 20, length: 19 });
    expect(validateEntryText("ә".repeat(20))).toBeNull();
    expect(validateEntryText("ғ".repeat(3000))).toBeNull();
    expect(validateEntryText("қ".repeat(3001))).toEqual({ field: "text", code: "textTooLong", max: 3000, length: 3001 });
    expect(ENTRY_LIMITS.maxTextLength).toBe(3000);
  });
  it("validateEntry reports every problem at once, and normalises the text on success", () => {
    const ctx = { placement, today: "2026-10-14", policy: { diaryBackfillDays: 7 }, calendar };
    const bad = validateEntry({ date: "2026-10-20", hours: 13, text: "short" }, ctx);
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(["futureDate", "hoursOutOfRange", "textTooShort"]);
    const good = validateEntry({ date: "2026-10-14", hours: 6, text: `  ${text}\r\n` }, ctx);
    expect(good).toMatchObject({ ok: true, entry: { date: "2026-10-14", hours: 6, text }, marking: { mark: null } });
  });
});

describe("weekend and holiday marking (domain.md §10 working-day calendar)", () => {
  it("a Saturday is marked weekend, a moved day off is marked holiday, a weekday is unmarked", () => {
    expect(markEntryDay(calendar, "2026-10-10").mark).toBe("weekend");
    const moved = markEntryDay(calendar, "2026-10-26"); // Republic Day 25 Oct fell on a Sunday
    expect(moved.mark).toBe("holiday");
    expect(moved.holiday?.kind).toBe("movedDayOff");
    expect(markEntryDay(calendar, "2026-10-27").mark).toBeNull();
  });
  it("a weekend made a working day by decree is not marked (kz 2025: Sunday 5 January)", () => {
    expect(markEntryDay(calendar, "2025-01-05").mark).toBeNull();
  });
  it("a year without holiday data still marks weekends and says the calendar is not covered", () => {
    expect(markEntryDay(calendar, "2031-03-08")).toEqual({ mark: "weekend", holiday: null, calendarCovered: false });
  });
  it("weekend and holiday entries are allowed (validateEntry succeeds with the mark)", () => {
    const r = validateEntry(
      { date: "2026-10-26", hours: 4, text },
      { placement, today: "2026-10-27", policy: { diaryBackfillDays: 7 }, calendar },
    );
    expect(r.ok && r.marking.mark).toBe("holiday");
  });
});

function entry(date: string, hours: number, status: EntryFacts["status"], reason?: string): EntryFacts {
  return {
    date,
    hours,
    status,
    ...(reason ? { decision: { kind: "returned", by: 1, role: "organisationSupervisor", at: new Date(), reason } } : {}),
  };
}

describe("progress (QP-06 3.6: 30 h a week; R-23 8.1 silence)", () => {
  const entries = [
    entry("2026-10-05", 6, "approved"),
    entry("2026-10-06", 6, "approved"),
    entry("2026-10-07", 6, "submitted"),
    entry("2026-10-08", 6, "returned", "Опишите подробнее"),
    entry("2026-10-12", 5.5, "submitted"),
    entry("2026-10-13", 6, "approved"),
  ];
  const progress = () => computeProgress({ placement, entries, today: "2026-10-14", policy: iitu, calendar });

  it("approved / submitted / required hours; returned entries do not count", () => {
    expect(progress()).toMatchObject({
      phase: "running",
      requiredHours: 240,
      approvedHours: 18,
      submittedHours: 29.5,
      awaitingHours: 11.5,
    });
  });
  it("this week's hours against 30 = hoursPerDay × daysPerWeek (QP-06 3.6)", () => {
    expect(progress().thisWeek).toEqual({ from: "2026-10-12", to: "2026-10-18", hours: 11.5, target: 30 });
  });
  it("working days without an entry, up to yesterday; weekends are not missing", () => {
    expect(progress().missingWorkingDays).toEqual(["2026-10-09"]);
  });
  it("returned entries with the reason; days left", () => {
    const p = progress();
    expect(p.returned).toEqual([{ date: "2026-10-08", reason: "Опишите подробнее" }]);
    expect(p.daysLeft).toBe(45); // 14 Oct … 27 Nov
    expect(p.workingDaysLeft).toBe(33 - 1); // 26 Oct is a day off
  });
  it("a text progress bar of the approved share", () => {
    expect(progress().bar).toBe("█░░░░░░░░░");
    expect(renderProgressBar(120, 240)).toBe("█████░░░░░");
    expect(renderProgressBar(300, 240)).toBe("██████████");
    expect(renderProgressBar(0, 0)).toBe("░░░░░░░░░░");
  });
  it("R-23 8.1: working days since the last entry are counted (a two-week silence is visible)", () => {
    const p = computeProgress({ placement, entries: entries.slice(0, 1), today: "2026-10-20", policy: iitu, calendar });
    expect(p.silentWorkingDays).toBe(10); // 6–19 Oct
    expect(p.missingWorkingDays).toHaveLength(10);
  });
  it("before the start and after the end", () => {
    expect(computeProgress({ placement, entries: [], today: "2026-10-01", policy: iitu, calendar })).toMatchObject({
      phase: "notStarted",
      daysLeft: 54,
      missingWorkingDays: [],
      silentWorkingDays: 0,
    });
    expect(computeProgress({ placement, entries: [], today: "2026-12-10", policy: iitu, calendar })).toMatchObject({
      phase: "ended",
      daysLeft: 0,
      workingDaysLeft: 0,
    });
  });
  it("half-hour sums are exact", () => {
    const many = Array.from({ length: 40 }, (_, i) => entry(`2026-11-${String((i % 20) + 1).padStart(2, "0")}`, 0.5, "approved"));
    expect(
      computeProgress({ placement, entries: many, today: "2026-11-27", policy: iitu, calendar: weekendsOnly(2026, 2026) }).approvedHours,
    ).toBe(20);
  });
});

describe("weeks for /entries", () => {
  it("weeks from the start up to today, clipped to the placement, with hours; empty weeks included", () => {
    const weeks = groupEntriesByWeek(
      [entry("2026-10-20", 6, "approved"), entry("2026-10-05", 6, "submitted"), entry("2026-10-06", 6, "returned")],
      placement,
      "2026-10-21",
    );
    expect(weeks.map((w) => [w.index, w.from, w.to, w.entries.length, w.hours, w.approvedHours])).toEqual([
      [1, "2026-10-05", "2026-10-11", 2, 6, 0],
      [2, "2026-10-12", "2026-10-18", 0, 0, 0],
      [3, "2026-10-19", "2026-10-25", 1, 6, 6],
    ]);
    expect(practiceWeekIndex(placement, "2026-11-27")).toBe(8);
    expect(groupEntriesByWeek([], placement)).toHaveLength(8);
  });
  it("a placement starting mid-week: week 1 starts on its first day", () => {
    const weeks = groupEntriesByWeek([], { startDate: "2026-10-07", endDate: "2026-10-20" });
    expect(weeks.map((w) => [w.from, w.to])).toEqual([
      ["2026-10-07", "2026-10-11"],
      ["2026-10-12", "2026-10-18"],
      ["2026-10-19", "2026-10-20"],
    ]);
  });
  it("paging clamps the page", () => {
    expect(pageOf([1, 2, 3], 5)).toEqual({ page: 2, pages: 3, items: [3] });
    expect(pageOf([1, 2, 3], -1, 2)).toEqual({ page: 0, pages: 2, items: [1, 2] });
    expect(pageOf([], 0)).toEqual({ page: 0, pages: 1, items: [] });
  });
});

describe("/pending grouping", () => {
  it("only submitted entries, grouped per student, oldest waiting first", () => {
    const p = (id: string, studentId: string, date: string, status: EntryFacts["status"] = "submitted"): PendingEntry => ({
      id,
      placementId: `pl-${studentId}`,
      studentId,
      date,
      hours: 6,
      status,
      version: 1,
    });
    const groups = groupPendingByStudent([
      p("a", "s2", "2026-10-09"),
      p("b", "s1", "2026-10-12"),
      p("c", "s2", "2026-10-07"),
      p("d", "s1", "2026-10-05", "approved"),
    ]);
    expect(groups.map((g) => [g.studentId, g.entries.map((e) => e.id), g.hours])).toEqual([
      ["s2", ["c", "a"], 12],
      ["s1", ["b"], 6],
    ]);
  });
});

describe("diary access (domain.md §1: nobody acts on a student not linked to them)", () => {
  const actor = (role: DiaryActor["role"], telegramId: number, extra: Partial<DiaryActor> = {}): DiaryActor => ({
    role,
    telegramId,
    ...extra,
  });
  const noOrg = { ...placement, organisationSupervisorTelegramId: null };
  it("QP-06 5.12: the linked organisation supervisor approves and returns; another one may not", () => {
    expect(decideDiaryAccess(actor("organisationSupervisor", 601), placement, "approveDiaryEntry")).toEqual({
      allowed: true,
      role: "organisationSupervisor",
    });
    expect(decideDiaryAccess(actor("organisationSupervisor", 602), placement, "approveDiaryEntry")).toEqual({
      allowed: false,
      reason: "notLinked",
    });
  });
  it("QP-06 5.6–5.8: the university supervisor approves only while no organisation supervisor is linked, and may always return", () => {
    expect(decideDiaryAccess(actor("universitySupervisor", 501), placement, "approveDiaryEntry")).toEqual({
      allowed: false,
      reason: "organisationSupervisorApproves",
    });
    expect(decideDiaryAccess(actor("universitySupervisor", 501), noOrg, "approveDiaryEntry").allowed).toBe(true);
    expect(decideDiaryAccess(actor("universitySupervisor", 501), placement, "returnDiaryEntry").allowed).toBe(true);
    expect(decideDiaryAccess(actor("universitySupervisor", 502), noOrg, "returnDiaryEntry")).toEqual({
      allowed: false,
      reason: "notLinked",
    });
  });
  it("students write only their own diary and never approve", () => {
    expect(decideDiaryAccess(actor("student", 1, { studentId: "s1" }), placement, "writeDiaryEntry").allowed).toBe(true);
    expect(decideDiaryAccess(actor("student", 1, { studentId: "s2" }), placement, "writeDiaryEntry")).toEqual({
      allowed: false,
      reason: "notLinked",
    });
    expect(decideDiaryAccess(actor("student", 1, { studentId: "s1" }), placement, "approveDiaryEntry")).toEqual({
      allowed: false,
      reason: "roleCannot",
    });
  });
  it("grade: the university supervisor or the department's coordinator (QP-06 6.5); characteristic: the organisation supervisor", () => {
    expect(decideDiaryAccess(actor("universitySupervisor", 501), placement, "gradePractice").allowed).toBe(true);
    expect(decideDiaryAccess(actor("coordinator", 9, { departmentId: "d1" }), placement, "gradePractice").allowed).toBe(true);
    expect(decideDiaryAccess(actor("coordinator", 9, { departmentId: "d2" }), placement, "gradePractice").allowed).toBe(false);
    expect(decideDiaryAccess(actor("organisationSupervisor", 601), placement, "gradePractice").allowed).toBe(false);
    expect(decideDiaryAccess(actor("organisationSupervisor", 601), placement, "writeCharacteristic").allowed).toBe(true);
    expect(decideDiaryAccess(actor("universitySupervisor", 501), placement, "writeCharacteristic").allowed).toBe(false);
  });
  it("a submitted entry goes to the organisation supervisor, else the university supervisor", () => {
    expect(entryApproverTelegramId(placement)).toBe(601);
    expect(entryApproverTelegramId(noOrg)).toBe(501);
    expect(entryApproverTelegramId({ ...noOrg, universitySupervisorTelegramId: null })).toBeNull();
  });
});

describe("grade (MR-595 App. 1; FX/F: QP-06 6.10–6.11, 6B03104 §11, MR-595 42)", () => {
  it("0–100 → letter and points", () => {
    expect(gradePractice(96)).toMatchObject({ letter: "A", points: 4, passing: true, consequences: [] });
    expect(gradePractice(50)).toMatchObject({ letter: "D", points: 1, passing: true });
  });
  it("FX: one re-sit (MR-595 42) and an academic debt (6B03104 §11)", () => {
    expect(gradePractice(40)).toMatchObject({
      letter: "FX",
      points: 0.5,
      passing: false,
      consequences: [
        { code: "resitFinalControl", rule: "MR-595 42" },
        { code: "academicDebt", rule: "6B03104 §11; QP-06 7.4" },
        { code: "scholarshipAffected", rule: "QP-06 6.7, 6.9" },
      ],
    });
  });
  it("F: practice again (QP-06 6.11), in free time with a valid reason (6B03104 §11); pre-diploma: no state exams (QP-06 6.10)", () => {
    const g = gradePractice(10, "preDiploma");
    expect(g.letter).toBe("F");
    expect(g.consequences.map((c) => c.code)).toEqual([
      "repeatPractice",
      "repeatInFreeTimeWithValidReason",
      "academicDebt",
      "notAdmittedToStateExams",
      "scholarshipAffected",
    ]);
    expect(g.consequences.find((c) => c.code === "notAdmittedToStateExams")?.rule).toBe("QP-06 6.10");
    expect(gradePractice(24.5, "production").consequences.map((c) => c.code)).not.toContain("notAdmittedToStateExams");
  });
  it("scores outside 0–100 are refused; typed scores are parsed", () => {
    expect(validateScore(101)).toEqual({ code: "scoreOutOfRange", min: 0, max: 100 });
    expect(validateScore("90")).toEqual({ code: "scoreNotANumber" });
    expect(validateScore(0)).toBeNull();
    expect([parseScore("87"), parseScore("87,5"), parseScore("90%"), parseScore("abc")]).toEqual([87, 87.5, 90, null]);
  });
});

describe("sign-off (QP-06 6.2)", () => {
  it("only when every entry is approved", () => {
    expect(checkSignOff([])).toEqual({ ok: false, reason: "noEntries" });
    expect(checkSignOff([entry("2026-10-06", 6, "approved"), entry("2026-10-05", 6, "submitted")])).toEqual({
      ok: false,
      reason: "entriesNotApproved",
      notApproved: 1,
      dates: ["2026-10-05"],
    });
    expect(checkSignOff([entry("2026-10-06", 6, "approved")])).toEqual({ ok: true });
  });
});

describe("report file (QP-06 6.12 archive: PDF or DOCX ≤ 20 MB, MIME and first bytes)", () => {
  it("a real PDF and a real DOCX pass", async () => {
    expect(checkReportFile({ bytes: await minimalPdf(), mime: "application/pdf" })).toMatchObject({ ok: true, kind: "pdf" });
    expect(checkReportFile({ bytes: await minimalDocx(), mime: REPORT_MIME.docx })).toMatchObject({ ok: true, kind: "docx" });
  });
  it("a renamed .exe sent as a PDF is refused by its first bytes", () => {
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(200)]);
    expect(checkReportFile({ bytes: exe, mime: "application/pdf" })).toMatchObject({ ok: false, reason: "contentMismatch" });
  });
  it("a ZIP that is not a Word document is refused; a PDF declared as DOCX too", async () => {
    const { zipOf } = await import("./fixtures.js");
    expect(checkReportFile({ bytes: zipOf({ "a.txt": "hello" }), mime: REPORT_MIME.docx })).toMatchObject({ reason: "contentMismatch" });
    expect(checkReportFile({ bytes: await minimalPdf(), mime: REPORT_MIME.docx })).toMatchObject({ reason: "contentMismatch" });
  });
  it("other types, empty and too big files are refused", () => {
    expect(precheckReportFile({ size: 10, mime: "image/jpeg" })).toMatchObject({ ok: false, reason: "wrongType" });
    expect(precheckReportFile({ size: 10 })).toMatchObject({ ok: false, reason: "wrongType" });
    expect(precheckReportFile({ size: REPORT_MAX_BYTES + 1, mime: "application/pdf" })).toMatchObject({ ok: false, reason: "tooBig" });
    expect(precheckReportFile({ size: REPORT_MAX_BYTES, mime: "application/pdf; charset=binary" })).toMatchObject({ ok: true });
    expect(checkReportFile({ bytes: new Uint8Array(0), mime: "application/pdf" })).toMatchObject({ ok: false, reason: "empty" });
  });
});

describe("calendar date in Asia/Almaty (domain.md §10: UTC+5)", () => {
  it("19:30 UTC is already the next day in Almaty", () => {
    expect(calendarDateIn(new Date("2026-10-14T19:30:00Z"))).toBe("2026-10-15");
    expect(calendarDateIn(new Date("2026-10-14T18:59:00Z"))).toBe("2026-10-14");
  });
});
