import { departmentStudentStatus } from "../../domain/practice/department-status.js";
import { sumHours } from "../../domain/diary/weeks.js";
import { renderDepartmentStatusXlsx, type DepartmentStatusRow } from "../../documents/department-status.xlsx.js";
import type { DiaryEntryDocument } from "../../persistence/models/diary-entry.model.js";
import type { PracticeOutcomeDocument } from "../../persistence/models/practice-outcome.model.js";
import type { DiaryServiceDeps } from "./context.js";
import type { DiaryReportContext, DocumentLanguage } from "./diary-export.service.js";

/** The department's status of its diaries: one row per placement, and the XLSX of those rows. */
export function createDiaryStatusExport(db: DiaryServiceDeps["db"]) {
  const statusExport = {
    /** One status row per placement (two queries per department involved). */
    async buildStatusRows(contexts: readonly DiaryReportContext[]): Promise<DepartmentStatusRow[]> {
      const departments = [...new Set(contexts.map((c) => c.placement.departmentId))];
      const wanted = new Set(contexts.map((c) => c.placement.id));
      const byPlacement = new Map<string, Pick<DiaryEntryDocument, "date" | "hours" | "status">[]>();
      const outcomeOf = new Map<string, PracticeOutcomeDocument>();
      for (const departmentId of departments) {
        const [facts, outcomes] = await Promise.all([
          db.diaryEntries.listFactsByDepartment(departmentId),
          db.practiceOutcomes.listByDepartment(departmentId),
        ]);
        for (const f of facts) {
          if (!wanted.has(f.placementId)) continue;
          const list = byPlacement.get(f.placementId);
          if (list) list.push(f);
          else byPlacement.set(f.placementId, [f]);
        }
        for (const o of outcomes) if (wanted.has(o.placementId)) outcomeOf.set(o.placementId, o);
      }
      return contexts.map((c) => {
        const entries = byPlacement.get(c.placement.id) ?? [];
        const o = outcomeOf.get(c.placement.id);
        const linked = [c.placement.universitySupervisorTelegramId, c.placement.organisationSupervisorTelegramId].filter(
          (id) => id !== null,
        ).length;
        const signedOff = linked > 0 && (o?.signOffs.length ?? 0) >= linked;
        return {
          // A diary's placement was approved (QP-06 5.10); the export service names submitted or returned ones.
          status: departmentStudentStatus({ status: "approved", hasOrganisation: true, signedOff, graded: Boolean(o?.grade) }),
          universitySupervisor: c.universitySupervisor?.fullName ?? null,
          organisationSupervisor: c.organisationSupervisor?.fullName ?? null,
          studentName: c.student.fullName,
          studentNumber: c.student.studentNumber ?? null,
          group: c.student.group,
          practiceType: c.practiceType,
          startDate: c.placement.startDate,
          endDate: c.placement.endDate,
          organisation: c.organisation?.name ?? null,
          approvedHours: sumHours(entries.filter((e) => e.status === "approved")),
          requiredHours: c.placement.requiredHours,
          pendingEntries: entries.filter((e) => e.status === "submitted").length,
          report: o?.report ? { fileName: o.report.fileName, uploadedAt: o.report.uploadedAt.toISOString() } : null,
          characteristic: o?.characteristic
            ? { suggestedScore: o.characteristic.suggestedScore, suggestedLetter: o.characteristic.suggestedLetter }
            : null,
          grade: o?.grade ? { score: o.grade.score, letter: o.grade.letter, points: o.grade.points } : null,
          signedOff,
        };
      });
    },

    /** The department's status rows as XLSX (rows built by the department export). */
    async renderStatusXlsx(rows: readonly DepartmentStatusRow[], language: DocumentLanguage & { title?: string }): Promise<Buffer> {
      return renderDepartmentStatusXlsx(rows, language);
    },

    /** The status of these diaries as XLSX. */
    async exportDepartmentXlsx(contexts: readonly DiaryReportContext[], language: DocumentLanguage & { title?: string }): Promise<Buffer> {
      return renderDepartmentStatusXlsx(await statusExport.buildStatusRows(contexts), language);
    },
  };
  return statusExport;
}
