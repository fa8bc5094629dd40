import { Types } from "mongoose";
import { can } from "../../domain/access/policy.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import { expectedHoursBy, isBehind } from "../../domain/diary/expected-hours.js";
import { placementLinks } from "../diary/diary-placements.js";
import type { PlacementStatus, PracticeType } from "../../domain/practice/placement.js";
import { displayName } from "../../domain/profile/display-name.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type { RosterStudentFilter } from "../../persistence/repositories/board.repository.js";
import type { BoardContext } from "./context.js";
import { boardStatusOf, type BoardStatus } from "./statuses.js";

export interface RosterInput {
  department?: string | undefined;
  q?: string | undefined;
  group?: string | undefined;
  status?: BoardStatus | undefined;
  practiceType?: PracticeType | undefined;
  supervisor?: string | undefined;
  behind: boolean;
  noBase: boolean;
  sort: "name" | "studentCode" | "group";
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
}

export interface BoardRow {
  id: string;
  studentCode: string;
  name: string;
  group: string;
  status: BoardStatus;
  placementId: string | null;
  placementVersion: number | null;
  practiceType: PracticeType | null;
  base: string | null;
  universitySupervisor: string | null;
  organisationSupervisor: string | null;
  linked: boolean;
  hoursApproved: number;
  hoursRequired: number;
  behind: boolean;
}

/** Statuses of a placement that has a base the department approved (QP-06 5.10). */
const WITH_BASE: PlacementStatus[] = ["approved", "active", "finished"];

/** "ӘБЕН" matches "Әбенова", "әбенова" and "ӘБЕНОВА": each letter as a class of its cases, ё as е (no collation needed). */
export function searchPattern(text: string): RegExp | null {
  const key = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!key) return null;
  let source = "";
  for (const ch of key) {
    if (ch === " ") source += "\\s+";
    else if (/[еёЕЁ]/.test(ch)) source += "[еёЕЁ]";
    else {
      const lower = ch.toLocaleLowerCase("kk");
      const upper = ch.toLocaleUpperCase("kk");
      const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
      source += lower === upper ? escape(ch) : `[${escape(lower)}${escape(upper)}]`;
    }
  }
  return new RegExp(source);
}

/** The placement a row shows: of the filtered type, the latest academic year, then the latest start. */
export function rowPlacement(placements: readonly PlacementDocument[], practiceType?: PracticeType): PlacementDocument | null {
  const candidates = placements.filter((p) => !practiceType || p.practiceType === practiceType);
  return (
    candidates.sort((a, b) =>
      a.academicYear !== b.academicYear ? (a.academicYear < b.academicYear ? 1 : -1) : (a.startDate ?? "") < (b.startDate ?? "") ? 1 : -1,
    )[0] ?? null
  );
}

