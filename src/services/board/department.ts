import { Types } from "mongoose";
import { can } from "../../domain/access/policy.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import { displayName } from "../../domain/profile/display-name.js";
import type { DepartmentStatusRow } from "../../documents/department-status.xlsx.js";
import type { Translate } from "../../documents/translate.js";
import type { DepartmentExportService } from "../department-export.service.js";
import type { DiaryServices } from "../diary/index.js";
import type { PlacementService } from "../placement.service.js";
import type { RosterService } from "../roster/roster.service.js";
import type { BulkRow } from "./bulk.js";
import type { BoardContext } from "./context.js";
import type { BoardRoster } from "./roster.js";
import { BOARD_STATUSES, type BoardStatus } from "./statuses.js";
import { invitationSheetLabels } from "../roster/invitation-sheet.js";

export interface BoardDepartmentDeps {
  placements: Pick<PlacementService, "assignUniversitySupervisor">;
  departmentExport: Pick<DepartmentExportService, "statusRows">;
  diary: Pick<DiaryServices, "exports">;
  roster: Pick<RosterService, "reissueInvitations">;
  translate: (locale: string) => Translate;
}

type Refused = { status: "forbidden" | "notFound" };

/**
 * The coordinator's department on the board: its supervisors, its counts, assigning supervisors and the XLSX of a
 * selection. Each asks `can()` for the department (and, for bulk rows, for each row's own department).
 */
