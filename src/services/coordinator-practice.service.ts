import { createHash } from "node:crypto";
import { Types } from "mongoose";
import { can } from "../domain/access/policy.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import type { PlacementDocument } from "../persistence/models/placement.model.js";
import type { StudentDocument } from "../persistence/models/student.model.js";
import type { UserDocument } from "../persistence/models/user.model.js";
import type { OrganisationDocument } from "../persistence/models/organisation.model.js";
import type { PracticeServiceDeps, Refusal } from "./practice-context.js";
import type { DecisionResult } from "./placement/types.js";
import { checkGroup, checkStudentNumber } from "../domain/profile/student-profile.js";
import { searchKey } from "../domain/profile/search-key.js";

/** Search results shown at most (the count says how many matched). */
export const SEARCH_LIMIT = 20;

/** A student `/students <text>` found, with their placements' types and statuses. */
export interface FoundStudent {
  student: { fullName: string; studentNumber: string; group: string };
  placements: { practiceType: PlacementDocument["practiceType"]; status: PlacementDocument["status"] }[];
}

export const WAITING_PAGE_SIZE = 5;

export interface WaitingPlacement {
  placement: PlacementDocument;
  student: StudentDocument | null;
  organisation: OrganisationDocument | null;
}

const asId = (id: string): Types.ObjectId | null => (Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null);

/** How a group's open placements looked when shown: which ones, at which versions (a 6-hex fingerprint). */
export function placementsFingerprint(placements: readonly { _id: Types.ObjectId; version: number }[]): string {
  const text = placements
    .map((p) => `${String(p._id)}:${p.version}`)
    .sort()
    .join(",");
  return createHash("sha1").update(text).digest("hex").slice(0, 6);
}

/** What `/assign` offers for one student: each open placement at the version shown. */
export interface AssignablePlacement {
  placementId: string;
  version: number;
  practiceType: PlacementDocument["practiceType"];
  currentSupervisor: UserDocument | null;
}

export type AssignChoices =
  | {
      status: "student";
      student: { fullName: string; studentNumber: string };
      placements: AssignablePlacement[];
      supervisors: UserDocument[];
    }
  | { status: "group"; group: string; fingerprint: string; count: number; supervisors: UserDocument[] }
  | { status: "noSupervisors" | "noPlacements" | "unknownTarget" }
  | Refusal;

/** A pressed `/assign` choice: one placement at a version, or a group's open placements as fingerprinted. */
export type AssignPress =
  | { kind: "s"; placementId: string; version: number; supervisor: number }
  | { kind: "g"; departmentId: string; fingerprint: string; supervisor: number; group: string };

export type AssignOutcome =
  | { status: "assigned"; assigned: number; supervisor: UserDocument | null }
  | { status: "stale" | "placementGone" | "notSupervisor" }
  | Refusal;

/** The part of the placement service "approve all shown" acts through: one approval per base, each asking `can()` and its version. */
export interface BaseApprover {
  approve(principal: AccessPrincipal, placementId: string, expectedVersion: number): Promise<DecisionResult>;
}

/** One base of an "approve all shown": who, and what became of it. */
export interface ShownBaseOutcome {
  studentName: string;
  studentNumber: string | null;
  result: DecisionResult;
}

export type ApproveShownBasesOutcome =
  | { status: "done"; outcomes: ShownBaseOutcome[] }
  /** The page no longer shows what the coordinator saw (a base sent, changed or decided since): nothing is approved. */
  | { status: "listChanged" | "nothingLeft" }
  | Refusal;

/** The part of the placement service `/assign` acts through (it asks `can()` again and notifies). */
export interface SupervisorAssigner {
  assignUniversitySupervisor(
    principal: AccessPrincipal,
    input: { departmentId: string; supervisorTelegramId: number; placementIds: readonly string[] },
  ): Promise<{ status: "assigned"; assigned: number } | { status: "notSupervisor" } | Refusal>;
}

/**
 * The coordinator's department views (QP-06 4.3–4.5): placements waiting for approval and the
 * university supervisors who may be assigned. Each method asks the access policy for the department first.
 */
