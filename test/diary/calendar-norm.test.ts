import { Types } from "mongoose";
import { beforeAll, describe, expect, it } from "vitest";
import { computeProgress, selectableEntryDates, validateEntryDate } from "../../src/domain/diary/index.js";
import { requiredHoursOf, weekNorms, type NormPolicy } from "../../src/domain/diary/calendar-norm.js";
import { diaryOpensOn, entryFlags, lateEntryIssue } from "../../src/domain/diary/writable-days.js";
import { dueDiaryReminders, instantAt, type PlacementReminderFacts, type ReminderClock } from "../../src/domain/reminders/index.js";
import { DEFAULT_REMINDER_SCHEDULE } from "../../src/domain/reminders/due-reminders.js";
import type { Policy } from "../../src/domain/policies/policy-schema.js";
import type { WorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import { toDiaryPlacement } from "../../src/services/diary/diary-placements.js";
import { referenceData } from "../domain/fixtures.js";

let calendar: WorkingCalendar;
let iitu: Policy;
beforeAll(async () => {
  const data = await referenceData();
  calendar = data.calendar;
  iitu = data.policies.get("iitu")!;
});

/** The issue's case: 8 weeks from Monday 23.11.2026 to Sunday 17.01.2027. */
const HOLIDAY_PRACTICE = { startDate: "2026-11-23", endDate: "2027-01-17" };
const calendarPolicy: NormPolicy = { hoursPerDay: 6, daysPerWeek: 5, requiredHours: "calendar" };
const nominalPolicy: NormPolicy = { ...calendarPolicy, requiredHours: "nominal" };

describe("weekly norm = the week's working days × 6 h (QP-06 3.6; holidays/kz-2026.json, kz-2027.json)", () => {
  it("QP-06 3.6, kz-2026.json 16.12 and kz-2027.json 1.01, 4.01 (moved from Saturday 2.01), 7.01: 8 weeks from 23.11.2026 → 216 h, 30/30/30/24/30/24/18/30", () => {
    const weeks = weekNorms({ ...HOLIDAY_PRACTICE, calendar, policy: calendarPolicy });
    expect(weeks.map((w) => w.norm)).toEqual([30, 30, 30, 24, 30, 24, 18, 30]);
    expect(weeks.map((w) => w.workingDays)).toEqual([5, 5, 5, 4, 5, 4, 3, 5]);
    expect(requiredHoursOf(weeks)).toBe(216);
    expect(weeks[3]).toMatchObject({ from: "2026-12-14", to: "2026-12-20" });
  });

  it("the bundled policy defaults to `calendar` (QP-06 3.6), and the adapter prints 216 h for the placement", () => {
    expect(iitu.requiredHours).toBe("calendar");
    const diary = toDiaryPlacement(
      {
        _id: new Types.ObjectId(),
        studentId: new Types.ObjectId(),
        departmentId: new Types.ObjectId(),
        ...HOLIDAY_PRACTICE,
        weeks: 8,
        requiredHours: 240,
        universitySupervisorTelegramId: null,
      },
      iitu,
      calendar,
    );
    expect(diary?.requiredHours).toBe(216);
    expect(diary?.weekNorms?.map((w) => w.norm)).toEqual([30, 30, 30, 24, 30, 24, 18, 30]);
  });

  it("QP-06 3.6 nominal policy: 240 h and 30 h every week; the 24 h shortfall shows from day one (calendar: none)", () => {
    const nominal = weekNorms({ ...HOLIDAY_PRACTICE, calendar, policy: nominalPolicy });
    expect(nominal.map((w) => w.norm)).toEqual([30, 30, 30, 30, 30, 30, 30, 30]);
    expect(requiredHoursOf(nominal)).toBe(240);
    const progress = (requiredHours: number, mode: "calendar" | "nominal") =>
      computeProgress({
        placement: {
          ...HOLIDAY_PRACTICE,
          requiredHours,
          weekNorms: weekNorms({ ...HOLIDAY_PRACTICE, calendar, policy: { ...calendarPolicy, requiredHours: mode } }),
        },
        entries: [],
        today: "2026-11-23",
        policy: { ...iitu, requiredHours: mode },
        calendar,
      });
    expect(progress(240, "nominal")).toMatchObject({ requiredHours: 240, shortfallHours: 24, thisWeek: { target: 30 } });
    expect(progress(216, "calendar")).toMatchObject({ requiredHours: 216, shortfallHours: 0, thisWeek: { target: 30 } });
  });

  it("QP-06 3.6: excused days lower their week's norm and the total (a holiday excused changes nothing)", () => {
    const weeks = weekNorms({
      ...HOLIDAY_PRACTICE,
      calendar,
      policy: calendarPolicy,
      excused: ["2026-12-15", "2026-12-16", "2026-12-17"],
    });
    expect(weeks[3]).toMatchObject({ workingDays: 4, excusedDays: 2, norm: 12 });
    expect(requiredHoursOf(weeks)).toBe(204);
  });

  it("this week's target in /progress is the week's norm: 24 h in the week of 16.12 (kz-2026.json)", () => {
    const p = computeProgress({
      placement: { ...HOLIDAY_PRACTICE, requiredHours: 216 },
      entries: [],
      today: "2026-12-15",
      policy: iitu,
      calendar,
    });
    expect(p.thisWeek.target).toBe(24);
    expect(p.weeks).toHaveLength(8);
  });
});

describe("the diary opens on the placement's approval (QP-06 5.10)", () => {
  const placement = { ...HOLIDAY_PRACTICE, writableFrom: "2026-12-07" };

  it("opens on the approval day, or the start when approved before it", () => {
    expect(diaryOpensOn("2026-11-23", "2026-12-07")).toBe("2026-12-07");
    expect(diaryOpensOn("2026-11-23", "2026-11-01")).toBe("2026-11-23");
    expect(diaryOpensOn("2026-11-23", null)).toBe("2026-11-23");
  });

  it("a day before the approval is refused, and not offered by the date picker", () => {
    expect(validateEntryDate("2026-12-04", { placement, today: "2026-12-08", policy: { diaryBackfillDays: 7 } })).toEqual({
      field: "date",
      code: "beforeDiaryOpened",
      openedOn: "2026-12-07",
    });
    expect(selectableEntryDates(placement, "2026-12-08", { diaryBackfillDays: 7 })).toEqual(["2026-12-08", "2026-12-07"]);
  });

  it("missing days and silence count from the approval, not from the start (R-23 8.1)", () => {
    const p = computeProgress({
      placement: { ...placement, requiredHours: 216 },
      entries: [],
      today: "2026-12-09",
      policy: iitu,
      calendar,
    });
    expect(p.missingWorkingDays).toEqual(["2026-12-07", "2026-12-08"]);
    expect(p.silentWorkingDays).toBe(2);
  });

  it("late-entry permission (QP-06 5.8): the named old day only is writable and offered", () => {
    const permitted = { ...placement, lateEntryDays: ["2026-11-25"] };
    const context = { placement: permitted, today: "2026-12-08", policy: { diaryBackfillDays: 7 } };
    expect(validateEntryDate("2026-11-25", context)).toBeNull();
    expect(validateEntryDate("2026-11-26", context)).toMatchObject({ code: "beforeDiaryOpened" });
    expect(selectableEntryDates(permitted, "2026-12-08", { diaryBackfillDays: 7 })).toEqual(["2026-12-08", "2026-12-07", "2026-11-25"]);
  });

  it("a permission is for past days of the practice that are not writable anyway", () => {
    expect(lateEntryIssue(placement, "2026-11-25", "2026-12-08", 7)).toBeNull();
    expect(lateEntryIssue(placement, "2026-12-08", "2026-12-08", 7)).toBe("alreadyWritable");
    expect(lateEntryIssue(placement, "2026-12-10", "2026-12-08", 7)).toBe("future");
    expect(lateEntryIssue(placement, "2026-11-20", "2026-12-08", 7)).toBe("outsidePractice");
  });
});

describe("flags for the supervisor (Labour Code of RK art. 68; 6B03104 §10a)", () => {
  it("a week over 40 h and a day written more than the backfill limit after", () => {
    expect(entryFlags({ date: "2026-12-01", submittedOn: "2026-12-01", weekHours: 40, backfillDays: 7 })).toEqual([]);
    expect(entryFlags({ date: "2026-12-01", submittedOn: "2026-12-01", weekHours: 40.5, backfillDays: 7 })).toEqual(["weekOver40"]);
    expect(entryFlags({ date: "2026-11-25", submittedOn: "2026-12-08", weekHours: 6, backfillDays: 7 })).toEqual(["writtenLate"]);
  });
});

describe("absence alerts count from the approval, excused days are not absences (R-23 8.1)", () => {
  const TZ = "Asia/Almaty";
  const clockAt = (date: string): ReminderClock => ({
    now: instantAt(date, 9 * 60, TZ),
    timeZone: TZ,
    calendar,
    schedule: DEFAULT_REMINDER_SCHEDULE,
  });
  const facts = (overrides: Partial<PlacementReminderFacts> = {}): PlacementReminderFacts => ({
    placementId: "p1",
    studentName: "Айгерим",
    studentTelegramId: 1,
    universitySupervisorTelegramId: 2,
    organisationSupervisorTelegramId: 3,
    coordinatorTelegramIds: [4],
    practiceType: "production",
    startDate: "2026-11-23",
    endDate: "2027-01-17",
    weeks: 8,
    hasBase: true,
    noBaseReported: false,
    hasContract: true,
    hasReport: false,
    hasCharacteristic: false,
    policy: iitu,
    recentEntryDates: new Set(),
    earlierEntryDate: null,
    pending: [],
    ...overrides,
  });
  const absences = (f: PlacementReminderFacts, date: string) =>
    dueDiaryReminders(clockAt(date), f)
      .filter((r) => r.kind.startsWith("diary-absence"))
      .map((r) => `${r.kind}:${r.recipient}:${String(r.params["days"])}`);

  it("counted from the start, 10 working days on 08.12 reach the coordinator (the old behaviour)", () => {
    expect(absences(facts(), "2026-12-08")).toContain("diary-absence-coordinator:4:11");
  });

  it("approved on 07.12: a supervisor who just joined is not told of 10 days on 08.12", () => {
    expect(absences(facts({ writableFrom: "2026-12-07" }), "2026-12-08")).toEqual([]);
    expect(absences(facts({ writableFrom: "2026-12-07" }), "2026-12-10")).toEqual([
      "diary-absence-supervisors:2:3",
      "diary-absence-supervisors:3:3",
    ]);
  });

  it("excused days stop the absence alert", () => {
    const excused = new Set(["2026-12-08", "2026-12-09"]);
    expect(absences(facts({ writableFrom: "2026-12-07", excusedDays: excused }), "2026-12-10")).toEqual([]);
  });
});
