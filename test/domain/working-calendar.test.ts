import { beforeAll, describe, expect, it } from "vitest";
import dayjs from "dayjs";
import {
  addWorkingDays,
  addWorkingDaysIfCovered,
  countWorkingDays,
  createWorkingCalendar,
  describeDay,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBefore,
} from "../../src/domain/rules/working-calendar.js";
import type { WorkingCalendar } from "../../src/domain/rules/working-calendar.js";
import { referenceData, weekendsOnly } from "./fixtures.js";

let kz: WorkingCalendar;
beforeAll(async () => {
  kz = (await referenceData()).calendar;
});

describe("domain.md §10: working days in Kazakhstan (kz-2024 … kz-2027 data)", () => {
  it.each([
    ["2025-01-01", false, "New Year"],
    ["2025-01-02", false, "New Year"],
    ["2025-01-03", false, "day off transferred from Sun 5 Jan by order"],
    ["2025-01-05", true, "Sunday made a working day by the same order"],
    ["2025-01-07", false, "Orthodox Christmas"],
    ["2025-03-08", false, "Women's Day on a Saturday"],
    ["2025-03-10", false, "moved day off for 8 March"],
    ["2025-03-21", false, "Nauryz"],
    ["2025-03-24", false, "Nauryz moved day off"],
    ["2025-03-25", false, "Nauryz moved day off"],
    ["2025-03-26", true, "ordinary Wednesday"],
    ["2025-06-06", false, "Kurban Ait"],
    ["2025-09-01", false, "Constitution Day moved from Sat 30 Aug"],
    ["2025-10-27", false, "Republic Day moved from Sat 25 Oct"],
    ["2025-12-16", false, "Independence Day"],
    ["2024-05-04", true, "Saturday made a working day (order on 8 May 2024)"],
    ["2024-05-08", false, "day off transferred from Sat 4 May"],
    ["2024-06-16", false, "Kurban Ait on a Sunday (not moved: religious holiday)"],
    ["2024-06-17", true, "no moved day off after a religious holiday (Labour Code art. 84)"],
    ["2024-01-08", true, "7 Jan 2024 was a Sunday: Christmas is not moved"],
    ["2026-03-23", false, "Nauryz Monday"],
    ["2026-03-25", false, "second moved Nauryz day"],
    ["2026-05-11", false, "Victory Day moved from Sat 9 May"],
    ["2026-05-27", false, "Kurban Ait"],
    ["2027-01-04", false, "New Year moved from Sat 2 Jan"],
    ["2027-03-24", false, "Nauryz moved from Sun 21 Mar"],
    ["2027-05-03", false, "Unity Day moved from Sat 1 May"],
    ["2024-02-29", true, "leap day is an ordinary Thursday"],
  ] as [string, boolean, string][])("domain.md §10: %s working=%s (%s)", (date, working) => {
    expect(isWorkingDay(kz, date)).toBe(working);
  });

  it("domain.md §10: a year without a data file is refused (no silent weekend-only guess)", () => {
    expect(() => isWorkingDay(kz, "2023-12-29")).toThrow(expect.objectContaining({ code: "calendarYearNotCovered" }));
    expect(() => isWorkingDay(kz, "2028-01-03")).toThrow(expect.objectContaining({ code: "calendarYearNotCovered" }));
    expect(addWorkingDaysIfCovered(kz, "2027-12-30", 3)).toBeNull();
  });

  it("domain.md §10: describeDay explains a date with its holiday key", () => {
    expect(describeDay(kz, "2025-03-24")).toMatchObject({
      working: false,
      weekend: false,
      listed: { kind: "movedDayOff", name: "nauryz", from: "2025-03-22" },
    });
    expect(describeDay(kz, "2025-03-26").listed).toBeNull();
  });

  it("domain.md §10: accepts Dayjs dates as arguments", () => {
    expect(isWorkingDay(kz, dayjs("2025-03-24"))).toBe(false);
    expect(() => isWorkingDay(kz, "2025-02-30")).toThrow(expect.objectContaining({ code: "invalidDate" }));
  });
});

