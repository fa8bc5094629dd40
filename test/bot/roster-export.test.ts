import ExcelJS from "exceljs";
import { Types } from "mongoose";
import { beforeEach, describe, expect, it } from "vitest";
import { DEPARTMENT_STATUS_COLUMNS } from "../../src/documents/department-status.xlsx.js";
import { DEPARTMENT_STUDENT_STATUSES, type DepartmentStudentStatus } from "../../src/domain/practice/department-status.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";

const database = useTestDatabase();
let h: ReturnType<typeof createHarness>;

beforeEach(async () => {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  await h.db.syncIndexes();
});

type Locale = "kk" | "ru" | "en";

/** The status each of the 60 students is given: every status several times, a fifth with no placement at all. */
function plannedStatus(i: number): DepartmentStudentStatus | "no placement" {
  if (i % 5 === 0) return "no placement";
  return DEPARTMENT_STUDENT_STATUSES[i % DEPARTMENT_STUDENT_STATUSES.length]!;
}

/**
 * A department of 60 students (more than any page of /students), 55 registered and 5 imported by the roster
 * and never linked; students of another department that must not appear.
 */
async function department(locale: Locale) {
  const seed = createSeeder(h.db);
  const cs = await seed.department("CS", "iitu", "Ақпараттық жүйелер кафедрасы");
  const other = await seed.department("MATH");
  const coordinator = seed.person(locale, "Гүлнар");
  const supervisor = seed.person(locale, "Данияр");
  await seed.staff(coordinator, "coordinator", { departmentId: cs._id });
  await seed.staff(supervisor, "universitySupervisor", { departmentId: cs._id });
  await h.db.users.setFullName(supervisor.id, "Омаров Данияр");
  await h.db.users.setLanguage(coordinator.id, locale);
  const { organisation } = await h.db.organisations.propose({
    fullName: "ТОО «Каспий Софт»",
    normalisedName: "каспий софт",
    country: "KZ",
    phones: [],
    departmentId: cs._id,
    proposedBy: coordinator.id,
  });
  const expected = new Map<string, DepartmentStudentStatus>();
  for (let i = 0; i < 60; i++) {
    const studentNumber = `2022${String(1000 + i)}`;
    const fullName = `Оқушы${String(i).padStart(2, "0")} Тест`;
    const group = i < 30 ? "SE-2201" : "SE-2202";
    let student;
    if (i >= 55) {
      // Imported by the roster, never claimed: no Telegram account.
      const id = new Types.ObjectId();
      await h.db.students.applyRosterWrites(
        [
          {
            kind: "insert",
            id,
            studentNumber,
            fields: { fullName, level: "bachelor", programmeCode: "6B06102", course: 3, group, departmentId: cs._id },
          },
        ],
        new Date("2026-11-01T00:00:00Z"),
      );
      student = (await h.db.students.findById(id))!;
    } else student = await seed.student(seed.person(locale), cs, { studentNumber, fullName, group });
    const planned = plannedStatus(i);
    expected.set(studentNumber, planned === "no placement" ? "none" : planned);
    if (planned === "no placement") continue;
    const placement = await seed.placement(student, {
      status:
        planned === "none" || planned === "draft"
          ? "draft"
          : planned === "signed" || planned === "graded"
            ? "finished"
            : planned === "approved"
              ? "active"
              : planned,
      universitySupervisor: planned === "none" || planned === "draft" ? undefined : supervisor,
    });
    if (planned !== "none")
      await h.db.placements.change(
        placement._id,
        { statuses: [placement.status] },
        { organisationId: organisation._id },
        { at: new Date(), by: 0, action: "edited" },
      );
    const owner = { id: String(placement._id), studentId: String(student._id), departmentId: String(cs._id) };
    if (planned === "signed" || planned === "graded")
      await h.db.practiceOutcomes.addSignOff(owner, { role: "universitySupervisor", by: supervisor.id, at: new Date() });
    if (planned === "graded")
      await h.db.practiceOutcomes.setGrade(owner, {
        score: 91,
        letter: "A-",
        points: 3.67,
        by: supervisor.id,
        role: "universitySupervisor",
        at: new Date(),
      });
  }
  const outsider = await seed.student(seed.person(locale), other, { studentNumber: "20239999", fullName: "Бөтен Студент" });
  await seed.placement(outsider, { status: "active" });
  return { coordinator, expected };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe.each(["kk", "ru", "en"] as const)("/export lists every student of the department with a status column (%s)", (locale) => {
  // Seeding 60 students one by one takes long on a loaded machine: a generous timeout, nothing timed.
  it(
    "QP-06 5.9: 60 of 60 students, those without a placement included, each with their status, base and supervisor",
    { timeout: 120_000 },
    async () => {
      const { coordinator, expected } = await department(locale);
      await h.text(coordinator, "/export");
      const [file] = h.telegram.sentDocuments(coordinator.id);
      expect(file).toBeDefined();
      expect(file!.fileName.endsWith(".xlsx")).toBe(true);
      expect(file!.caption).toBe(h.t(locale, "roster-export-caption", { department: "CS", students: 60, rows: 60 }));
      const sheet = await workbookOf(file!.bytes);
      expect(sheet.getCell("A1").value).toBe("Ақпараттық жүйелер кафедрасы");
      const header = (sheet.getRow(2).values as unknown[]).slice(1);
      expect(header).toEqual(DEPARTMENT_STATUS_COLUMNS.map((key) => h.t(locale, `doc-xlsx-col-${key}`)));
      const column = (key: (typeof DEPARTMENT_STATUS_COLUMNS)[number]) => DEPARTMENT_STATUS_COLUMNS.indexOf(key);
      const rows = [];
      for (let r = 3; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
      expect(rows).toHaveLength(60);
      const byNumber = new Map(rows.map((row) => [String(row[column("student-number")]), row]));
      expect([...byNumber.keys()].sort()).toEqual([...expected.keys()].sort());
      expect(byNumber.has("20239999")).toBe(false);
      for (const [number, status] of expected) {
        const row = byNumber.get(number)!;
        expect(row[column("status")], number).toBe(h.t(locale, `doc-xlsx-status-${status}`));
        const hasBase = status !== "none";
        expect(row[column("organisation")], number).toBe(hasBase ? "ТОО «Каспий Софт»" : h.t(locale, "doc-xlsx-none"));
        const supervised = hasBase && status !== "draft";
        expect(row[column("university-supervisor")], number).toBe(supervised ? "Омаров Данияр" : h.t(locale, "doc-xlsx-none"));
      }
      // Every status appears, counted as planned.
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(String(row[column("status")]), (counts.get(String(row[column("status")])) ?? 0) + 1);
      for (const status of DEPARTMENT_STUDENT_STATUSES)
        expect(counts.get(h.t(locale, `doc-xlsx-status-${status}`)), status).toBe(
          [...expected.values()].filter((s) => s === status).length,
        );
      // A graded practice shows its grade; a student without a placement shows no practice.
      const graded = [...expected].find(([, s]) => s === "graded")![0];
      expect(byNumber.get(graded)![column("grade")]).toContain("A-");
      const without = [...expected].find(([n, s]) => s === "none" && Number(n.slice(4)) % 5 === 0)![0];
      expect(byNumber.get(without)![column("practice")]).toBe(h.t(locale, "doc-xlsx-none"));
    },
  );
});
