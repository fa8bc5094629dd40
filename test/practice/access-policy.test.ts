import { describe, expect, it } from "vitest";
import { ACTIONS, can, DEPARTMENT_ACTIONS, type AccessTarget, type Action } from "../../src/domain/access/policy.js";
import { toAccessPrincipal, type AccessPrincipal } from "../../src/domain/access/roles.js";

const D1 = "64b000000000000000000d01";
const D2 = "64b000000000000000000d02";
const ADMIN = 5001;

type Who = "student" | "universitySupervisor" | "organisationSupervisor" | "coordinator" | "admin" | "stranger";
type Relation = "own" | "otherStudent" | "otherDepartment";

const principals: Record<Who, AccessPrincipal> = {
  // A student has no grant: the student record's Telegram id is the link.
  student: toAccessPrincipal({ telegramId: 1001, roles: [] }, [ADMIN]),
  universitySupervisor: toAccessPrincipal({ telegramId: 2001, roles: [{ role: "universitySupervisor", departmentId: D1 }] }, [ADMIN]),
  organisationSupervisor: toAccessPrincipal(
    { telegramId: 3001, roles: [{ role: "organisationSupervisor", departmentId: D1, studentId: "s1" }] },
    [ADMIN],
  ),
  coordinator: toAccessPrincipal({ telegramId: 4001, roles: [{ role: "coordinator", departmentId: D1 }] }, [ADMIN]),
  admin: toAccessPrincipal({ telegramId: ADMIN, roles: [] }, [ADMIN]),
  stranger: toAccessPrincipal({ telegramId: 6001, roles: [] }, [ADMIN]),
};

/** `own` is the record every principal is linked to: the student's own, assigned to the supervisors, in the coordinator's department. */
const targets: Record<Relation, AccessTarget> = {
  own: {
    departmentId: D1,
    studentId: "s1",
    studentTelegramId: 1001,
    universitySupervisorTelegramId: 2001,
    organisationSupervisorTelegramId: 3001,
  },
  otherStudent: {
    departmentId: D1,
    studentId: "s2",
    studentTelegramId: 1002,
    universitySupervisorTelegramId: 2002,
    organisationSupervisorTelegramId: 3002,
  },
  otherDepartment: {
    departmentId: D2,
    studentId: "s3",
    studentTelegramId: 1003,
    universitySupervisorTelegramId: 2003,
    organisationSupervisorTelegramId: 3003,
  },
};

/** domain.md §1, written out independently of the policy's own table: who may act on their own record. */
const MAY_ON_OWN: Record<Action, readonly Who[]> = {
  viewPlacement: ["student", "universitySupervisor", "organisationSupervisor", "coordinator", "admin"],
  editPlacement: ["student", "coordinator", "admin"],
  submitPlacement: ["student", "admin"],
  reportNoBase: ["student", "admin"],
  approvePlacement: ["coordinator", "admin"],
  returnPlacement: ["coordinator", "admin"],
  assignSupervisor: ["coordinator", "admin"],
  importRoster: ["coordinator", "admin"],
  listStudents: ["coordinator", "universitySupervisor", "admin"],
  inviteOrganisationSupervisor: ["student", "coordinator", "admin"],
  confirmOrganisationSupervisor: ["coordinator", "admin"],
  viewDiary: ["student", "universitySupervisor", "organisationSupervisor", "coordinator", "admin"],
  // QP-06 5.11, 5.12, 6.2, 6.5, 6.8: each act is printed under the name of the person QP-06 names; no admin.
  writeDiaryEntry: ["student"],
  uploadReport: ["student"],
  approveDiaryEntry: ["universitySupervisor", "organisationSupervisor"],
  returnDiaryEntry: ["universitySupervisor", "organisationSupervisor"],
  signOffDiary: ["universitySupervisor", "organisationSupervisor"],
  allowEarlySignOff: ["coordinator"],
  reopenDiary: ["universitySupervisor", "organisationSupervisor"],
  gradePractice: ["universitySupervisor", "coordinator"],
  writeCharacteristic: ["organisationSupervisor"],
  exportDepartment: ["coordinator", "admin"],
  broadcastDepartment: ["coordinator", "admin"],
  proposeOrganisation: ["student", "coordinator", "admin"],
  decideOrganisation: ["coordinator", "admin"],
  // domain.md §1: "admin: create departments, appoint coordinators"; the coordinator manages their department.
  viewDepartment: ["coordinator", "admin"],
  manageDepartments: ["admin"],
  inviteCoordinator: ["admin"],
  inviteUniversitySupervisor: ["coordinator", "admin"],
  grantLateEntry: ["universitySupervisor", "organisationSupervisor", "coordinator", "admin"],
  markExcusedDay: ["universitySupervisor", "organisationSupervisor", "coordinator", "admin"],
};

/**
 * Another student of the same department is reachable only by department-wide roles: the
 * coordinator, and for department-wide actions the department's university supervisor (who then
 * sees only their own students). Another department: only the admin.
 */
