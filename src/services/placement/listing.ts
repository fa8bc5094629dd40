import type { Types } from "mongoose";
import { can } from "../../domain/access/policy.js";
import type { AccessPrincipal, Role } from "../../domain/access/roles.js";
import type { OrganisationDocument } from "../../persistence/models/organisation.model.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import type { Refusal } from "../practice-context.js";
import { asId, authorizePlacement, placementTarget } from "./access.js";
import {
  MAX_PAGE_SIZE,
  STUDENT_PAGE_SIZE,
  type PlacementDeps,
  type PlacementDetails,
  type StudentListQuery,
  type StudentListResult,
} from "./types.js";

/** Reading placements: one, the student's own, the supervised ones, and the department's students (`/students`). */
export function createPlacementListing(deps: PlacementDeps) {
  const { db } = deps;

  return {
    /** One placement with its student and organisation, if the principal may see it. */
    async getPlacement(
      principal: AccessPrincipal,
      placementId: string,
    ): Promise<({ status: "ok"; as: Role } & PlacementDetails) | Refusal> {
      const auth = await authorizePlacement(db, principal, "viewPlacement", placementId);
      if (!auth.ok) return auth.refusal;
      const organisation = auth.placement.organisationId ? await db.organisations.findById(auth.placement.organisationId) : null;
      return { status: "ok", as: auth.as, placement: auth.placement, student: auth.student, organisation };
    },

    /** The acting student's own placements (`/myplacement`); notFound when they have no student record. */
    async listMyPlacements(principal: AccessPrincipal): Promise<
      | {
          status: "ok";
          student: StudentDocument;
          placements: { placement: PlacementDocument; organisation: OrganisationDocument | null }[];
        }
      | Refusal
    > {
      const student = await db.students.findByTelegramId(principal.telegramId);
      if (!student) return { status: "notFound" };
      const placements = (await db.placements.listByStudent(student._id)).filter(
        (p) => can(principal, "viewPlacement", placementTarget(p, student)).allowed,
      );
      const organisations = await db.organisations.findByIds(placements.flatMap((p) => (p.organisationId ? [p.organisationId] : [])));
      const byId = new Map(organisations.map((o) => [String(o._id), o]));
      return {
        status: "ok",
        student,
        placements: placements.map((placement) => ({ placement, organisation: byId.get(String(placement.organisationId)) ?? null })),
      };
    },

    /** Placements the principal supervises (from the university or the organisation). */
    async listSupervisedPlacements(principal: AccessPrincipal): Promise<PlacementDetails[]> {
      const page = { skip: 0, limit: 500 };
      const [asUniversity, asOrganisation] = await Promise.all([
        db.placements.list({ universitySupervisorTelegramId: principal.telegramId }, page),
        db.placements.list({ organisationSupervisorTelegramId: principal.telegramId }, page),
      ]);
      const unique = new Map([...asUniversity, ...asOrganisation].map((p) => [String(p._id), p]));
      const placements = [...unique.values()];
      const students = new Map((await db.students.findByIds(placements.map((p) => p.studentId))).map((s) => [String(s._id), s]));
      const organisations = new Map(
        (await db.organisations.findByIds(placements.flatMap((p) => (p.organisationId ? [p.organisationId] : [])))).map((o) => [
          String(o._id),
          o,
        ]),
      );
      const out: PlacementDetails[] = [];
      for (const placement of placements) {
        const student = students.get(String(placement.studentId));
        if (!student || !can(principal, "viewPlacement", placementTarget(placement, student)).allowed) continue;
        out.push({ placement, student, organisation: organisations.get(String(placement.organisationId)) ?? null });
      }
      return out;
    },

    /**
     * `/students`: the department's students with their placements, filtered and paged. A university
     * supervisor sees only the students assigned to them.
     */
    async listStudents(principal: AccessPrincipal, query: StudentListQuery): Promise<StudentListResult> {
      const departmentId = asId(query.departmentId);
      if (!departmentId) return { status: "notFound" };
      const decision = can(principal, "listStudents", { departmentId: query.departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const pageSize = Math.min(Math.max(1, query.pageSize ?? STUDENT_PAGE_SIZE), MAX_PAGE_SIZE);
      const requestedPage = Math.max(0, Math.floor(query.page ?? 0));
      const group = query.group?.replace(/\s+/g, " ").trim().toUpperCase() || undefined;
      const supervised = decision.as === "universitySupervisor" ? principal.telegramId : undefined;
      const placementFilter = {
        departmentId,
        status: query.status,
        practiceType: query.practiceType,
        academicYear: query.academicYear,
        universitySupervisorTelegramId: supervised,
      };

      const byPlacement =
        supervised !== undefined || query.status !== undefined || query.practiceType !== undefined || query.academicYear !== undefined;
      let studentIds: Types.ObjectId[] | undefined;
      if (byPlacement) {
        const groupIds = group ? await db.students.idsByGroup(departmentId, group) : undefined;
        studentIds = await db.placements.studentIds({ ...placementFilter, studentIds: groupIds });
      }
      const filter = { group, ids: studentIds };
      // A page past the end (a forged or stale button) shows the last page, never an empty page "1000 of 1".
      const total = await db.students.countByDepartment(departmentId, filter);
      const pages = Math.max(1, Math.ceil(total / pageSize));
      const page = Math.min(requestedPage, pages - 1);
      const students = await db.students.listByDepartment(departmentId, filter, { skip: page * pageSize, limit: pageSize });
      const placements = await db.placements.listByStudents(students.map((s) => s._id));
      const rows = students.map((student) => ({
        student,
        placements: placements.filter(
          (p) =>
            p.studentId.equals(student._id) &&
            (query.status === undefined || p.status === query.status) &&
            (query.practiceType === undefined || p.practiceType === query.practiceType) &&
            (query.academicYear === undefined || p.academicYear === query.academicYear) &&
            can(principal, "viewPlacement", placementTarget(p, student)).allowed,
        ),
      }));
      return { status: "ok", rows, total, page, pages, as: decision.as };
    },
  };
}
