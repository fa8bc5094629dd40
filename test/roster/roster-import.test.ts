import ExcelJS from "exceljs";
import { Types } from "mongoose";
import { beforeEach, describe, expect, it } from "vitest";
import type { ImportRosterResult } from "../../src/services/roster/roster.service.js";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { completeDraft, createPracticeWorld, type PracticeWorld } from "../practice/support.js";
import { csv, EN_HEADER, KK_HEADER, line, manyLines, xlsx } from "./roster-files.js";

const database = useTestDatabase();
const clock = { now: new Date("2026-11-23T09:00:00Z") };
let w: PracticeWorld;
let cs: Types.ObjectId;
let ee: Types.ObjectId;

const COORDINATOR = 4001;
const EE_COORDINATOR = 4002;
const BOT = "praktika_test_bot";
const LINK = /^https:\/\/t\.me\/praktika_test_bot\?start=(inv_[A-Za-z0-9_-]{22})$/;

beforeEach(async () => {
  await clearDatabase(database.connection());
  clock.now = new Date("2026-11-23T09:00:00Z");
  w = await createPracticeWorld(database.connection(), clock);
  cs = await w.department("CS", "iitu");
  ee = await w.department("EE", "kazutb");
  await w.person(COORDINATOR, "Гүлнар", [{ role: "coordinator", departmentId: cs }]);
  await w.person(EE_COORDINATOR, "Марат", [{ role: "coordinator", departmentId: ee }]);
});

async function importFile(content: Buffer, fileName = "roster.csv", who = COORDINATOR, departmentId = cs): Promise<ImportRosterResult> {
  const mime = fileName.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
  return w.roster.importRoster(await w.principal(who), { departmentId: String(departmentId), fileName, mime, content, botUsername: BOT });
}

async function sheetRows(sheet: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const bytes = new Uint8Array(sheet.byteLength);
  bytes.set(sheet);
  await workbook.xlsx.load(bytes.buffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (typeof v === "object" && v !== null && "text" in v ? String(v.text) : String(v))),
    ),
  );
  return rows;
}

/** Everything the import may touch, without the volatile Mongo metadata. */
async function snapshot(): Promise<string> {
  const [students, placements, invitations] = await Promise.all([
    w.db.models.Student.find().sort({ studentNumber: 1 }).lean(),
    w.db.models.Placement.find().sort({ _id: 1 }).lean(),
    w.db.models.Invitation.find().sort({ _id: 1 }).lean(),
  ]);
  return JSON.stringify({ students, placements, invitations });
}

const threeStudents = () => [
  line(),
  line({ practiceType: "преддипломная", start: "05.04.2027", end: "14.05.2027", weeks: "6" }),
  line({ studentNumber: "20210346", fullName: "Омаров Ерлан", email: "" }),
  line({
    studentNumber: "20210347",
    fullName: "Иванова Дина Сергеевна",
    group: "SE-2201",
    practiceType: "учебная",
    start: "2027-01-11",
    end: "2027-01-22",
    weeks: "2",
  }),
];

