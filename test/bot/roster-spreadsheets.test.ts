import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Types } from "mongoose";
import { clearDatabase, useTestDatabase } from "../support/database.js";
import { createHarness, type TestPerson } from "../support/bot-harness.js";
import { createSeeder } from "../support/seed.js";
import { csv, EN_HEADER, KK_HEADER, line, RU_HEADER, type RosterLine } from "../roster/roster-files.js";
import type { Locale } from "../../src/config/config.js";

const database = useTestDatabase();
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let h: ReturnType<typeof createHarness>;
let cs: Types.ObjectId;
let coordinator: TestPerson;
let otherCoordinator: TestPerson;

async function setUp(locale: Locale): Promise<void> {
  await clearDatabase(database.connection());
  h = createHarness({ connection: database.connection() });
  const seed = createSeeder(h.db);
  cs = (await seed.department("CS", "iitu"))._id;
  const ee = (await seed.department("EE", "iitu"))._id;
  coordinator = seed.person(locale, "Гүлнар");
  otherCoordinator = seed.person(locale, "Бауыржан");
  await seed.staff(coordinator, "coordinator", { departmentId: cs });
  await seed.staff(otherCoordinator, "coordinator", { departmentId: ee });
  for (const person of [coordinator, otherCoordinator]) await h.db.users.setLanguage(person.id, locale);
}

const cells = (l: RosterLine): string[] => [
  l.studentNumber,
  l.fullName,
  l.group,
  l.programmeCode,
  l.course,
  l.level,
  l.practiceType,
  l.start,
  l.end,
  l.weeks,
  l.email ?? "",
];

/** A workbook as a department writes one: sheets of instructions first, a title and a date above the headers. */
async function workbook(sheets: { name: string; rows: (string | null)[][] }[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name);
    for (const row of s.rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const rows = [line(), line({ studentNumber: "20210399", fullName: "Омаров Ерлан" })];

describe.each([
  ["kk", KK_HEADER, "Нұсқаулық", "Тізім"],
  ["ru", RU_HEADER, "Инструкция", "Список"],
  ["en", EN_HEADER, "Instructions", "Students"],
] as const)("spreadsheets as universities write them (%s)", (locale, header, instructions, list) => {
  beforeEach(() => setUp(locale));

  it("a title row and a blank row above the headers: the header row is found (row 3) and every student imported", async () => {
    const file = await workbook([{ name: list, rows: [["Кафедра ақпараттық жүйелер, 2026-2027"], [], [...header], ...rows.map(cells)] }]);
    await h.document(coordinator, "roster.xlsx", XLSX_MIME, { bytes: file });
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-read-sheet", { sheet: list, row: 3 }));
    expect(texts).toContain(h.t(locale, "roster-imported", { rows: 2 }));
    expect(await h.db.students.findByStudentNumber("20210399")).toMatchObject({ fullName: "Омаров Ерлан" });
  });

  it("a first sheet of instructions: the sheet holding the headers is read, and named in the summary", async () => {
    const file = await workbook([
      { name: instructions, rows: [["Fill in one row per student and practice."], ["ID: 8 digits"], ["Weeks: 1–20"]] },
      { name: list, rows: [["Ведомость"], [...header], ...rows.map(cells)] },
    ]);
    await h.document(coordinator, "roster.xlsx", XLSX_MIME, { bytes: file });
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-read-sheet", { sheet: list, row: 2 }));
    expect(texts).toContain(h.t(locale, "roster-imported", { rows: 2 }));
    expect(await h.db.students.countByDepartment(cs, {})).toBe(2);
  });

  it("an instructions sheet with the headers and an example row («...») loses to the list on the same headers", async () => {
    const example = header.map(() => "...");
    const file = await workbook([
      { name: instructions, rows: [["Fill in one row per student and practice."], [...header], example] },
      { name: list, rows: [[...header], ...rows.map(cells)] },
    ]);
    await h.document(coordinator, "roster.xlsx", XLSX_MIME, { bytes: file });
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-read-sheet", { sheet: list, row: 1 }));
    expect(texts).toContain(h.t(locale, "roster-imported", { rows: 2 }));
  });

  it("headers below a long preamble (row 15) are found, and a trailing total row («Итого: 2») is ignored", async () => {
    const preamble = Array.from({ length: 14 }, (_, i) => [`Приказ, пункт ${i + 1}`]);
    const file = await workbook([{ name: list, rows: [...preamble, [...header], ...rows.map(cells), ["Итого: 2"]] }]);
    await h.document(coordinator, "roster.xlsx", XLSX_MIME, { bytes: file });
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-read-sheet", { sheet: list, row: 15 }));
    expect(texts).toContain(h.t(locale, "roster-imported", { rows: 2 }));
    expect(await h.db.students.countByDepartment(cs, {})).toBe(2);
  });

  it("a damaged .xlsx (not a ZIP inside) is called unreadable, not a wrong file type", async () => {
    await h.document(coordinator, "roster.xlsx", XLSX_MIME, { bytes: Buffer.from("this is not a workbook at all", "utf8") });
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-file-unreadable"));
    expect(texts).not.toContain(h.t(locale, "roster-file-unsupported-type"));
  });

  it("a CSV with a title line: the headers are found below it", async () => {
    const body = csv(rows, { header });
    const file = Buffer.concat([Buffer.from("Список на практику;;\r\n", "utf8"), body]);
    await h.document(coordinator, "roster.csv", "text/csv", { bytes: file });
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-read-csv", { row: 2 }));
    expect(texts).toContain(h.t(locale, "roster-imported", { rows: 2 }));
  });

  it("every error in one pass: a bad cell and a student of another department are reported by the first upload", async () => {
    // The other department imported 20210345 first: it is theirs.
    await h.document(otherCoordinator, "roster.csv", "text/csv", { bytes: csv([line()], { header }) });
    expect(h.sentTexts(otherCoordinator.id).join("\n")).toContain(h.t(locale, "roster-imported", { rows: 1 }));
    const bad = [line(), line({ studentNumber: "20210401", fullName: "X" }), line({ studentNumber: "20210402" })];
    const file = await workbook([{ name: list, rows: [[...header], ...bad.map(cells)] }]);
    await h.document(coordinator, "roster.xlsx", XLSX_MIME, { bytes: file });
    const texts = h.sentTexts(coordinator.id).join("\n");
    expect(texts).toContain(h.t(locale, "roster-errors-header", { count: 2 }));
    const reason = (key: string) => h.t(locale, key);
    expect(texts).toContain(
      h.t(locale, "roster-error-in-cell", {
        row: 2,
        column: h.t(locale, "roster-column-studentNumber"),
        reason: reason("roster-error-other-department"),
      }),
    );
    expect(texts).toContain(h.t(locale, "roster-error-in-cell", { row: 3, column: header[1]!, reason: "" }).trimEnd());
    expect(await h.db.students.countByDepartment(cs, {})).toBe(0);
  });
});