describe("R-23 4.4, 6.2, 7.7: N working days before a date", () => {
  it("R-23 6.2: 5 working days before Mon 8 Sep 2025 skip the moved day off Mon 1 Sep → Fri 29 Aug (weekends only: Mon 1 Sep)", () => {
    expect(workingDaysBefore(kz, "2025-09-08", 5)).toBe("2025-08-29");
    expect(workingDaysBefore(weekendsOnly(2025, 2025), "2025-09-08", 5)).toBe("2025-09-01");
  });

  it("R-23 6.2: 5 working days before a period starting Wed 26 Mar 2025, right after Nauryz, is Fri 14 Mar (21–25 Mar are off)", () => {
    expect(workingDaysBefore(kz, "2025-03-26", 5)).toBe("2025-03-14");
    expect(workingDaysBefore(weekendsOnly(2025, 2025), "2025-03-26", 5)).toBe("2025-03-19");
  });

  it("R-23 7.7: 5 working days before Thu 26 Mar 2026 (Nauryz 21–25 Mar incl. two moved days) is Mon 16 Mar", () => {
    expect(workingDaysBefore(kz, "2026-03-26", 5)).toBe("2026-03-16");
  });

  it("R-23 4.4: 5 working days before Mon 13 Jan 2025 counts the working Sunday 5 Jan and skips Christmas → Sun 5 Jan", () => {
    expect(workingDaysBefore(kz, "2025-01-13", 5)).toBe("2025-01-05");
  });

  it("R-23 4.4: 5 working days before Thu 8 Jan 2026 crosses New Year and 7 Jan into 2025 → Mon 29 Dec 2025", () => {
    expect(workingDaysBefore(kz, "2026-01-08", 5)).toBe("2025-12-29");
  });

  it("R-23 4.4: a cut-off that needs a year without data is refused", () => {
    expect(() => workingDaysBefore(kz, "2024-01-05", 5)).toThrow(expect.objectContaining({ code: "calendarYearNotCovered" }));
  });

  it("R-23 4.4: n = 0 returns the date; negative or fractional n → invalidCount", () => {
    expect(workingDaysBefore(kz, "2025-03-22", 0)).toBe("2025-03-22");
    expect(() => workingDaysBefore(kz, "2025-03-22", -1)).toThrow(expect.objectContaining({ code: "invalidCount" }));
    expect(() => workingDaysBefore(kz, "2025-03-22", 1.5)).toThrow(expect.objectContaining({ code: "invalidCount" }));
  });

  it("R-23 4.6: 3 working days after Thu 20 Mar 2025 skip Nauryz (21–25 Mar) → Fri 28 Mar", () => {
    expect(addWorkingDays(kz, "2025-03-20", 3)).toBe("2025-03-28");
  });

  it("R-23 6.5: 5 working days after Wed 28 Feb 2024 count the leap day → Wed 6 Mar (2023: Tue 7 Mar)", () => {
    expect(addWorkingDays(kz, "2024-02-28", 5)).toBe("2024-03-06");
    expect(addWorkingDays(weekendsOnly(2023, 2023), "2023-02-28", 5)).toBe("2023-03-07");
  });

  it("domain.md §10: on-or-before / on-or-after a holiday block and counting working days", () => {
    expect(workingDayOnOrBefore(kz, "2025-03-25")).toBe("2025-03-20");
    expect(workingDayOnOrAfter(kz, "2025-03-21")).toBe("2025-03-26");
    expect(workingDayOnOrAfter(kz, "2025-03-26")).toBe("2025-03-26");
    expect(countWorkingDays(kz, "2025-03-17", "2025-03-28")).toBe(7);
  });

  it("domain.md §10: calendars are built from data; other ids in the list are ignored", () => {
    const cal = createWorkingCalendar("x", [
      { calendarId: "x", year: 2030, days: [{ date: "2030-01-01", kind: "holiday", name: "newYear" }] },
      { calendarId: "y", year: 2031, days: [] },
    ]);
    expect([...cal.years]).toEqual([2030]);
    expect(isWorkingDay(cal, "2030-01-01")).toBe(false);
    expect(isWorkingDay(cal, "2030-01-02")).toBe(true);
  });
});