describe("roster import (issue 8): a good file", () => {
  it("CSV in Russian: students, draft placements with required hours (QP-06 3.6) and personal links in an XLSX", async () => {
    const result = await importFile(csv(threeStudents()));
    expect(result).toMatchObject({
      status: "imported",
      rows: 4,
      students: { new: 3, updated: 0, unchanged: 0, toConfirm: 0 },
      placements: { new: 4, updated: 0, unchanged: 0, skipped: 0 },
      invitations: { count: 3 },
    });
    if (result.status !== "imported") return;

    const aruzhan = await w.db.students.findByStudentNumber("20210345");
    expect(aruzhan).toMatchObject({
      fullName: "Сейтқали Аружан",
      group: "SE-2203",
      level: "bachelor",
      course: 3,
      programmeCode: "6B06102",
    });
    expect(aruzhan!.telegramId).toBeUndefined();
    const placements = await w.db.placements.listByStudent(aruzhan!._id);
    expect(
      placements.map((p) => [
        p.practiceType,
        p.status,
        p.startDate,
        p.endDate,
        p.weeks,
        p.requiredHours,
        p.source,
        p.universitySupervisorEmail,
      ]),
    ).toEqual([
      ["preDiploma", "draft", "2027-04-05", "2027-05-14", 6, 180, "roster", "d.nurlanov@iitu.edu.kz"],
      ["production", "draft", "2027-01-11", "2027-03-05", 8, 240, "roster", "d.nurlanov@iitu.edu.kz"],
    ]);

    const rows = await sheetRows(result.invitations.sheet!);
    expect(rows[0]).toEqual(["Student ID", "Full name", "Group", "Personal link", "Valid until"]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["20210347", "Иванова Дина Сергеевна", "SE-2201"],
      ["20210346", "Омаров Ерлан", "SE-2203"],
      ["20210345", "Сейтқали Аружан", "SE-2203"],
    ]);
    for (const r of rows.slice(1)) expect(r[3]).toMatch(LINK);
    expect(rows[1]![4]).toBe("23.12.2026");

    // The personal link links the Telegram account to the roster row (never by typing the ID).
    await w.person(1001, "Аружан");
    const code = LINK.exec(rows[3]![3]!)![1]!;
    expect(await w.invitations.accept(code, 1001)).toMatchObject({ status: "accepted", role: "student", studentId: String(aruzhan!._id) });
    expect(await w.db.students.findByTelegramId(1001)).toMatchObject({ studentNumber: "20210345" });
    const mine = await w.placements.listMyPlacements(await w.principal(1001));
    expect(mine.status === "ok" && mine.placements).toHaveLength(2);
  });

  it("XLSX in English with date cells and numeric IDs, Kazakh headers work the same", async () => {
    const result = await importFile(await xlsx(threeStudents()), "Roster.xlsx");
    expect(result).toMatchObject({ status: "imported", students: { new: 3 }, placements: { new: 4 } });
    await clearDatabase(database.connection());
    await w.db.syncIndexes();
    cs = await w.department("CS", "iitu");
    await w.person(COORDINATOR, "Гүлнар", [{ role: "coordinator", departmentId: cs }]);
    expect(await importFile(await xlsx(threeStudents(), KK_HEADER), "тізім.xlsx")).toMatchObject({
      status: "imported",
      students: { new: 3 },
    });
  });

  it("importing the same file twice changes nothing, and issues no new links", async () => {
    await importFile(csv(threeStudents()));
    const before = await snapshot();
    clock.now = new Date("2026-11-24T09:00:00Z");
    const again = await importFile(await xlsx(threeStudents(), EN_HEADER), "roster.xlsx");
    expect(again).toMatchObject({
      status: "imported",
      students: { new: 0, updated: 0, unchanged: 3 },
      placements: { new: 0, updated: 0, unchanged: 4 },
      invitations: { count: 0, sheet: null },
    });
    expect(await snapshot()).toBe(before);
  });

  it("a corrected file updates what changed: a student's group, a draft's dates (recorded in its history)", async () => {
    await importFile(csv(threeStudents()));
    const changed = threeStudents();
    changed[2] = line({
      studentNumber: "20210346",
      fullName: "Омаров Ерлан",
      email: "",
      group: "SE-2204",
      start: "18.01.2027",
      end: "12.03.2027",
    });
    const result = await importFile(csv(changed));
    expect(result).toMatchObject({
      students: { new: 0, updated: 1, unchanged: 2 },
      placements: { new: 0, updated: 1, unchanged: 3 },
      invitations: { count: 0 },
    });
    const erlan = await w.db.students.findByStudentNumber("20210346");
    expect(erlan!.group).toBe("SE-2204");
    const [placement] = await w.db.placements.listByStudent(erlan!._id);
    expect(placement).toMatchObject({ startDate: "2027-01-18", endDate: "2027-03-12", version: 1 });
    expect(placement!.history.at(-1)).toMatchObject({
      action: "rosterUpdated",
      by: COORDINATOR,
      changes: [
        { field: "startDate", from: "2027-01-11", to: "2027-01-18" },
        { field: "endDate", from: "2027-03-05", to: "2027-03-12" },
      ],
    });
  });

  it("never overwrites a placement the student already submitted: it is listed as skipped", async () => {
    await importFile(csv([line()]));
    const student = await w.db.students.findByStudentNumber("20210345");
    await w.person(1001, "Аружан");
    await w.db.models.Student.updateOne({ _id: student!._id }, { $set: { telegramId: 1001, rosterConfirmedAt: clock.now } });
    const org = await w.organisations.propose(await w.principal(1001), { fullName: "Kaspi", bin: "971240001315" });
    const [draft] = await w.db.placements.listByStudent(student!._id);
    await w.placements.saveDraft(await w.principal(1001), {
      ...completeDraft(org.status === "proposed" ? String(org.organisation._id) : ""),
      placementId: String(draft!._id),
    });
    expect(await w.placements.submit(await w.principal(1001), String(draft!._id))).toMatchObject({ status: "submitted" });

    const result = await importFile(csv([line({ start: "18.01.2027", end: "12.03.2027" })]));
    expect(result).toMatchObject({
      placements: { skipped: 1, updated: 0 },
      skipped: [{ studentNumber: "20210345", practiceType: "production", academicYear: "2026-2027", status: "submitted" }],
    });
    expect((await w.db.placements.findById(draft!._id))!.startDate).toBe("2027-01-11");
  });

  it("students still unlinked after their links expired get new ones on the next import", async () => {
    await importFile(csv([line()]));
    clock.now = new Date("2027-01-05T09:00:00Z");
    expect(await importFile(csv([line()]))).toMatchObject({ students: { unchanged: 1 }, invitations: { count: 1 } });
  });

  it("the coordinator can reissue links (a lost sheet): the previous ones stop working", async () => {
    const first = await importFile(csv([line()]));
    const oldCode = LINK.exec((await sheetRows(first.status === "imported" ? first.invitations.sheet! : Buffer.alloc(0)))[1]![3]!)![1]!;
    const reissued = await w.roster.reissueInvitations(await w.principal(COORDINATOR), { departmentId: String(cs), botUsername: BOT });
    expect(reissued).toMatchObject({ status: "issued", count: 1 });
    expect(await w.invitations.preview(oldCode)).toEqual({ status: "revoked" });
    expect(await w.roster.reissueInvitations(await w.principal(EE_COORDINATOR), { departmentId: String(cs), botUsername: BOT })).toEqual({
      status: "forbidden",
      reason: "otherDepartment",
    });
  });
});

