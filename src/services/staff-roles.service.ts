import { Types } from "mongoose";
import { z } from "zod";
import { can, type Action } from "../domain/access/policy.js";
import type { AccessPrincipal } from "../domain/access/roles.js";
import { displayName } from "../domain/profile/display-name.js";
import { checkStudentNumber } from "../domain/profile/student-profile.js";
import type { Persistence } from "../persistence/create-persistence.js";
import type { StudentDocument } from "../persistence/models/student.model.js";
import type { UserDocument } from "../persistence/models/user.model.js";
import type { InvitationService } from "./invitation.service.js";
import type { Outbox } from "./outbox/index.js";
import type { Refusal } from "./practice-context.js";
import { ROSTER_INVITATION_TTL_DAYS } from "./roster/types.js";

/** The roles a department's staff hold, which the department (or the admin) may take away. */
export const REVOCABLE_ROLES = ["coordinator", "universitySupervisor", "organisationSupervisor"] as const;
export type RevocableRole = (typeof REVOCABLE_ROLES)[number];

/** Why an account is unlinked from a student ID: said to the account and kept in the record. */
export const UNLINK_REASON = z.string().trim().min(3).max(300);
export const UNLINK_REASON_LIMITS = { min: 3, max: 300 } as const;

export interface StudentRef {
  studentId: string;
  fullName: string;
  studentNumber: string;
  group: string;
}

export type ReissueResult =
  | { status: "issued"; student: StudentRef; link: string; expiresAt: Date }
  /** The ID is held by an account: its link was used; unlink first when that was someone else. */
  | { status: "alreadyLinked"; student: StudentRef }
  | Refusal;

export type UnlinkResult =
  | { status: "unlinked"; student: StudentRef; formerTelegramId: number; link: string; expiresAt: Date }
  | { status: "notLinked"; student: StudentRef }
  | { status: "badReason" }
  | Refusal;

export interface StaffMember {
  telegramId: number;
  name: string;
  role: RevocableRole;
}

export type RevokeResult =
  | { status: "revoked"; person: StaffMember; department: string; released: number }
  | { status: "notHeld" }
  /** A coordinator taking their own role: only the admin removes a coordinator. */
  | { status: "self" }
  | Refusal;

interface Deps {
  db: Persistence;
  now: () => Date;
  invitations: InvitationService;
  outbox: Outbox;
}

const refOf = (s: StudentDocument): StudentRef => ({
  studentId: String(s._id),
  fullName: s.fullName,
  studentNumber: s.studentNumber,
  group: s.group,
});

/** domain.md §1: the admin appoints coordinators, the department its supervisors; each takes back what it gave. */
const revokeAction = (role: RevocableRole): Action => (role === "coordinator" ? "revokeCoordinator" : "revokeSupervisor");

/**
 * The staff tools of a department of hundreds (roles come from one-time links, domain.md §1): a fresh
 * personal link for a student who lost theirs, unlinking an account that claimed a student ID wrongly (recorded,
 * and the account is told), and taking a staff role away (the person is told; every later press of their
 * buttons is refused by `can()`, which reads the roles anew on each update).
 */