export function createBoardRoster(ctx: BoardContext) {
  const { db } = ctx;

  /** Rows for students already chosen (a page, a selection): their placements, bases, supervisors, outcomes and hours. */
  async function rowsOf(students: readonly StudentDocument[], practiceType?: PracticeType): Promise<BoardRow[]> {
    if (students.length === 0) return [];
    const placements = await db.placements.listByStudents(students.map((s) => s._id));
    const shown = new Map(
      students.map((s) => [
        String(s._id),
        rowPlacement(
          placements.filter((p) => p.studentId.equals(s._id)),
          practiceType,
        ),
      ]),
    );
    const chosen = [...shown.values()].filter((p): p is PlacementDocument => p !== null);
    const placementIds = chosen.map((p) => String(p._id));
    const supervisorIds = [
      ...new Set(
        chosen
          .flatMap((p) => [p.universitySupervisorTelegramId, p.organisationSupervisor?.telegramId])
          .filter((id): id is number => typeof id === "number"),
      ),
    ];
    const organisationIds = chosen.flatMap((p) => (p.organisationId ? [p.organisationId] : []));
    const [hours, outcomes, people, baseOf] = await Promise.all([
      db.board.hoursByPlacement(placementIds),
      db.board.outcomesOf(placementIds),
      db.board.peopleOf(supervisorIds),
      db.board.organisationNames(organisationIds),
    ]);
    const outcomeOf = new Map(outcomes.map((o) => [o.placementId, o] as const));
    const nameOf = new Map(people.map((u) => [u.telegramId, displayName(u)] as const));
    const today = ctx.practice.today();
    const rows: BoardRow[] = [];
    for (const student of students) {
      const placement = shown.get(String(student._id)) ?? null;
      const id = placement ? String(placement._id) : null;
      const outcome = id ? outcomeOf.get(id) : undefined;
      const h = id ? hours.get(id) : undefined;
      const approved = h?.approved ?? 0;
      let behind = false;
      const required = placement?.requiredHours ?? 0;
      if (placement?.startDate && placement.endDate && WITH_BASE.includes(placement.status) && placement.startDate <= today) {
        const { policy, calendar } = await ctx.rulesOf(placement.departmentId);
        behind = isBehind(
          approved + (h?.submitted ?? 0),
          expectedHoursBy(
            { ...placement, startDate: placement.startDate, endDate: placement.endDate },
            today,
            calendar,
            policy.hoursPerDay,
          ),
        );
      }
      const status = boardStatusOf(
        placement ? { status: placement.status } : null,
        outcome ? { graded: !!outcome.grade, signOffs: outcome.signOffs.length } : null,
      );
      const links = placement ? placementLinks(placement) : null;
      rows.push({
        id: String(student._id),
        studentCode: student.studentNumber,
        name: student.fullName,
        group: student.group,
        status,
        placementId: id,
        placementVersion: placement?.version ?? null,
        practiceType: placement?.practiceType ?? null,
        base: placement?.organisationId ? (baseOf.get(String(placement.organisationId)) ?? null) : null,
        universitySupervisor:
          links?.universitySupervisorTelegramId != null ? (nameOf.get(links.universitySupervisorTelegramId) ?? null) : null,
        organisationSupervisor:
          (links?.organisationSupervisorTelegramId != null ? nameOf.get(links.organisationSupervisorTelegramId) : null) ??
          placement?.organisationSupervisor?.fullName ??
          null,
        linked: student.telegramId != null,
        hoursApproved: approved,
        hoursRequired: required,
        behind,
      });
    }
    return rows;
  }

  /** Students behind on hours in the department (a database `$group` of hours, the norm from the calendar). */
  async function behindStudentIds(departmentId: Types.ObjectId): Promise<Types.ObjectId[]> {
    const today = ctx.practice.today();
    const started = await db.board.startedPlacements(departmentId, today);
    const hours = await db.board.hoursByPlacement(started.map((p) => String(p._id)));
    const { policy, calendar } = await ctx.rulesOf(departmentId);
    return started
      .filter((p) => p.startDate && p.endDate)
      .filter((p) => {
        const h = hours.get(String(p._id));
        return isBehind(
          (h?.approved ?? 0) + (h?.submitted ?? 0),
          expectedHoursBy({ ...p, startDate: p.startDate!, endDate: p.endDate! }, today, calendar, policy.hoursPerDay),
        );
      })
      .map((p) => p.studentId);
  }

  const intersect = (a: readonly Types.ObjectId[] | undefined, b: readonly Types.ObjectId[]): Types.ObjectId[] => {
    if (!a) return [...b];
    const keep = new Set(b.map(String));
    return a.filter((id) => keep.has(String(id)));
  };

  /** The roster's filters as a students query: each placement or outcome filter becomes an id set from its own collection. */
  async function studentFilter(departmentId: Types.ObjectId, input: RosterInput): Promise<RosterStudentFilter> {
    const filter: RosterStudentFilter = { departmentId };
    const pattern = input.q ? searchPattern(input.q) : null;
    if (pattern) filter.pattern = pattern;
    if (input.group) filter.group = input.group.replace(/\s+/g, " ").trim().toUpperCase();
    let only: Types.ObjectId[] | undefined;
    const except: Types.ObjectId[] = [];
    const practiceType = input.practiceType;
    if (practiceType) only = intersect(only, await db.board.studentIdsWithPlacement({ departmentId, practiceType }));
    if (input.supervisor !== undefined) {
      const universitySupervisor = input.supervisor === "none" ? null : Number(input.supervisor);
      only = intersect(only, await db.board.studentIdsWithPlacement({ departmentId, practiceType, universitySupervisor }));
    }
    if (input.noBase) except.push(...(await db.board.studentIdsWithPlacement({ departmentId, practiceType, statuses: WITH_BASE })));
    if (input.behind) only = intersect(only, await behindStudentIds(departmentId));
    const status = input.status;
    if (status === "none") except.push(...(await db.board.studentIdsWithPlacement({ departmentId, practiceType })));
    else if (status === "graded") only = intersect(only, await db.board.studentIdsWithOutcome(departmentId, "graded"));
    else if (status === "signed") {
      only = intersect(only, await db.board.studentIdsWithOutcome(departmentId, "signed"));
      except.push(...(await db.board.studentIdsWithOutcome(departmentId, "graded")));
    } else if (status) {
      only = intersect(only, await db.board.studentIdsWithPlacement({ departmentId, practiceType, statuses: [status] }));
      except.push(
        ...(await db.board.studentIdsWithOutcome(departmentId, "signed")),
        ...(await db.board.studentIdsWithOutcome(departmentId, "graded")),
      );
    }
    if (only) filter.onlyIds = only;
    if (except.length > 0) filter.exceptIds = except;
    return filter;
  }

  return {
    rowsOf,
    studentFilter,

    /** `GET /api/roster`: a page of the department's students (QP-06 5.9: the coordinator sees their own department). */
    async roster(
      principal: AccessPrincipal,
      input: RosterInput,
    ): Promise<{ status: "ok"; total: number; page: number; pageSize: number; rows: BoardRow[] } | { status: "forbidden" | "notFound" }> {
      const departmentId = await ctx.departmentFor(principal, input.department);
      if (!departmentId) return { status: input.department ? "notFound" : "forbidden" };
      if (!can(principal, "viewDepartment", { departmentId: String(departmentId) }).allowed) return { status: "forbidden" };
      const filter = await studentFilter(departmentId, input);
      const { total, students } = await db.board.rosterPage(filter, input.sort, input.dir === "asc" ? 1 : -1, {
        skip: (input.page - 1) * input.pageSize,
        limit: input.pageSize,
      });
      const rows = (await rowsOf(students, input.practiceType)).filter(
        (row) => can(principal, "viewPlacement", { departmentId: String(departmentId), studentId: row.id }).allowed,
      );
      return { status: "ok", total, page: input.page, pageSize: input.pageSize, rows };
    },
  };
}
export type BoardRoster = ReturnType<typeof createBoardRoster>;