describe("roster import: a file with errors imports nothing and lists every error", () => {
  it("reports each bad row and column with a reason code", async () => {
    const lines = [
      line(),
      line({ studentNumber: "№2021", fullName: "Омаров" }),
      line({ studentNumber: "20210348", fullName: "Ким Виктор", programmeCode: "7M06102", course: "5" }),
      line({ studentNumber: "20210349", fullName: "Нұрланов Мирас", practiceType: "летняя", email: "nurlanov@iitu" }),
      line({ studentNumber: "20210350", fullName: "Әбенов Дәурен", weeks: "6" }),
      line({ studentNumber: "20210351", fullName: "Ахметова Айгерим", start: "31.02.2027", level: "specialist" }),
      line(),
      line({ fullName: "Сейтқали Аружан Маратқызы", practiceType: "учебная", start: "11.01.2027", end: "22.01.2027", weeks: "2" }),
      line({ studentNumber: "20210352", fullName: "Petrov Ivan", start: "01.09.2025", end: "12.09.2025", weeks: "2" }),
      line({ studentNumber: "20210353", fullName: "Dana Kim", group: "", end: "01.01.2027" }),
    ];
    const result = await importFile(csv(lines));
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.errors.map((e) => [e.row, e.column, e.reason, e.params ?? null])).toEqual([
      [3, "studentNumber", "student-number-format", null],
      [3, "fullName", "name-need-surname-and-name", null],
      [4, "programmeCode", "programme-code-level-mismatch", { prefix: "6B" }],
      [4, "course", "course-range", { min: 1, max: 4 }],
      [5, "practiceType", "practice-type-unknown", null],
      [5, "supervisorEmail", "email-format", null],
      [6, "weeks", "weeks-mismatch", { weeks: 6, calendarWeeks: 8, expectedEnd: "2027-02-19" }],
      [7, "level", "level-unknown", null],
      [7, "startDate", "date-format", null],
      [8, "practiceType", "duplicate-row", { firstRow: 2 }],
      [9, "fullName", "conflicting-student", { firstRow: 2 }],
      [10, "startDate", "start-too-early", { earliest: "2025-11-22" }],
      [11, "group", "required", null],
      [11, "endDate", "end-before-start", { start: "2027-01-11" }],
    ]);
    expect(result.errors[0]).toMatchObject({ header: "ID студента", value: "№2021" });
    expect(await w.db.models.Student.countDocuments()).toBe(0);
    expect(await w.db.models.Placement.countDocuments()).toBe(0);
    expect(await w.db.models.Invitation.countDocuments()).toBe(0);
  });

  it("a missing required column and a repeated one are reported against the header row", async () => {
    const header = ["ID студента", "ФИО", "Группа", "Курс", "Уровень", "Вид практики", "Начало", "Окончание", "Недели", "Группа"];
    const content = Buffer.from(
      `${header.join(";")}\n20210345;Сейтқали Аружан;SE-2203;3;бакалавр;учебная;11.01.2027;22.01.2027;2;SE-2203\n`,
    );
    const result = await importFile(content);
    expect(result).toEqual({
      status: "invalid",
      errors: [
        { row: 1, column: "group", header: "Группа", value: null, reason: "duplicate-column" },
        { row: 1, column: "programmeCode", header: null, value: null, reason: "missing-column" },
      ],
      sheet: null,
      headerRow: 1,
    });
  });

  it("a student on another department's roster refuses the file", async () => {
    await importFile(csv([line()]), "roster.csv", EE_COORDINATOR, ee);
    const result = await importFile(csv([line(), line({ studentNumber: "20210346", fullName: "Омаров Ерлан" })]));
    expect(result).toMatchObject({
      status: "invalid",
      errors: [{ row: 2, column: "studentNumber", reason: "other-department", value: "20210345" }],
    });
    expect(await w.db.students.findByStudentNumber("20210346")).toBeNull();
  });

  it("refuses other file types and files over 20 MB before reading them; only the department's coordinator may import", async () => {
    expect(await importFile(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "roster.xls")).toEqual({
      status: "rejectedFile",
      reason: "unsupported-type",
    });
    expect(await importFile(Buffer.alloc(20 * 1024 * 1024 + 1, 0x41))).toEqual({ status: "rejectedFile", reason: "too-large" });
    expect(await importFile(Buffer.from("ID;ФИО\n"))).toEqual({ status: "rejectedFile", reason: "empty" });
    expect(await importFile(csv([line()]), "roster.csv", EE_COORDINATOR, cs)).toEqual({ status: "forbidden", reason: "otherDepartment" });
    await w.person(1001, "Аружан");
    expect(await importFile(csv([line()]), "roster.csv", 1001, cs)).toEqual({ status: "forbidden", reason: "noRole" });
    expect(await w.db.models.Student.countDocuments()).toBe(0);
  });
});

