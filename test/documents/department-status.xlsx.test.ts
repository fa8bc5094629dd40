import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  DEPARTMENT_STATUS_COLUMNS,
  renderDepartmentStatusXlsx,
  type DepartmentStatusRow,
} from "../../src/documents/department-status.xlsx.js";
import { createDocumentTranslations } from "../../src/documents/document-i18n.js";

const translations = createDocumentTranslations();

const rows: DepartmentStatusRow[] = [
  {
    studentName: "Сейтқали Аружан Нұрланқызы",
    studentNumber: "30000042",
    group: "ИС-22-1",
    status: "graded",
    practiceType: "production",
    startDate: "2026-10-05",
    endDate: "2026-11-27",
    organisation: "ТОО «Қазақ Өнеркәсіп Жүйелері»",
    universitySupervisor: "Омаров Данияр",
    organisationSupervisor: "Нұрланова Айгүл",
    approvedHours: 184.5,
    requiredHours: 240,
    pendingEntries: 3,
    report: { fileName: "есеп.pdf", uploadedAt: "2026-11-30T05:00:00.000Z" },
    characteristic: { suggestedScore: 88, suggestedLetter: "B+" },
    grade: { score: 90, letter: "A-", points: 3.67 },
    signedOff: true,
  },
  {
    studentName: "Abenov Dias",
    studentNumber: null,
    group: "ИС-22-1",
    status: "submitted",
    practiceType: "preDiploma",
    startDate: "2026-10-05",
    endDate: "2026-11-27",
    organisation: null,
    universitySupervisor: null,
    organisationSupervisor: null,
    approvedHours: 0,
    requiredHours: 240,
    pendingEntries: 0,
    report: null,
    characteristic: null,
    grade: null,
    signedOff: false,
  },
];

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  return sheet;
}

describe("department status XLSX (issue 9: coordinators' /export)", () => {
  it("round-trips through exceljs: localized headers, one row per student, values and formats", async () => {
    const buffer = await renderDepartmentStatusXlsx(rows, {
      t: translations.forLocale("ru"),
      locale: "ru",
      title: "Кафедра информационных систем",
    });
    const sheet = await readBack(buffer);
    expect(sheet.name).toBe("Ход практики");
    expect(sheet.getCell("A1").value).toBe("Кафедра информационных систем");
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual([
      "Обучающийся",
      "ID студента",
      "Группа",
      "Статус",
      "Практика",
      "Сроки",
      "База практики",
      "Руководитель практики от кафедры",
      "Руководитель практики от организации",
      "Утверждено часов",
      "Требуется часов",
      "Утверждено, %",
      "Записи на утверждении",
      "Отчёт",
      "Характеристика (предлагаемая оценка)",
      "Оценка",
      "Дневник-отчёт подписан",
    ]);
    expect(header).toHaveLength(DEPARTMENT_STATUS_COLUMNS.length);
    expect(sheet.rowCount).toBe(4);
    // Sorted by group, then name: "Abenov" before "Сейтқали".
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      "Abenov Dias",
      "—",
      "ИС-22-1",
      "ожидает утверждения",
      "Преддипломная практика",
      "05.10.2026 – 27.11.2026",
      "—",
      "—",
      "—",
      0,
      240,
      0,
      0,
      "—",
      "—",
      "—",
      "нет",
    ]);
    const first = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(first).toEqual([
      "Сейтқали Аружан Нұрланқызы",
      "30000042",
      "ИС-22-1",
      "оценка выставлена",
      "Производственная практика",
      "05.10.2026 – 27.11.2026",
      "ТОО «Қазақ Өнеркәсіп Жүйелері»",
      "Омаров Данияр",
      "Нұрланова Айгүл",
      184.5,
      240,
      184.5 / 240,
      3,
      "Загружен: 30.11.2026, 10:00",
      "88 (B+)",
      "90 (A-, 3,67)",
      "да",
    ]);
    expect(sheet.getCell("L4").numFmt).toBe("0%");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("headers follow the language (kk)", async () => {
    const sheet = await readBack(await renderDepartmentStatusXlsx(rows, { t: translations.forLocale("kk"), locale: "kk" }));
    expect(sheet.getCell("A1").value).toBe("Білім алушы");
    expect(sheet.getCell("D3").value).toBe("бағаланды");
    expect(sheet.getCell("E3").value).toBe("Өндірістік практика");
  });
});
