import { can, type Action, type DenyReason } from "../domain/access/policy.js";
import { departmentsWithRole, type AccessPrincipal, type Role } from "../domain/access/roles.js";
import type { DepartmentDocument } from "../persistence/models/department.model.js";
import type { InvitationService } from "./invitation.service.js";
import type { PracticeServiceDeps, Refusal } from "./practice-context.js";

/** A department as staff commands show it. */
export interface DepartmentSummary {
  id: string;
  code: string;
  name: string;
  policyId: string;
}

/** A fresh one-time link: the code of the `/start` payload and when it stops working. */
export interface IssuedInvitation {
  code: string;
  expiresAt: Date;
}

const summary = (department: DepartmentDocument): DepartmentSummary => ({
  id: String(department._id),
  code: department.code,
  name: department.name,
  policyId: department.policyId,
});

const forbidden = (decision: { reason: DenyReason }): Refusal => ({ status: "forbidden", reason: decision.reason });

/**
 * Department administration (domain.md §1: the admin creates departments and appoints coordinators; a
 * coordinator invites their department's university supervisors). Each method loads what it needs,
 * asks the access policy, then acts.
 */
export function createDepartmentService(deps: PracticeServiceDeps & { invitations: InvitationService }) {
  const { db, invitations } = deps;

  /** The department a staff command is about: by code, else the only one where the principal holds one of `roles`. */
  async function resolve(principal: AccessPrincipal, code: string | undefined, roles: readonly Role[]): Promise<DepartmentDocument | null> {
    if (code) return db.departments.findByCode(code);
    const own = [...new Set(roles.flatMap((role) => departmentsWithRole(principal, role)))];
    return own.length === 1 ? db.departments.findById(own[0]!) : null;
  }

  /**
   * The department a staff command is about: the code given (required for the admin and for staff of
   * several departments), else the only one where the principal may do `action`. Null when neither names one.
   */
  async function resolveFor(principal: AccessPrincipal, action: Action, code: string | undefined): Promise<DepartmentSummary | null> {
    const roles: Role[] = action === "listStudents" ? ["coordinator", "universitySupervisor"] : ["coordinator"];
    const department = await resolve(principal, code?.toUpperCase(), roles);
    return department ? summary(department) : null;
  }

  return {
    resolveFor,

    /**
     * The same from a command's words: a first word that is a department code names it (and is consumed);
     * otherwise the principal's only department, with every word left for the command.
     */
    async resolveFromArgs(
      principal: AccessPrincipal,
      action: Action,
      args: readonly string[],
    ): Promise<{ department: DepartmentSummary; rest: string[] } | null> {
      const first = args[0];
      const byCode = first ? await db.departments.findByCode(first.toUpperCase()) : null;
      if (byCode) return { department: summary(byCode), rest: args.slice(1) };
      const own = await resolveFor(principal, action, undefined);
      return own ? { department: own, rest: [...args] } : null;
    },

    /** `/newdepartment`: a new department under a university policy (domain.md §1: the admin creates departments). */
    async create(
      principal: AccessPrincipal,
      input: { code: string; name: string; policyId: string },
    ): Promise<{ status: "created"; department: DepartmentSummary } | { status: "exists"; code: string } | Refusal> {
      const decision = can(principal, "manageDepartments", { departmentId: "" });
      if (!decision.allowed) return forbidden(decision);
      if (!deps.reference.policies.has(input.policyId)) return { status: "notFound" };
      const created = await db.departments.create(input);
      return created ? { status: "created", department: summary(created) } : { status: "exists", code: input.code.toUpperCase() };
    },

    async rename(
      principal: AccessPrincipal,
      input: { code: string; name: string },
    ): Promise<{ status: "renamed"; department: DepartmentSummary } | Refusal> {
      const existing = await db.departments.findByCode(input.code);
      const decision = can(principal, "manageDepartments", { departmentId: existing ? String(existing._id) : "" });
      if (!decision.allowed) return forbidden(decision);
      if (!existing) return { status: "notFound" };
      const renamed = await db.departments.rename(input.code, input.name);
      return renamed ? { status: "renamed", department: summary(renamed) } : { status: "notFound" };
    },

    /** A department with people in it is kept: removing it would orphan their records. */
    async remove(
      principal: AccessPrincipal,
      code: string,
    ): Promise<
      | { status: "removed"; department: DepartmentSummary }
      | { status: "inUse"; department: DepartmentSummary; students: number; staff: number }
      | Refusal
    > {
      const department = await db.departments.findByCode(code);
      const decision = can(principal, "manageDepartments", { departmentId: department ? String(department._id) : "" });
      if (!decision.allowed) return forbidden(decision);
      if (!department) return { status: "notFound" };
      const [students, staff] = await Promise.all([db.students.countByDepartment(department._id), db.users.countStaffOf(department._id)]);
      if (students + staff > 0) return { status: "inUse", department: summary(department), students, staff };
      await db.departments.remove(department._id);
      return { status: "removed", department: summary(department) };
    },

    /** `/invite_coordinator CODE`: a one-time link to coordinate the department (domain.md §1: the admin appoints coordinators). */
    async inviteCoordinator(
      principal: AccessPrincipal,
      code: string,
    ): Promise<{ status: "invited"; invitation: IssuedInvitation; department: DepartmentSummary } | Refusal> {
      const department = await db.departments.findByCode(code);
      const decision = can(principal, "inviteCoordinator", { departmentId: department ? String(department._id) : "" });
      if (!decision.allowed) return forbidden(decision);
      if (!department) return { status: "notFound" };
      const invitation = await invitations.create({ role: "coordinator", departmentId: department._id, createdBy: principal.telegramId });
      return { status: "invited", invitation, department: summary(department) };
    },

    /**
     * `/invite_supervisor [CODE]`: a one-time link for a university supervisor of the department (domain.md §1;
     * QP-06 5.6–5.8). Without a code, the one department the principal coordinates.
     */
    async inviteUniversitySupervisor(
      principal: AccessPrincipal,
      code: string | undefined,
    ): Promise<{ status: "invited"; invitation: IssuedInvitation; department: DepartmentSummary } | { status: "needsCode" } | Refusal> {
      const department = await resolve(principal, code, ["coordinator"]);
      if (!department) return code ? { status: "notFound" } : { status: "needsCode" };
      const decision = can(principal, "inviteUniversitySupervisor", { departmentId: String(department._id) });
      if (!decision.allowed) return forbidden(decision);
      const invitation = await invitations.create({
        role: "universitySupervisor",
        departmentId: department._id,
        createdBy: principal.telegramId,
      });
      return { status: "invited", invitation, department: summary(department) };
    },

    /** A coordinator's `/invite_orgsupervisor ID`: a link for the student's organisation supervisor (QP-06 5.12). */
    async inviteOrganisationSupervisor(
      principal: AccessPrincipal,
      studentNumber: string,
    ): Promise<{ status: "invited"; invitation: IssuedInvitation; student: { fullName: string; studentNumber: string } } | Refusal> {
      const student = await db.students.findByStudentNumber(studentNumber);
      if (!student) return { status: "notFound" };
      const decision = can(principal, "inviteOrganisationSupervisor", {
        departmentId: String(student.departmentId),
        studentId: String(student._id),
        studentTelegramId: student.telegramId ?? null,
      });
      if (!decision.allowed) return forbidden(decision);
      // Staff's command: a student's own link is made from their placement (/invite_orgsupervisor without an ID).
      if (decision.as === "student") return { status: "forbidden", reason: "noRole" };
      const invitation = await invitations.create({
        role: "organisationSupervisor",
        departmentId: student.departmentId,
        studentId: student._id,
        createdBy: principal.telegramId,
      });
      return { status: "invited", invitation, student: { fullName: student.fullName, studentNumber: student.studentNumber } };
    },

    /** `/departments`: every department for the admin, one's own for a coordinator (domain.md §1). */
    async listVisible(principal: AccessPrincipal): Promise<DepartmentSummary[]> {
      const all = await db.departments.list();
      return all.filter((d) => can(principal, "viewDepartment", { departmentId: String(d._id) }).allowed).map(summary);
    },
  };
}
export type DepartmentService = ReturnType<typeof createDepartmentService>;