function expected(who: Who, action: Action, relation: Relation): boolean {
  if (!MAY_ON_OWN[action].includes(who)) return false;
  // QP-06 5.12: the `own` record has an organisation supervisor, who then approves the entries.
  if (who === "universitySupervisor" && action === "approveDiaryEntry") return false;
  if (who === "admin" || relation === "own") return true;
  if (relation === "otherDepartment") return false;
  return who === "coordinator" || (who === "universitySupervisor" && DEPARTMENT_ACTIONS.has(action));
}

const WHO = Object.keys(principals) as Who[];
const RELATIONS = Object.keys(targets) as Relation[];
const cells = WHO.flatMap((who) => ACTIONS.flatMap((action) => RELATIONS.map((relation) => ({ who, action, relation }))));

describe("authorization matrix (domain.md §1): role × action × own / other student / other department", () => {
  it(`has ${WHO.length} × ${ACTIONS.length} × ${RELATIONS.length} = ${cells.length} cells`, () => {
    expect(cells).toHaveLength(558);
  });

  it.each(cells)("$who · $action · $relation", ({ who, action, relation }) => {
    const decision = can(principals[who], action, targets[relation]);
    expect(decision.allowed, JSON.stringify(decision)).toBe(expected(who, action, relation));
  });

  it("zero cells leak: every allowance is explained by the role table and the link", () => {
    const leaks = cells.filter(
      ({ who, action, relation }) => can(principals[who], action, targets[relation]).allowed && !expected(who, action, relation),
    );
    expect(leaks).toEqual([]);
  });
});

describe("refusal reasons and links read from the record", () => {
  it("says why: not their record, not assigned, not linked, other department, no role", () => {
    expect(can(principals.student, "viewPlacement", targets.otherStudent)).toEqual({ allowed: false, reason: "notOwnRecord" });
    expect(can(principals.universitySupervisor, "viewDiary", targets.otherStudent)).toEqual({ allowed: false, reason: "notAssigned" });
    expect(can(principals.organisationSupervisor, "approveDiaryEntry", targets.otherStudent)).toEqual({
      allowed: false,
      reason: "notLinked",
    });
    expect(can(principals.coordinator, "approvePlacement", targets.otherDepartment)).toEqual({ allowed: false, reason: "otherDepartment" });
    expect(can(principals.stranger, "importRoster", targets.own)).toEqual({ allowed: false, reason: "noRole" });
  });

  it("a stale button after a reassignment: the previous university supervisor is refused at once", () => {
    const reassigned = { ...targets.own, universitySupervisorTelegramId: 2009 };
    expect(can(principals.universitySupervisor, "returnDiaryEntry", targets.own).allowed).toBe(true);
    expect(can(principals.universitySupervisor, "returnDiaryEntry", reassigned)).toEqual({ allowed: false, reason: "notAssigned" });
  });

  it("QP-06 5.12: the university supervisor approves entries only while no organisation supervisor is linked", () => {
    expect(can(principals.universitySupervisor, "approveDiaryEntry", targets.own)).toEqual({
      allowed: false,
      reason: "organisationSupervisorApproves",
    });
    expect(can(principals.universitySupervisor, "approveDiaryEntry", { ...targets.own, organisationSupervisorTelegramId: null })).toEqual({
      allowed: true,
      as: "universitySupervisor",
    });
  });

  it("a replaced organisation supervisor keeps their grant but loses the student", () => {
    const relinked = { ...targets.own, organisationSupervisorTelegramId: 3009 };
    expect(can(principals.organisationSupervisor, "writeCharacteristic", relinked)).toEqual({ allowed: false, reason: "notLinked" });
  });

  it("an assigned supervisor whose department grant is gone is refused (QP-06 5.6: a faculty member of the department)", () => {
    const moved = toAccessPrincipal({ telegramId: 2001, roles: [{ role: "universitySupervisor", departmentId: D2 }] }, [ADMIN]);
    expect(can(moved, "gradePractice", targets.own)).toEqual({ allowed: false, reason: "otherDepartment" });
  });

  it("a roster row nobody has claimed belongs to no Telegram account", () => {
    const unclaimed = { ...targets.own, studentTelegramId: null };
    expect(can(principals.student, "viewPlacement", unclaimed)).toEqual({ allowed: false, reason: "notOwnRecord" });
  });

  it("several roles: the coordinator who also supervises acts as coordinator in their department", () => {
    const both = toAccessPrincipal(
      {
        telegramId: 4001,
        roles: [
          { role: "universitySupervisor", departmentId: D1 },
          { role: "coordinator", departmentId: D1 },
        ],
      },
      [ADMIN],
    );
    expect(can(both, "listStudents", targets.own)).toEqual({ allowed: true, as: "coordinator" });
    expect(can(principals.universitySupervisor, "listStudents", targets.own)).toEqual({ allowed: true, as: "universitySupervisor" });
  });

  it("admins come from configuration only", () => {
    expect(toAccessPrincipal({ telegramId: 7, roles: [{ role: "admin" }] }, [ADMIN]).isAdmin).toBe(false);
    expect(can(toAccessPrincipal({ telegramId: 7, roles: [{ role: "admin" }] }, [ADMIN]), "exportDepartment", targets.own).allowed).toBe(
      false,
    );
  });
});