describe("registered students with a matching student ID are listed to confirm, never linked silently", () => {
  it("keeps the roster row aside; confirming applies it and makes the placements; a second press is harmless", async () => {
    await w.person(1001, "Аружан");
    const registered = await w.student(1001, ee, { studentNumber: "20210345", fullName: "Сейткали Аружан", group: "EE-2203" });
    const result = await importFile(csv([line(), line({ studentNumber: "20210346", fullName: "Омаров Ерлан" })]));
    expect(result).toMatchObject({
      status: "imported",
      students: { new: 1, toConfirm: 1 },
      placements: { new: 1 },
      invitations: { count: 1 },
      toConfirm: [
        {
          studentId: String(registered),
          studentNumber: "20210345",
          registeredFullName: "Сейткали Аружан",
          rosterFullName: "Сейтқали Аружан",
          currentDepartmentId: String(ee),
        },
      ],
    });
    const untouched = await w.db.students.findById(registered);
    expect(untouched).toMatchObject({ fullName: "Сейткали Аружан", group: "EE-2203", departmentId: ee });
    expect(await w.db.placements.listByStudent(registered)).toEqual([]);

    // The same file again: still to confirm, nothing written.
    const before = await snapshot();
    expect(await importFile(csv([line(), line({ studentNumber: "20210346", fullName: "Омаров Ерлан" })]))).toMatchObject({
      students: { toConfirm: 1, new: 0, unchanged: 1 },
    });
    expect(await snapshot()).toBe(before);

    expect(await w.roster.confirmMatch(await w.principal(EE_COORDINATOR), String(registered))).toEqual({
      status: "forbidden",
      reason: "otherDepartment",
    });
    expect(await w.roster.listToConfirm(await w.principal(COORDINATOR), String(cs))).toMatchObject({
      status: "ok",
      students: [{ studentNumber: "20210345" }],
    });
    expect(await w.roster.confirmMatch(await w.principal(COORDINATOR), String(registered))).toEqual({
      status: "confirmed",
      placements: { new: 1, updated: 0, skipped: 0 },
    });
    expect(await w.roster.confirmMatch(await w.principal(COORDINATOR), String(registered))).toEqual({ status: "alreadyDecided" });
    expect(await w.db.students.findById(registered)).toMatchObject({
      fullName: "Сейтқали Аружан",
      group: "SE-2203",
      departmentId: cs,
      telegramId: 1001,
    });
    expect(await w.placements.listMyPlacements(await w.principal(1001))).toMatchObject({
      placements: [{ placement: { status: "draft", requiredHours: 240 } }],
    });

    // Once confirmed, the roster is authoritative for them like for any other row.
    expect(
      await importFile(csv([line({ group: "SE-2204" }), line({ studentNumber: "20210346", fullName: "Омаров Ерлан" })])),
    ).toMatchObject({
      students: { updated: 1, toConfirm: 0 },
    });
  });

  it("the coordinator can dismiss the match; the student's own profile stays", async () => {
    await w.person(1001, "Аружан");
    const registered = await w.student(1001, cs, { studentNumber: "20210345", fullName: "Сейткали Аружан", group: "SE-2203" });
    await importFile(csv([line()]));
    expect(await w.roster.dismissMatch(await w.principal(COORDINATOR), String(registered))).toEqual({ status: "dismissed" });
    expect(await w.roster.dismissMatch(await w.principal(COORDINATOR), String(registered))).toEqual({ status: "alreadyDecided" });
    expect((await w.db.students.findById(registered))!.rosterPending).toBeUndefined();
  });

  it("a personal link opened from an account that already registered another student record is refused and stays usable", async () => {
    const result = await importFile(csv([line()]));
    const code = LINK.exec((await sheetRows(result.status === "imported" ? result.invitations.sheet! : Buffer.alloc(0)))[1]![3]!)![1]!;
    await w.person(1009, "Someone");
    await w.student(1009, cs, { studentNumber: "20219999", fullName: "Другой Студент", group: "SE-2203" });
    expect(await w.invitations.accept(code, 1009)).toEqual({ status: "conflict" });
    await w.person(1001, "Аружан");
    expect(await w.invitations.accept(code, 1001)).toMatchObject({ status: "accepted" });
  });
});

