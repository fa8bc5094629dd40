import { Types } from "mongoose";
import { can } from "../domain/access/policy.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import type { PlacementDocument } from "../persistence/models/placement.model.js";
import type { StudentDocument } from "../persistence/models/student.model.js";
import type { UserDocument } from "../persistence/models/user.model.js";
import type { OrganisationDocument } from "../persistence/models/organisation.model.js";
import type { PracticeServiceDeps, Refusal } from "./practice-context.js";

export const WAITING_PAGE_SIZE = 5;

export interface WaitingPlacement {
  placement: PlacementDocument;
  student: StudentDocument | null;
  organisation: OrganisationDocument | null;
}

const asId = (id: string): Types.ObjectId | null => (Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null);

/**
 * The coordinator's department views (issue 8; QP-06 4.3–4.5): placements waiting for approval and the
 * university supervisors who may be assigned. Each method asks the access policy for the department first.
 */
export function createCoordinatorPracticeService(deps: PracticeServiceDeps) {
  const { db } = deps;
  return {
    /** `/bases`: submitted placements of the department, oldest start first, paged. */
    async listWaiting(
      principal: AccessPrincipal,
      departmentId: string,
      page: number,
    ): Promise<{ status: "ok"; rows: WaitingPlacement[]; total: number; page: number; pages: number } | Refusal> {
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
      return { status: "ok", rows, total, page: current, pages };
    },

    /** University supervisors of the department, the people `/assign` offers. */
    async listSupervisors(
      principal: AccessPrincipal,
      departmentId: string,
    ): Promise<{ status: "ok"; supervisors: UserDocument[] } | Refusal> {
      const id = asId(departmentId);
      if (!id) return { status: "notFound" };
      const decision = can(principal, "assignSupervisor", { departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const supervisors = await db.users.listByRole("universitySupervisor", id);
      return { status: "ok", supervisors: supervisors.sort((a, b) => a.telegramId - b.telegramId) };
    },
  };
}
export type CoordinatorPracticeService = ReturnType<typeof createCoordinatorPracticeService>;