export function createCoordinatorPracticeService(deps: PracticeServiceDeps & { placements: SupervisorAssigner & BaseApprover }) {
  const { db } = deps;

  async function supervisorsOf(
    principal: AccessPrincipal,
    departmentId: string,
  ): Promise<{ status: "ok"; supervisors: UserDocument[] } | Refusal> {
    const id = asId(departmentId);
    if (!id) return { status: "notFound" };
    const decision = can(principal, "assignSupervisor", { departmentId });
    if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
    const supervisors = await db.users.listByRole("universitySupervisor", id);
    return { status: "ok", supervisors: supervisors.sort((a, b) => a.telegramId - b.telegramId) };
  }

  /** A group's placements not yet finished, the set a group assignment acts on. */
  async function groupPlacements(departmentId: string, group: string): Promise<PlacementDocument[]> {
    const department = new Types.ObjectId(departmentId);
    const studentIds = await db.students.idsByGroup(department, group);
    if (studentIds.length === 0) return [];
    const placements = await db.placements.list({ departmentId: department, studentIds }, { skip: 0, limit: 5000 });
    return placements.filter((p) => p.status !== "finished");
  }

  /** `/bases`: submitted placements of the department, oldest start first, paged; the fingerprint of the page's bases and versions. */
  async function listWaiting(
    principal: AccessPrincipal,
    departmentId: string,
    page: number,
  ): Promise<{ status: "ok"; rows: WaitingPlacement[]; total: number; page: number; pages: number; fingerprint: string } | Refusal> {
    const id = asId(departmentId);
    if (!id) return { status: "notFound" };
    const decision = can(principal, "approvePlacement", { departmentId });
    if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
    const filter = { departmentId: id, status: "submitted" as const };
    const total = await db.placements.count(filter);
    const pages = Math.max(1, Math.ceil(total / WAITING_PAGE_SIZE));
    const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
    const placements = await db.placements.list(filter, { skip: current * WAITING_PAGE_SIZE, limit: WAITING_PAGE_SIZE });
    const students = await db.students.findByIds(placements.map((p) => p.studentId));
    const organisations = await db.organisations.findByIds(placements.flatMap((p) => (p.organisationId ? [p.organisationId] : [])));
    const rows = placements.map((placement) => ({
      placement,
      student: students.find((s) => s._id.equals(placement.studentId)) ?? null,
      organisation: organisations.find((o) => placement.organisationId != null && o._id.equals(placement.organisationId)) ?? null,
    }));
    return { status: "ok", rows, total, page: current, pages, fingerprint: placementsFingerprint(placements) };
  }

  return {
    listWaiting,

    /**
     * "Approve all shown" on a `/bases` page (QP-06 4.3–4.5): only when the page still holds exactly the bases and
     * versions shown (their fingerprint), and then each one through the single approval, which asks `can()` for that
     * placement and updates only the version shown; the outcome of every row is returned.
     */
    async approveShownBases(
      principal: AccessPrincipal,
      departmentId: string,
      page: number,
      shownFingerprint: string,
    ): Promise<ApproveShownBasesOutcome> {
      const listed = await listWaiting(principal, departmentId, page);
      if (listed.status !== "ok") return listed;
      if (listed.total === 0) return { status: "nothingLeft" };
      if (listed.page !== page || listed.fingerprint !== shownFingerprint) return { status: "listChanged" };
      const outcomes: ShownBaseOutcome[] = [];
      for (const row of listed.rows) {
        const result = await deps.placements.approve(principal, String(row.placement._id), row.placement.version);
        outcomes.push({ studentName: row.student?.fullName ?? "—", studentNumber: row.student?.studentNumber ?? null, result });
      }
      return { status: "done", outcomes };
    },

    /**
     * `/students <text>`: a student ID finds that student, a group of the department is a group filter,
     * anything else is part of a name (any case, «ё» as «е»). A university supervisor finds only the
     * students assigned to them (domain.md §1). One read of the department's students, matched in code.
     */
    async findStudents(
      principal: AccessPrincipal,
      departmentId: string,
      query: string,
    ): Promise<{ status: "group"; group: string } | { status: "found"; rows: FoundStudent[]; total: number } | Refusal> {
      const id = asId(departmentId);
      if (!id) return { status: "notFound" };
      const decision = can(principal, "listStudents", { departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const students = await db.students.listByDepartmentAll(id);
      const number = checkStudentNumber(query);
      const byNumber = number.ok ? students.filter((s) => s.studentNumber === number.value) : [];
      const group = checkGroup(query);
      if (byNumber.length === 0 && group.ok && students.some((s) => s.group === group.value))
        return { status: "group", group: group.value };
      const key = searchKey(query);
      let matches = byNumber.length > 0 ? byNumber : students.filter((s) => key.length > 0 && searchKey(s.fullName).includes(key));
      const placements = matches.length > 0 ? await db.placements.listByStudents(matches.map((s) => s._id)) : [];
      if (decision.as === "universitySupervisor") {
        const mine = new Set(
          placements.filter((p) => p.universitySupervisorTelegramId === principal.telegramId).map((p) => String(p.studentId)),
        );
        matches = matches.filter((s) => mine.has(String(s._id)));
      }
      matches.sort((a, b) => a.fullName.localeCompare(b.fullName, "kk"));
      const rows = matches.slice(0, SEARCH_LIMIT).map((s) => ({
        student: { fullName: s.fullName, studentNumber: s.studentNumber, group: s.group },
        placements: placements.filter((p) => p.studentId.equals(s._id)).map((p) => ({ practiceType: p.practiceType, status: p.status })),
      }));
      return { status: "found", rows, total: matches.length };
    },

    /** University supervisors of the department, the people `/assign` offers. */
    listSupervisors: supervisorsOf,

    /**
     * `/assign <student ID | group>`: what may be assigned (QP-06 5.6; 5.10), as buttons carry it: each open
     * placement of the student at its version, or the group's open placements by their fingerprint.
     */
    async assignChoices(
      principal: AccessPrincipal,
      departmentId: string,
      target: { studentNumber?: string | undefined; group?: string | undefined },
    ): Promise<AssignChoices> {
      const listed = await supervisorsOf(principal, departmentId);
      if (listed.status !== "ok") return listed;
      const { supervisors } = listed;
      if (supervisors.length === 0) return { status: "noSupervisors" };
      const student = target.studentNumber ? await db.students.findByStudentNumber(target.studentNumber) : null;
      if (student && String(student.departmentId) === departmentId) {
        const open = (await db.placements.listByStudent(student._id)).filter((p) => p.status !== "finished");
        if (open.length === 0) return { status: "noPlacements" };
        return {
          status: "student",
          student: { fullName: student.fullName, studentNumber: student.studentNumber },
          supervisors,
          placements: open.map((p) => ({
            placementId: String(p._id),
            version: p.version,
            practiceType: p.practiceType,
            currentSupervisor: supervisors.find((s) => s.telegramId === p.universitySupervisorTelegramId) ?? null,
          })),
        };
      }
      if (!target.group) return { status: "unknownTarget" };
      const open = await groupPlacements(departmentId, target.group);
      if (open.length === 0) return { status: "unknownTarget" };
      return { status: "group", group: target.group, fingerprint: placementsFingerprint(open), count: open.length, supervisors };
    },

    /** A pressed `/assign` choice: refused when anything changed since it was shown (a reassignment, a new placement). */
    async assign(principal: AccessPrincipal, press: AssignPress): Promise<AssignOutcome> {
      let departmentId: string;
      let placementIds: string[];
      if (press.kind === "s") {
        const placement = await db.placements.findById(new Types.ObjectId(press.placementId));
        if (!placement) return { status: "placementGone" };
        departmentId = String(placement.departmentId);
        const allowed = can(principal, "assignSupervisor", { departmentId });
        if (!allowed.allowed) return { status: "forbidden", reason: allowed.reason };
        if (placement.version !== press.version) return { status: "stale" };
        placementIds = [press.placementId];
      } else {
        departmentId = press.departmentId;
        if (!asId(departmentId)) return { status: "notFound" };
        const allowed = can(principal, "assignSupervisor", { departmentId });
        if (!allowed.allowed) return { status: "forbidden", reason: allowed.reason };
        const open = await groupPlacements(departmentId, press.group);
        if (placementsFingerprint(open) !== press.fingerprint) return { status: "stale" };
        placementIds = open.map((p) => String(p._id));
      }
      const result = await deps.placements.assignUniversitySupervisor(principal, {
        departmentId,
        supervisorTelegramId: press.supervisor,
        placementIds,
      });
      if (result.status !== "assigned") return result;
      return { status: "assigned", assigned: result.assigned, supervisor: await db.users.findByTelegramId(press.supervisor) };
    },
  };
}
export type CoordinatorPracticeService = ReturnType<typeof createCoordinatorPracticeService>;