describe("races between the look-up and the bulk write (unique indexes as idempotency keys)", () => {
  it("a student number registered meanwhile is skipped, never overwritten; a placement made meanwhile wins", async () => {
    await w.person(1001, "Аружан");
    const registered = await w.student(1001, cs, { studentNumber: "20210345", fullName: "Сейткали Аружан", group: "EE-2203" });
    const fields = {
      fullName: "Сейтқали Аружан",
      level: "bachelor" as const,
      programmeCode: "6B06102",
      course: 3,
      group: "SE-2203",
      departmentId: cs,
    };
    const [late, fresh] = [new Types.ObjectId(), new Types.ObjectId()];
    const students = await w.db.students.applyRosterWrites(
      [
        { kind: "insert", id: late, studentNumber: "20210345", fields },
        { kind: "insert", id: fresh, studentNumber: "20210346", fields: { ...fields, fullName: "Омаров Ерлан" } },
      ],
      clock.now,
    );
    expect(students.insertedIds.map(String)).toEqual([String(fresh)]);
    expect(await w.db.students.findByStudentNumber("20210345")).toMatchObject({
      telegramId: 1001,
      fullName: "Сейткали Аружан",
      group: "EE-2203",
    });

    const draft = {
      studentId: registered,
      departmentId: cs,
      practiceType: "production" as const,
      academicYear: "2026-2027",
      source: "roster" as const,
    };
    await w.db.placements.create(draft, { at: clock.now, by: 1001, action: "created" });
    const placements = await w.db.placements.applyRosterWrites(
      [
        {
          kind: "insert",
          placement: { ...draft, startDate: "2027-01-11", requiredHours: 240 },
          history: { at: clock.now, by: COORDINATOR, action: "rosterImported" },
        },
        {
          kind: "insert",
          placement: { ...draft, studentId: fresh, requiredHours: 240 },
          history: { at: clock.now, by: COORDINATOR, action: "rosterImported" },
        },
      ],
      clock.now,
    );
    expect(placements).toEqual({ inserted: 1, updated: 0 });
    expect((await w.db.placements.findByKey(registered, "production", "2026-2027"))!.startDate).toBeUndefined();
  });
});

describe("a 5,000-row roster", () => {
  it("imports in bulk, then re-imports with nothing changed", { timeout: 120_000 }, async () => {
    const lines = manyLines(5000);
    const first = await importFile(csv(lines));
    expect(first).toMatchObject({
      status: "imported",
      rows: 5000,
      students: { new: 5000 },
      placements: { new: 5000 },
      invitations: { count: 5000 },
    });
    expect(await w.db.models.Student.countDocuments()).toBe(5000);
    expect(await w.db.models.Placement.countDocuments({ status: "draft", requiredHours: 240 })).toBe(5000);
    expect(await w.db.models.Invitation.countDocuments({ role: "student" })).toBe(5000);
    const rows = await sheetRows(first.status === "imported" ? first.invitations.sheet! : Buffer.alloc(0));
    expect(rows).toHaveLength(5001);
    expect(new Set(rows.slice(1).map((r) => r[3])).size).toBe(5000);

    const second = await importFile(csv(lines));
    expect(second).toMatchObject({
      students: { new: 0, updated: 0, unchanged: 5000 },
      placements: { new: 0, updated: 0, unchanged: 5000 },
      invitations: { count: 0 },
    });
  });
});