export function createBoardDepartment(ctx: BoardContext, roster: BoardRoster, deps: BoardDepartmentDeps) {
  const { db } = ctx;

  /** The department named (or the only one coordinated), if `action` is allowed on it. */
  async function allowed(
    principal: AccessPrincipal,
    named: string | undefined,
    action: "viewDepartment" | "assignSupervisor" | "exportDepartment" | "reissueInvitation",
  ): Promise<{ status: "ok"; departmentId: Types.ObjectId } | Refused> {
    const departmentId = await ctx.departmentFor(principal, named);
    if (!departmentId) return { status: named ? "notFound" : "forbidden" };
    if (!can(principal, action, { departmentId: String(departmentId) }).allowed) return { status: "forbidden" };
    return { status: "ok", departmentId };
  }

  return {
    /** `GET /api/supervisors`: the department's university supervisors a coordinator may assign (QP-06 5.6). */
    async supervisors(
      principal: AccessPrincipal,
      department: string | undefined,
    ): Promise<{ status: "ok"; supervisors: { telegramId: number; name: string }[] } | Refused> {
      const scope = await allowed(principal, department, "assignSupervisor");
      if (scope.status !== "ok") return scope;
      const users = await db.users.listByRole("universitySupervisor", scope.departmentId);
      const supervisors = users
        .map((u) => ({ telegramId: u.telegramId, name: displayName(u) ?? String(u.telegramId) }))
        .sort((a, b) => a.name.localeCompare(b.name, "kk"));
      return { status: "ok", supervisors };
    },

    /** `GET /api/counts`: students by board status per group (QP-06 5.9: the coordinator's own department). */
    async counts(
      principal: AccessPrincipal,
      department: string | undefined,
    ): Promise<{ status: "ok"; groups: { group: string; total: number; counts: Record<BoardStatus, number> }[] } | Refused> {
      const scope = await allowed(principal, department, "viewDepartment");
      if (scope.status !== "ok") return scope;
      const students = await db.students.listByDepartmentAll(scope.departmentId);
      const rows = await roster.rowsOf(students);
      const byGroup = new Map<string, Map<BoardStatus, number>>();
      for (const row of rows) {
        const counts = byGroup.get(row.group) ?? new Map<BoardStatus, number>();
        counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
        byGroup.set(row.group, counts);
      }
      const groups = [...byGroup.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([group, counts]) => {
          // Every status, 0 included: the board's columns do not shift from group to group.
          const ordered = Object.fromEntries(BOARD_STATUSES.map((status) => [status, counts.get(status) ?? 0])) as Record<
            BoardStatus,
            number
          >;
          return { group, total: [...counts.values()].reduce((a, b) => a + b, 0), counts: ordered };
        });
      return { status: "ok", groups };
    },

    /**
     * `POST /api/bulk/assign-supervisor`: one placement at a time through the chat's `/assign` use case, which asks
     * `can(assignSupervisor)` for the placement's department and checks the supervisor belongs to it (QP-06 5.6).
     */
    async assignSupervisor(
      principal: AccessPrincipal,
      input: { placementIds: readonly string[]; supervisorTelegramId: number },
    ): Promise<BulkRow[]> {
      const rows: BulkRow[] = [];
      for (const placementId of input.placementIds) {
        const placement = await db.placements.findById(placementId);
        if (!placement) {
          rows.push({ id: placementId, ok: false, error: "notFound" });
          continue;
        }
        const result = await deps.placements.assignUniversitySupervisor(principal, {
          departmentId: String(placement.departmentId),
          supervisorTelegramId: input.supervisorTelegramId,
          placementIds: [placementId],
        });
        switch (result.status) {
          case "assigned":
            // A finished practice keeps its supervisor: nothing was matched.
            rows.push(result.matched > 0 ? { id: placementId, ok: true } : { id: placementId, ok: false, error: "invalid" });
            break;
          case "notSupervisor":
          case "forbidden":
          case "notFound":
            rows.push({ id: placementId, ok: false, error: result.status });
            break;
        }
      }
      return rows;
    },

    /**
     * `POST /api/bulk/reissue-links`: new personal links for the chosen students who have not claimed theirs, through
     * the chat's `/reissue` use case (it asks `can(reissueInvitation)` again and revokes the old links). Each row says
     * why a student got none: another department, unknown, or already linked.
     */
    async reissueLinks(
      principal: AccessPrincipal,
      input: { department?: string | undefined; studentIds: readonly string[]; locale: string; botUsername: string },
    ): Promise<{ status: "ok"; results: BulkRow[]; count: number; expiresAt: Date | null; sheet: Buffer | null } | Refused> {
      const scope = await allowed(principal, input.department, "reissueInvitation");
      if (scope.status !== "ok") return scope;
      const { departmentId } = scope;
      const found = new Map(
        (await db.students.findByIds(input.studentIds.map((id) => new Types.ObjectId(id)))).map((s) => [String(s._id), s] as const),
      );
      const results: BulkRow[] = [];
      const issue: string[] = [];
      for (const id of input.studentIds) {
        const student = found.get(id);
        if (!student) results.push({ id, ok: false, error: "notFound" });
        else if (
          !student.departmentId.equals(departmentId) ||
          !can(principal, "reissueInvitation", { departmentId: String(student.departmentId) }).allowed
        )
          results.push({ id, ok: false, error: "forbidden" });
        else if (student.telegramId != null) results.push({ id, ok: false, error: "alreadyLinked" });
        else {
          results.push({ id, ok: true });
          issue.push(id);
        }
      }
      if (issue.length === 0) return { status: "ok", results, count: 0, expiresAt: null, sheet: null };
      const t = deps.translate(input.locale);
      const issued = await deps.roster.reissueInvitations(principal, {
        departmentId: String(departmentId),
        botUsername: input.botUsername,
        studentIds: issue,
        sheetLabels: invitationSheetLabels(t),
      });
      if (issued.status !== "issued") return { status: issued.status };
      return { status: "ok", results, count: issued.count, expiresAt: issued.expiresAt, sheet: issued.sheet };
    },

    /**
     * `POST /api/bulk/export`: the selected students' rows of the department's status workbook (QP-06 5.9), the same
     * rows and renderer as the chat's `/export`. Students of other departments are left out.
     */
    async exportSelection(
      principal: AccessPrincipal,
      input: { department?: string | undefined; studentIds: readonly string[]; locale: string },
    ): Promise<{ status: "ok"; xlsx: Buffer; fileName: string; count: number } | Refused> {
      const scope = await allowed(principal, input.department, "exportDepartment");
      if (scope.status !== "ok") return scope;
      const department = await db.departments.findById(scope.departmentId);
      const chosen = await db.students.findByIds(input.studentIds.map((id) => new Types.ObjectId(id)));
      const keyOf = (r: { studentNumber: string | null; studentName: string; group: string }) =>
        `${r.studentNumber ?? ""}|${r.studentName}|${r.group}`;
      const wanted = new Set(
        chosen
          .filter((s) => s.departmentId.equals(scope.departmentId))
          .filter((s) => can(principal, "viewPlacement", { departmentId: String(scope.departmentId), studentId: String(s._id) }).allowed)
          .map((s) => keyOf({ studentNumber: s.studentNumber ?? null, studentName: s.fullName, group: s.group })),
      );
      const rows: DepartmentStatusRow[] = (await deps.departmentExport.statusRows(String(scope.departmentId))).filter((r) =>
        wanted.has(keyOf(r)),
      );
      const xlsx = await deps.diary.exports.renderStatusXlsx(rows, {
        t: deps.translate(input.locale),
        locale: input.locale,
        title: department?.name ?? "",
      });
      return { status: "ok", xlsx, fileName: `${department?.code ?? "department"}-selection.xlsx`, count: rows.length };
    },
  };
}
export type BoardDepartment = ReturnType<typeof createBoardDepartment>;
