import { mkdtemp, mkdir, readFile, readdir, rm, writeFile, copyFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REFERENCE_DATA_DIR, ReferenceDataError, loadReferenceData } from "../../src/reference-data/load.js";
import { DEFAULT_POLICY_ID, UnknownPolicyError, latestVersions, resolvePolicy } from "../../src/domain/policies/helpers.js";
import { policySchema } from "../../src/domain/policies/policy-schema.js";
import { isWorkingDay } from "../../src/domain/rules/working-calendar.js";

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A copy of the bundled reference data in a temp dir. */
async function copyData(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "praktika-ref-"));
  temps.push(dir);
  for (const sub of ["policies", "holidays"]) {
    await mkdir(path.join(dir, sub));
    for (const f of await readdir(path.join(REFERENCE_DATA_DIR, sub))) {
      await copyFile(path.join(REFERENCE_DATA_DIR, sub, f), path.join(dir, sub, f));
    }
  }
  return dir;
}

async function editJson(file: string, edit: (j: Record<string, unknown>) => void): Promise<void> {
  const j = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  edit(j);
  await writeFile(file, JSON.stringify(j));
}

describe("domain.md §9: policies as versioned data files", () => {
  it("domain.md §9: iitu (default) and kazutb load with the values of the §9 table", async () => {
    const d = await loadReferenceData();
    expect(d.defaultPolicyId).toBe(DEFAULT_POLICY_ID);
    const pick = (id: string) => {
      const p = resolvePolicy(d.policies, id);
      return [
        p.contractDeadlineDaysBeforeStart,
        p.distributionDaysBeforeStart,
        p.noBaseWarningDaysBeforeStart,
        p.reportScheduleDaysBeforeEnd,
        p.characteristicDaysBeforeEnd,
        p.reportDueDaysAfterEnd,
        p.hoursPerDay,
        p.daysPerWeek,
        p.diaryRetentionYears,
        p.promotionRule,
      ];
    };
    expect(pick("iitu")).toEqual([7, 20, 14, 14, 7, 3, 6, 5, 3, "both"]);
    expect(pick("kazutb")).toEqual([30, null, 14, null, null, 7, 6, 5, 3, "both"]);
    expect(resolvePolicy(d.policies).id).toBe("iitu");
    expect(() => resolvePolicy(d.policies, "nope")).toThrow(UnknownPolicyError);
  });

  it("domain.md §10: holiday files 2024–2027 form one 'kz' calendar", async () => {
    const d = await loadReferenceData();
    expect([...d.calendar.years].sort()).toEqual([2024, 2025, 2026, 2027]);
    expect(d.calendars.get("kz")).toBe(d.calendar);
  });

  it("domain.md §9: adding a university = adding a file (no code change)", async () => {
    const dir = await copyData();
    const base = JSON.parse(await readFile(path.join(REFERENCE_DATA_DIR, "policies", "iitu.json"), "utf8")) as Record<string, unknown>;
    await writeFile(
      path.join(dir, "policies", "newuni.json"),
      JSON.stringify({ ...base, id: "newuni", name: "New University", promotionRule: "either" }),
    );
    const d = await loadReferenceData({ dir });
    expect([...d.policies.keys()].sort()).toEqual(["iitu", "kazutb", "newuni"]);
    expect(d.policies.get("newuni")?.promotionRule).toBe("either");
  });

  it("domain.md §9: a policy file must be named after its id", async () => {
    const dir = await copyData();
    const base = JSON.parse(await readFile(path.join(REFERENCE_DATA_DIR, "policies", "iitu.json"), "utf8")) as Record<string, unknown>;
    await writeFile(path.join(dir, "policies", "other.json"), JSON.stringify({ ...base, id: "newuni" }));
    const err = (await loadReferenceData({ dir }).catch((e: unknown) => e)) as ReferenceDataError;
    expect(err.issues).toEqual([expect.objectContaining({ file: "policies/other.json", path: "id" })]);
  });

  it("domain.md §10: adding a holiday year = adding a file (2028)", async () => {
    const dir = await copyData();
    await writeFile(
      path.join(dir, "holidays", "kz-2028.json"),
      JSON.stringify({
        calendarId: "kz",
        year: 2028,
        source: "test",
        status: "provisional",
        days: [{ date: "2028-01-03", kind: "movedDayOff", name: "newYear", from: "2028-01-01" }],
      }),
    );
    const d = await loadReferenceData({ dir });
    expect(d.calendar.years.has(2028)).toBe(true);
    expect(isWorkingDay(d.calendar, "2028-01-03")).toBe(false);
  });

  it("domain.md §9: a higher version of the same policy id replaces the older one", async () => {
    const dir = await copyData();
    const base = JSON.parse(await readFile(path.join(REFERENCE_DATA_DIR, "policies", "iitu.json"), "utf8")) as Record<string, unknown>;
    await writeFile(path.join(dir, "policies", "iitu-2026.json"), JSON.stringify({ ...base, version: 2, reportDueDaysAfterEnd: 2 }));
    const d = await loadReferenceData({ dir });
    expect(d.policies.get("iitu")?.version).toBe(2);
    expect(d.policies.get("iitu")?.reportDueDaysAfterEnd).toBe(2);
    expect(latestVersions([]).size).toBe(0);
  });

  it("domain.md §9: a bad policy file → error naming the file and the zod path", async () => {
    const dir = await copyData();
    await editJson(path.join(dir, "policies", "kazutb.json"), (j) => {
      j["reportDueDaysAfterEnd"] = -1;
      j["promotionRule"] = "sometimes";
      (j["citations"] as Record<string, unknown>)["referralDaysBeforeStart"] = undefined;
    });
    const err = await loadReferenceData({ dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReferenceDataError);
    const issues = (err as ReferenceDataError).issues;
    expect(issues.map((i) => [i.file, i.path])).toEqual(
      expect.arrayContaining([
        ["policies/kazutb.json", "reportDueDaysAfterEnd"],
        ["policies/kazutb.json", "promotionRule"],
      ]),
    );
    expect((err as Error).message).toContain("policies/kazutb.json at reportDueDaysAfterEnd");
  });

  it("domain.md §9: a set deadline without its citation is rejected (citations.<key>)", () => {
    const r = policySchema.safeParse({
      id: "x",
      version: 1,
      name: "X",
      sources: ["s"],
      holidayCalendar: "kz",
      contractDeadlineDaysBeforeStart: 7,
      distributionDaysBeforeStart: null,
      noBaseWarningDaysBeforeStart: null,
      reportScheduleDaysBeforeEnd: null,
      characteristicDaysBeforeEnd: null,
      reportDueDaysAfterEnd: null,
      hoursPerDay: 6,
      daysPerWeek: 5,
      diaryRetentionYears: 3,
      promotionRule: "both",
      citations: {},
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["citations.contractDeadlineDaysBeforeStart"]);
  });

  it("domain.md §10: a bad holiday file → error naming the file and the path (weekday marked as working weekend day, invalid JSON)", async () => {
    const dir = await copyData();
    await editJson(path.join(dir, "holidays", "kz-2025.json"), (j) => {
      const days = j["days"] as Record<string, unknown>[];
      days.push({ date: "2025-02-31", kind: "holiday", name: "x" });
      days.push({ date: "2025-02-12", kind: "workingWeekendDay", name: "x", to: "2025-02-13" });
    });
    await writeFile(path.join(dir, "holidays", "kz-2026.json"), "{ not json");
    const err = (await loadReferenceData({ dir }).catch((e: unknown) => e)) as ReferenceDataError;
    expect(err).toBeInstanceOf(ReferenceDataError);
    const at = err.issues.map((i) => `${i.file} ${i.path}`);
    expect(at.some((s) => /^holidays\/kz-2025\.json days\[\d+\]\.date$/.test(s))).toBe(true);
    expect(at.some((s) => /^holidays\/kz-2025\.json days\[\d+\]\.kind$/.test(s))).toBe(true);
    expect(err.issues.find((i) => i.file === "holidays/kz-2026.json")?.message).toMatch(/^invalid JSON/);
  });

  it("domain.md §10: a holiday file must be named <calendarId>-<year>.json; a policy's calendar must exist", async () => {
    const dir = await copyData();
    await rm(path.join(dir, "holidays", "kz-2027.json"));
    await writeFile(
      path.join(dir, "holidays", "kz-2029.json"),
      JSON.stringify({ calendarId: "kz", year: 2027, source: "t", status: "final", days: [] }),
    );
    await editJson(path.join(dir, "policies", "kazutb.json"), (j) => {
      j["holidayCalendar"] = "uz";
    });
    const err = (await loadReferenceData({ dir }).catch((e: unknown) => e)) as ReferenceDataError;
    expect(err.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "holidays/kz-2029.json", message: expect.stringContaining("kz-2027.json") }),
        expect.objectContaining({ file: "policies/kazutb.json", path: "holidayCalendar" }),
      ]),
    );
  });
});
