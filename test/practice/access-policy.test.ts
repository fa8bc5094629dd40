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

/**
 * The oracle, written as statements of domain.md §1 and of the regulations' clauses (by role, then what it
 * may do on a record it is linked to), not as a copy of the policy's table. A cell is allowed on `own` when
 * some statement grants it. Statements marked `beyondDomain` are not in domain.md §1: they are the
 * operator's reach the README describes ("the admin on everything"), kept so that each cell stays checked.
 */
const STATEMENTS: readonly { says: string; who: Who; may: readonly Action[]; beyondDomain?: true }[] = [
  {
    says: "domain.md §1, 6B03104 §9.1 (stage I): the student chooses or finds their own base and hands its organisation, contract and supervisor to the department, or says they found none",
    who: "student",
    may: ["viewPlacement", "editPlacement", "submitPlacement", "reportNoBase", "proposeOrganisation"],
  },
  {
    says: "6B03104 §9.1: the student names the organisation's supervisor (QP-06 5.12: appointed by the organisation), so hands them the bot's link",
    who: "student",
    may: ["inviteOrganisationSupervisor"],
  },
  {
    says: "domain.md §1, QP-06 5.11, 5.14: the student keeps their own diary and uploads the report",
    who: "student",
    may: ["viewDiary", "writeDiaryEntry", "uploadReport"],
  },
  {
    says: "domain.md §1, QP-06 5.6–5.8: the university supervisor sees the placements and diaries of assigned students, lists them, approves (QP-06 5.12: only while no organisation supervisor is linked) and returns entries",
    who: "universitySupervisor",
    may: ["viewPlacement", "listStudents", "viewDiary", "approveDiaryEntry", "returnDiaryEntry"],
  },
  {
    says: "QP-06 6.2: the university supervisor signs the diary (taking it back is the bot's rule, not in 6.2's text); domain.md §1, QP-06 6.4, 6.5: they enter the final grade",
    who: "universitySupervisor",
    may: ["signOffDiary", "reopenDiary", "gradePractice"],
  },
  {
    says: "QP-06 5.8: the university supervisor keeps the record of attendance (late entries, excused days)",
    who: "universitySupervisor",
    may: ["grantLateEntry", "markExcusedDay"],
  },
  {
    says: "domain.md §1, QP-06 5.12: the organisation supervisor sees and approves (or returns) the diary of the student linked to them",
    who: "organisationSupervisor",
    may: ["viewPlacement", "viewDiary", "approveDiaryEntry", "returnDiaryEntry"],
  },
  {
    says: "QP-06 6.8: only the organisation supervisor writes the characteristic; QP-06 6.2: they sign the diary (taking it back is the bot's rule)",
    who: "organisationSupervisor",
    may: ["writeCharacteristic", "signOffDiary", "reopenDiary"],
  },
  {
    says: "QP-06 5.12: the organisation supervisor keeps the record of attendance at the base",
    who: "organisationSupervisor",
    may: ["grantLateEntry", "markExcusedDay"],
  },
  {
    says: "domain.md §1, QP-06 5.9: the coordinator manages the roster, approves or returns bases and their organisations, assigns supervisors, broadcasts to and exports their department",
    who: "coordinator",
    may: [
      "importRoster",
      "listStudents",
      "viewPlacement",
      "approvePlacement",
      "returnPlacement",
      "decideOrganisation",
      "assignSupervisor",
      "broadcastDepartment",
      "exportDepartment",
      "viewDepartment",
    ],
  },
  {
    says: "6B03104 §9.1: the department offers the bases a student chooses among, so the coordinator records a base for a student who found none",
    who: "coordinator",
    may: ["editPlacement", "proposeOrganisation"],
  },
  {
    says: "QP-06 5.9, 5.12: the coordinator invites the department's supervisors and vouches for the organisation supervisor",
    who: "coordinator",
    may: ["inviteUniversitySupervisor", "inviteOrganisationSupervisor", "confirmOrganisationSupervisor"],
  },
  {
    says: "QP-06 5.9, 6.2, 6.5: the coordinator oversees the diaries (attendance, early sign-off) and grades for the department's commission",
    who: "coordinator",
    may: ["viewDiary", "allowEarlySignOff", "gradePractice", "grantLateEntry", "markExcusedDay"],
  },
  {
    says: "domain.md §1 (roles come from invitations), QP-06 5.9: the coordinator, who hands out the department's links, replaces a lost or expired one, undoes a wrong claim of a student ID and takes back the supervisors' roles they gave",
    who: "coordinator",
    may: ["reissueInvitation", "unlinkStudentAccount", "revokeSupervisor"],
  },
  {
    says: "domain.md §1: the admin creates departments and appoints coordinators (and so also removes them)",
    who: "admin",
    may: ["manageDepartments", "inviteCoordinator", "revokeCoordinator"],
  },
  {
    says: "README (the system operator acts on every department): everything a coordinator does except the acts QP-06 5.9, 6.2, 6.5 name a person for, and a student's placement steps",
    who: "admin",
    beyondDomain: true,
    may: [
      "viewPlacement",
      "editPlacement",
      "submitPlacement",
      "reportNoBase",
      "proposeOrganisation",
      "approvePlacement",
      "returnPlacement",
      "decideOrganisation",
      "assignSupervisor",
      "importRoster",
      "listStudents",
      "inviteOrganisationSupervisor",
      "inviteUniversitySupervisor",
      "confirmOrganisationSupervisor",
      "viewDiary",
      "exportDepartment",
      "broadcastDepartment",
      "viewDepartment",
      "grantLateEntry",
      "markExcusedDay",
      "reissueInvitation",
      "unlinkStudentAccount",
      "revokeSupervisor",
    ],
  },
];

const mayOnOwn = (who: Who, action: Action): boolean => STATEMENTS.some((s) => s.who === who && s.may.includes(action));

/**
 * Another student of the same department is reachable only by department-wide roles: the
 * coordinator, and for department-wide actions the department's university supervisor (who then
 * sees only their own students). Another department: only the admin.
 */
function expected(who: Who, action: Action, relation: Relation): boolean {
  if (!mayOnOwn(who, action)) return false;
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
    expect(cells).toHaveLength(630);
  });

  it("QP-06 5.11, 5.12, 6.2, 6.5, 6.8: nobody but the person QP-06 names writes into a diary; the admin writes nothing", () => {
    const diaryActs: Action[] = [
      "writeDiaryEntry",
      "uploadReport",
      "approveDiaryEntry",
      "returnDiaryEntry",
      "signOffDiary",
      "reopenDiary",
      "gradePractice",
      "writeCharacteristic",
      "allowEarlySignOff",
    ];
    for (const action of diaryActs) expect(can(principals.admin, action, targets.own).allowed, action).toBe(false);
    expect(WHO.filter((who) => can(principals[who], "writeCharacteristic", targets.own).allowed)).toEqual(["organisationSupervisor"]);
    expect(WHO.filter((who) => can(principals[who], "writeDiaryEntry", targets.own).allowed)).toEqual(["student"]);
  });

  it("every action of the policy is granted by some statement, and the statements name only real actions", () => {
    expect(ACTIONS.filter((action) => !STATEMENTS.some((s) => s.may.includes(action)))).toEqual([]);
    expect(STATEMENTS.flatMap((s) => s.may).filter((action) => !ACTIONS.includes(action))).toEqual([]);
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