export function createStaffRolesService({ db, now, invitations, outbox }: Deps) {
  async function studentByNumber(text: string): Promise<StudentDocument | null> {
    const number = checkStudentNumber(text);
    return number.ok ? db.students.findByStudentNumber(number.value) : null;
  }

  /** A fresh personal link for an unlinked student row; the row's earlier unused links stop working. */
  async function freshLink(student: StudentDocument, createdBy: number, botUsername: string) {
    await invitations.revoke({ studentIds: [student._id], role: "student" });
    const { codes, expiresAt } = await invitations.createMany(
      [{ role: "student", departmentId: student.departmentId, studentId: student._id }],
      createdBy,
      ROSTER_INVITATION_TTL_DAYS,
    );
    return { link: `https://t.me/${botUsername}?start=${codes[0]!}`, expiresAt };
  }

  async function departmentLabel(departmentId: Types.ObjectId): Promise<string> {
    const department = await db.departments.findById(departmentId);
    return department ? `${department.code} — ${department.name}` : "—";
  }

  return {
    /** What a student's card offers the principal: a fresh link (nobody claimed the ID) or unlinking (someone did). */
    async cardActions(
      principal: AccessPrincipal,
      studentNumber: string,
    ): Promise<{ studentId: string; linked: boolean; mayReissue: boolean; mayUnlink: boolean } | null> {
      const student = await studentByNumber(studentNumber);
      if (!student) return null;
      const target = { departmentId: String(student.departmentId) };
      return {
        studentId: String(student._id),
        linked: student.telegramId != null,
        mayReissue: can(principal, "reissueInvitation", target).allowed,
        mayUnlink: can(principal, "unlinkStudentAccount", target).allowed,
      };
    },

    /** How many of the department's students hold no account yet (their link unclaimed, lost or expired). */
    async countUnclaimed(principal: AccessPrincipal, departmentId: string): Promise<{ status: "ok"; count: number } | Refusal> {
      const decision = can(principal, "reissueInvitation", { departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      if (!Types.ObjectId.isValid(departmentId)) return { status: "notFound" };
      return { status: "ok", count: await db.students.countUnlinked(new Types.ObjectId(departmentId)) };
    },

    /** A student row by its id, for a card's button (the id comes from callback data; the caller asks `can()` anew). */
    async studentNumberOf(studentId: string): Promise<string | null> {
      return Types.ObjectId.isValid(studentId) ? ((await db.students.findById(studentId))?.studentNumber ?? null) : null;
    },

    /** `/reissue ID`: a new personal link for one student who has not claimed theirs (lost, or expired). */
    async reissueLink(principal: AccessPrincipal, studentNumber: string, botUsername: string): Promise<ReissueResult> {
      const student = await studentByNumber(studentNumber);
      if (!student) return { status: "notFound" };
      const decision = can(principal, "reissueInvitation", { departmentId: String(student.departmentId) });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      if (student.telegramId != null) return { status: "alreadyLinked", student: refOf(student) };
      return { status: "issued", student: refOf(student), ...(await freshLink(student, principal.telegramId, botUsername)) };
    },

    /**
     * `/unlink ID reason`: the account that holds the student ID loses it (a squatter, or "another person" at
     * roster confirmation). Recorded on the student (who, when, why), the account is told, and a fresh personal
     * link is made for the real student.
     */
    async unlinkAccount(
      principal: AccessPrincipal,
      input: { studentNumber: string; reason: string; botUsername: string },
    ): Promise<UnlinkResult> {
      const student = await studentByNumber(input.studentNumber);
      if (!student) return { status: "notFound" };
      const decision = can(principal, "unlinkStudentAccount", { departmentId: String(student.departmentId) });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const reason = UNLINK_REASON.safeParse(input.reason);
      if (!reason.success) return { status: "badReason" };
      const former = student.telegramId;
      if (former == null) return { status: "notLinked", student: refOf(student) };
      const at = now();
      const before = await db.students.unlinkAccount(student._id, former, { by: principal.telegramId, at, reason: reason.data });
      if (!before) return { status: "notLinked", student: refOf(student) };
      await db.users.dropStudentRole(former, principal.telegramId, at);
      const after = (await db.students.findById(student._id)) ?? student;
      await outbox.enqueue({
        recipient: former,
        kind: "account-unlinked",
        ref: `student:${String(student._id)}`,
        payload: { key: "staff-roles-unlinked-notice", params: { studentNumber: student.studentNumber, reason: reason.data } },
        dedupeKey: `account-unlinked:${String(student._id)}:${former}:${at.getTime()}`,
      });
      const fresh = await freshLink(after, principal.telegramId, input.botUsername);
      return { status: "unlinked", student: refOf(after), formerTelegramId: former, ...fresh };
    },

    /** `/revoke`: the department's staff whose role the principal may take away (the admin: coordinators too). */
    async listRevocable(principal: AccessPrincipal, departmentId: string): Promise<{ status: "ok"; staff: StaffMember[] } | Refusal> {
      if (!Types.ObjectId.isValid(departmentId)) return { status: "notFound" };
      const roles = REVOCABLE_ROLES.filter((role) => can(principal, revokeAction(role), { departmentId }).allowed);
      if (roles.length === 0) {
        const decision = can(principal, "revokeSupervisor", { departmentId });
        return { status: "forbidden", reason: decision.allowed ? "noRole" : decision.reason };
      }
      const id = new Types.ObjectId(departmentId);
      const staff: StaffMember[] = [];
      const add = (user: UserDocument | null, role: RevocableRole): void => {
        if (!user || user.telegramId === principal.telegramId) return;
        if (staff.some((p) => p.telegramId === user.telegramId && p.role === role)) return;
        staff.push({ telegramId: user.telegramId, name: displayName(user) ?? `#${user.telegramId}`, role });
      };
      for (const role of roles) {
        for (const user of await db.users.listByRole(role, id)) add(user, role);
        // An organisation supervisor belongs to the department through the placements they are linked to.
        if (role === "organisationSupervisor") {
          for (const telegramId of await db.placements.organisationSupervisorsOf(id)) {
            const user = await db.users.findByTelegramId(telegramId);
            if (user?.roles.some((grant) => grant.role === role)) add(user, role);
          }
        }
      }
      return { status: "ok", staff };
    },

    /**
     * Takes `role` in the department away from the person: the grant goes (recorded on the user), a supervisor's
     * links to the department's placements are cleared, and the person is told. Pressing again answers `notHeld`.
     */
    async revokeRole(
      principal: AccessPrincipal,
      input: { departmentId: string; telegramId: number; role: RevocableRole },
    ): Promise<RevokeResult> {
      if (!Types.ObjectId.isValid(input.departmentId)) return { status: "notFound" };
      const decision = can(principal, revokeAction(input.role), { departmentId: input.departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      if (input.telegramId === principal.telegramId) return { status: "self" };
      const departmentId = new Types.ObjectId(input.departmentId);
      const department = await db.departments.findById(departmentId);
      if (!department) return { status: "notFound" };
      const at = now();
      const user = await db.users.findByTelegramId(input.telegramId);
      const studentIds =
        input.role === "organisationSupervisor" ? await db.placements.studentsOfOrganisationSupervisor(departmentId, input.telegramId) : [];
      const revoked = { by: principal.telegramId, at, studentIds };
      if (!user || !(await db.users.revokeRole(input.telegramId, input.role, departmentId, revoked))) {
        return { status: "notHeld" };
      }
      const released =
        input.role === "coordinator"
          ? 0
          : await db.placements.releaseSupervisor(departmentId, input.telegramId, input.role, principal.telegramId, at);
      const label = await departmentLabel(departmentId);
      await outbox.enqueue({
        recipient: input.telegramId,
        kind: "role-revoked",
        ref: `department:${input.departmentId}`,
        payload: { key: `staff-roles-revoked-notice-${input.role}`, params: { department: label } },
        dedupeKey: `role-revoked:${input.departmentId}:${input.role}:${input.telegramId}:${at.getTime()}`,
      });
      const person = { telegramId: input.telegramId, name: displayName(user) ?? `#${input.telegramId}`, role: input.role };
      return { status: "revoked", person, department: label, released };
    },
  };
}
export type StaffRolesService = ReturnType<typeof createStaffRolesService>;
