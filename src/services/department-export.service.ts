import { Types } from "mongoose";
import { can } from "../domain/access/policy.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import { departmentStudentStatus } from "../domain/practice/department-status.js";
import { displayName } from "../domain/profile/display-name.js";
import { isIsoDate } from "../domain/rules/dates.js";
import type { DepartmentStatusRow } from "../documents/department-status.xlsx.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { PlacementDocument } from "../persistence/models/placement.model.js";
import type { StudentDocument } from "../persistence/models/student.model.js";
import type { DiaryPlacements } from "./diary/diary-placements.js";
import type { DiaryServices } from "./diary/index.js";
import type { DiaryReportContext, DocumentLanguage } from "./diary/diary-export.service.js";
import type { DepartmentService } from "./department.service.js";
import type { Refusal } from "./practice-context.js";

/** Every placement of a department, whatever its status: no department has this many. */
const ALL_PLACEMENTS = { skip: 0, limit: 100_000 };

/**
 * The coordinator's `/export`: every student of the department (QP-06 5.9; KazUTB 7.8) — with or without a
 * placement — one row per practice, with its status from "no base" to "graded", base, supervisors and, where
 * a diary is kept, hours, report, characteristic and grade.
 */
export function createDepartmentExportService(deps: {
  db: Pick<Persistence, "students" | "placements" | "organisations" | "users">;
  departments: Pick<DepartmentService, "resolveFor">;
  diary: Pick<DiaryServices, "exports">;
  diaryPlacements: Pick<DiaryPlacements, "ofPlacements" | "reportContext">;
}) {
  const { db } = deps;

  /** Names of the university supervisors linked to these placements (one read per supervisor, few per department). */
  async function supervisorNames(placements: readonly PlacementDocument[]): Promise<Map<number, string>> {
    const ids = [...new Set(placements.map((p) => p.universitySupervisorTelegramId).filter((id): id is number => typeof id === "number"))];
    const users = await Promise.all(ids.map((id) => db.users.findByTelegramId(id)));
    const names = new Map<number, string>();
    users.forEach((user, i) => {
      const name = displayName(user);
      if (name) names.set(ids[i]!, name);
    });
    return names;
  }

  /** The row of a placement without a diary (a draft, or a base not approved yet without dates), or of a student without one. */
  function plainRow(
    student: StudentDocument,
    placement: PlacementDocument | null,
    organisations: ReadonlyMap<string, string>,
    supervisors: ReadonlyMap<number, string>,
  ): DepartmentStatusRow {
    const organisation = placement?.organisationId ? (organisations.get(String(placement.organisationId)) ?? null) : null;
    const university = placement?.universitySupervisorTelegramId;
    return {
      studentName: student.fullName,
      studentNumber: student.studentNumber ?? null,
      group: student.group,
      status: departmentStudentStatus(
        placement
          ? { status: placement.status, hasOrganisation: Boolean(placement.organisationId), signedOff: false, graded: false }
          : null,
      ),
      practiceType: placement?.practiceType ?? null,
      startDate: placement?.startDate && isIsoDate(placement.startDate) ? placement.startDate : null,
      endDate: placement?.endDate && isIsoDate(placement.endDate) ? placement.endDate : null,
      organisation,
      universitySupervisor: typeof university === "number" ? (supervisors.get(university) ?? null) : null,
      organisationSupervisor: placement?.organisationSupervisor?.fullName?.trim() || null,
      approvedHours: null,
      requiredHours: placement?.requiredHours ?? null,
      pendingEntries: 0,
      report: null,
      characteristic: null,
      grade: null,
      signedOff: false,
    };
  }

  /** The rows of the department's status workbook: every student, every practice (plain data, for the XLSX and the board). */
  async function statusRows(departmentId: string): Promise<DepartmentStatusRow[]> {
    const id = new Types.ObjectId(departmentId);
    const [students, placements] = await Promise.all([
      db.students.listByDepartmentAll(id),
      db.placements.list({ departmentId: id }, ALL_PLACEMENTS),
    ]);
    const diaries = await deps.diaryPlacements.ofPlacements(
      placements.filter((p) => p.status !== "draft"),
      students,
    );
    const contexts: DiaryReportContext[] = [];
    for (const diary of diaries) contexts.push(await deps.diaryPlacements.reportContext(diary));
    const diaryRows = new Map<string, DepartmentStatusRow>();
    (await deps.diary.exports.buildStatusRows(contexts)).forEach((row, i) => diaryRows.set(contexts[i]!.placement.id, row));

    const organisationIds = [...new Set(placements.flatMap((p) => (p.organisationId ? [String(p.organisationId)] : [])))];
    const [organisations, supervisors] = await Promise.all([
      db.organisations.findByIds(organisationIds).then((list) => new Map(list.map((o) => [String(o._id), o.fullName]))),
      supervisorNames(placements),
    ]);
    const byStudent = new Map<string, PlacementDocument[]>();
    for (const p of placements) byStudent.set(String(p.studentId), [...(byStudent.get(String(p.studentId)) ?? []), p]);

    const rows: DepartmentStatusRow[] = [];
    for (const student of students) {
      const own = (byStudent.get(String(student._id)) ?? []).sort((a, b) => (a.academicYear < b.academicYear ? -1 : 1));
      if (own.length === 0) rows.push(plainRow(student, null, organisations, supervisors));
      for (const placement of own) {
        const diaryRow = diaryRows.get(String(placement._id));
        if (!diaryRow) {
          rows.push(plainRow(student, placement, organisations, supervisors));
          continue;
        }
        // A submitted or returned base with dates has a diary context, but it is not approved yet (QP-06 5.10).
        const status =
          placement.status === "submitted" || placement.status === "returned"
            ? departmentStudentStatus({ status: placement.status, hasOrganisation: true, signedOff: false, graded: false })
            : diaryRow.status;
        rows.push({ ...diaryRow, status });
      }
    }
    return rows;
  }

  return {
    statusRows,

    async exportDepartment(
      principal: AccessPrincipal,
      code: string | undefined,
      language: DocumentLanguage,
      /** Called once the department is known and allowed, before the (slow) workbook is built. */
      beforeBuild: () => Promise<unknown> = () => Promise.resolve(),
    ): Promise<
      | { status: "exported"; xlsx: Buffer; department: { code: string; name: string }; count: number; students: number }
      | { status: "needsCode" }
      | Refusal
    > {
      const department = await deps.departments.resolveFor(principal, "exportDepartment", code);
      if (!department) return code ? { status: "notFound" } : { status: "needsCode" };
      const decision = can(principal, "exportDepartment", { departmentId: department.id });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      await beforeBuild();
      const rows = await statusRows(department.id);
      const xlsx = await deps.diary.exports.renderStatusXlsx(rows, { ...language, title: department.name });
      const students = new Set(rows.map((r) => `${r.studentNumber ?? ""}|${r.studentName}|${r.group}`)).size;
      return { status: "exported", xlsx, department, count: rows.length, students };
    },
  };
}
export type DepartmentExportService = ReturnType<typeof createDepartmentExportService>;
