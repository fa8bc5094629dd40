import ExcelJS from "exceljs";
import type { IsoDate } from "../domain/rules/dates.js";
import type { Letter } from "../domain/rules/grade-scale.js";
import type { PracticeType } from "../domain/rules/practice-deadlines.js";
import type { DepartmentStudentStatus } from "../domain/practice/department-status.js";
import { documentFormats, type Translate } from "./translate.js";

/**
 * One student's practice in the department's status export (plain data; the export service fills it). A student
 * without a placement, or a placement without dates or a diary, leaves those cells null (shown as "—").
 */
export interface DepartmentStatusRow {
  studentName: string;
  studentNumber: string | null;
  group: string;
  status: DepartmentStudentStatus;
  practiceType: PracticeType | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  organisation: string | null;
  universitySupervisor: string | null;
  organisationSupervisor: string | null;
  approvedHours: number | null;
  requiredHours: number | null;
  /** Entries submitted and waiting for a decision. */
  pendingEntries: number;
  report: { fileName: string; uploadedAt: string } | null;
  characteristic: { suggestedScore: number; suggestedLetter: Letter } | null;
  grade: { score: number; letter: Letter; points: number } | null;
  signedOff: boolean;
}

export interface RenderDepartmentStatusOptions {
  t: Translate;
  locale: string;
  timeZone?: string;
  /** Sheet title row, e.g. the department's name. */
  title?: string;
}

/** Column keys in order; each has a localized header `doc-xlsx-col-<key>`. */
export const DEPARTMENT_STATUS_COLUMNS = [
  "student",
  "student-number",
  "group",
  "status",
  "practice",
  "period",
  "organisation",
  "university-supervisor",
  "organisation-supervisor",
  "hours-approved",
  "hours-required",
  "progress",
  "entries-pending",
  "report",
  "characteristic",
  "grade",
  "signed-off",
] as const;

const WIDTHS: Record<(typeof DEPARTMENT_STATUS_COLUMNS)[number], number> = {
  student: 34,
  "student-number": 14,
  group: 12,
  status: 16,
  practice: 26,
  period: 24,
  organisation: 34,
  "university-supervisor": 26,
  "organisation-supervisor": 26,
  "hours-approved": 12,
  "hours-required": 12,
  progress: 11,
  "entries-pending": 14,
  report: 22,
  characteristic: 18,
  grade: 14,
  "signed-off": 12,
};

/**
 * The department's practice status as an XLSX workbook (exceljs): one row per student and practice (a student
 * without one included) with the status, base, supervisors, hours approved / required, entries pending, report,
 * characteristic and grade; headers in the reader's language.
 */
export async function renderDepartmentStatusXlsx(
  rows: readonly DepartmentStatusRow[],
  options: RenderDepartmentStatusOptions,
): Promise<Buffer> {
  const { t } = options;
  const f = documentFormats(options.locale, options.timeZone);
  const none = t("doc-xlsx-none");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Praktika";
  const sheet = workbook.addWorksheet(t("doc-xlsx-sheet").slice(0, 31));
  sheet.columns = DEPARTMENT_STATUS_COLUMNS.map((key) => ({ key, width: WIDTHS[key] }));
  let headerRow = 1;
  if (options.title) {
    sheet.addRow([options.title]).font = { bold: true, size: 13 };
    headerRow = 2;
  }
  const header = sheet.addRow(DEPARTMENT_STATUS_COLUMNS.map((key) => t(`doc-xlsx-col-${key}`)));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8E8E8" } };
  });
  const sorted = [...rows].sort((a, b) => a.group.localeCompare(b.group) || a.studentName.localeCompare(b.studentName));
  for (const r of sorted) {
    sheet.addRow({
      student: r.studentName,
      "student-number": r.studentNumber ?? none,
      group: r.group,
      status: t(`doc-xlsx-status-${r.status}`),
      practice: r.practiceType ? t(`doc-practice-type-${r.practiceType}`) : none,
      period: r.startDate && r.endDate ? `${f.date(r.startDate)} – ${f.date(r.endDate)}` : none,
      organisation: r.organisation ?? none,
      "university-supervisor": r.universitySupervisor ?? none,
      "organisation-supervisor": r.organisationSupervisor ?? none,
      "hours-approved": r.approvedHours ?? none,
      "hours-required": r.requiredHours ?? none,
      progress:
        r.requiredHours !== null && r.approvedHours !== null && r.requiredHours > 0 ? Math.min(1, r.approvedHours / r.requiredHours) : none,
      "entries-pending": r.pendingEntries,
      report: r.report ? t("doc-xlsx-report-uploaded", { date: f.dateTime(r.report.uploadedAt) }) : none,
      characteristic: r.characteristic ? `${f.number(r.characteristic.suggestedScore)} (${r.characteristic.suggestedLetter})` : none,
      grade: r.grade ? `${f.number(r.grade.score)} (${r.grade.letter}, ${f.number(r.grade.points)})` : none,
      "signed-off": t(r.signedOff ? "doc-xlsx-yes" : "doc-xlsx-no"),
    });
  }
  sheet.getColumn("progress").numFmt = "0%";
  sheet.getColumn("hours-approved").numFmt = "0.0";
  sheet.getColumn("hours-required").numFmt = "0";
  sheet.views = [{ state: "frozen", xSplit: 1, ySplit: headerRow }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: DEPARTMENT_STATUS_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
