import { can } from "../domain/access/policy.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import type { DiaryPlacements } from "./diary/diary-placements.js";
import type { DiaryServices } from "./diary/index.js";
import type { DocumentLanguage } from "./diary/diary-export.service.js";
import type { DepartmentService } from "./department.service.js";
import type { Refusal } from "./practice-context.js";

/** The coordinator's `/export`: the department's diaries and their status as one workbook (QP-06 5.9; KazUTB 7.8). */
export function createDepartmentExportService(deps: {
  departments: Pick<DepartmentService, "resolveFor">;
  diary: Pick<DiaryServices, "exports">;
  diaryPlacements: Pick<DiaryPlacements, "ofDepartment" | "reportContext">;
}) {
  return {
    async exportDepartment(
      principal: AccessPrincipal,
      code: string | undefined,
      language: DocumentLanguage,
      /** Called once the department is known and allowed, before the (slow) workbook is built. */
      beforeBuild: () => Promise<unknown> = () => Promise.resolve(),
    ): Promise<
      { status: "exported"; xlsx: Buffer; department: { code: string; name: string }; count: number } | { status: "needsCode" } | Refusal
    > {
      const department = await deps.departments.resolveFor(principal, "exportDepartment", code);
      if (!department) return code ? { status: "notFound" } : { status: "needsCode" };
      const decision = can(principal, "exportDepartment", { departmentId: department.id });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      await beforeBuild();
      const contexts = [];
      for (const diary of await deps.diaryPlacements.ofDepartment(department.id))
        contexts.push(await deps.diaryPlacements.reportContext(diary));
      const xlsx = await deps.diary.exports.exportDepartmentXlsx(contexts, { ...language, title: department.name });
      return { status: "exported", xlsx, department, count: contexts.length };
    },
  };
}
export type DepartmentExportService = ReturnType<typeof createDepartmentExportService>;
