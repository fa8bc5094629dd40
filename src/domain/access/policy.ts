import { holdsRole, type AccessPrincipal, type Role } from "./roles.js";

/**
 * The one authorization decision of the bot (domain.md §1): every service method asks `can()`
 * before it reads or changes anything. Nobody acts on a student they are not linked to:
 * - a student only on their own records (the student row carries their Telegram id);
 * - a university supervisor only on students assigned to them, in a department they supervise for;
 * - an organisation supervisor only on students whose placement links them (QP-06 5.12);
 * - a coordinator only within their own department (QP-06 5.9; KazUTB 7.8);
 * - the admin on everything.
 * Links are read from the target record itself, so a reassignment takes effect at once: a stale
 * button of the previous supervisor is refused.
 */
export const ACTIONS = [
  "viewPlacement",
  "editPlacement",
  "submitPlacement",
  "reportNoBase",
  "approvePlacement",
  "returnPlacement",
  "assignSupervisor",
  "importRoster",
  "listStudents",
  "inviteOrganisationSupervisor",
  "confirmOrganisationSupervisor",
  "viewDiary",
  "writeDiaryEntry",
  "uploadReport",
  "approveDiaryEntry",
  "returnDiaryEntry",
  "signOffDiary",
  "allowEarlySignOff",
  "reopenDiary",
  "gradePractice",
  "writeCharacteristic",
  "exportDepartment",
  "broadcastDepartment",
  "proposeOrganisation",
  "decideOrganisation",
  "viewDepartment",
  "manageDepartments",
  "inviteCoordinator",
  "inviteUniversitySupervisor",
  "grantLateEntry",
  "markExcusedDay",
  "reissueInvitation",
  "unlinkStudentAccount",
  "revokeSupervisor",
  "revokeCoordinator",
] as const;
export type Action = (typeof ACTIONS)[number];

/** Actions whose target is a whole department (the student fields of the target are not used). */
export const DEPARTMENT_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  "importRoster",
  "listStudents",
  "exportDepartment",
  "broadcastDepartment",
  "decideOrganisation",
  "viewDepartment",
  "manageDepartments",
  "inviteCoordinator",
  "inviteUniversitySupervisor",
  "reissueInvitation",
  "unlinkStudentAccount",
  "revokeSupervisor",
  "revokeCoordinator",
]);

/** Who may do what, before the link to the target is checked (domain.md §1 table). */
export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = {
  viewPlacement: ["student", "universitySupervisor", "organisationSupervisor", "coordinator", "admin"],
  // The department assigns a base to a student who could not find one (6B03104 §9.1).
  editPlacement: ["student", "coordinator", "admin"],
  submitPlacement: ["student", "admin"],
  reportNoBase: ["student", "admin"],
  approvePlacement: ["coordinator", "admin"],
  returnPlacement: ["coordinator", "admin"],
  assignSupervisor: ["coordinator", "admin"],
  importRoster: ["coordinator", "admin"],
  // A university supervisor lists only the students assigned to them (`as` tells the service to filter).
  listStudents: ["coordinator", "universitySupervisor", "admin"],
  inviteOrganisationSupervisor: ["student", "coordinator", "admin"],
  // QP-06 5.12: the organisation supervisor is appointed by the organisation and vouched for by the department.
  confirmOrganisationSupervisor: ["coordinator", "admin"],
  // The diary. The admin sees every diary but writes nothing into one: each of the acts below is
  // recorded and printed on the F-76 under the name and role of the person QP-06 names for it
  // (5.11, 5.12, 6.2, 6.5, 6.8), and an operator of the bot is none of them.
  viewDiary: ["student", "universitySupervisor", "organisationSupervisor", "coordinator", "admin"],
  // QP-06 5.11, 5.14: the student keeps the diary and hands in the report.
  writeDiaryEntry: ["student"],
  uploadReport: ["student"],
  // QP-06 5.12: the organisation supervisor approves; the university supervisor only while none is linked
  // (or the linked one is not confirmed yet).
  approveDiaryEntry: ["organisationSupervisor", "universitySupervisor"],
  returnDiaryEntry: ["universitySupervisor", "organisationSupervisor"],
  // QP-06 6.2: both supervisors sign the diary.
  signOffDiary: ["universitySupervisor", "organisationSupervisor"],
  // QP-06 5.9, 6.2: the department's coordinator may let a diary be signed before the practice's last day.
  allowEarlySignOff: ["coordinator"],
  // QP-06 6.2: a supervisor who signed may take the diary back for corrections (sign-offs and grade cleared).
  reopenDiary: ["universitySupervisor", "organisationSupervisor"],
  // QP-06 5.6–5.8; 6.5: the university supervisor, or the coordinator for the department's commission.
  gradePractice: ["universitySupervisor", "coordinator"],
  // QP-06 Annex 1 §2.6; 6.8: the characteristic comes from the organisation.
  writeCharacteristic: ["organisationSupervisor"],
  exportDepartment: ["coordinator", "admin"],
  broadcastDepartment: ["coordinator", "admin"],
  proposeOrganisation: ["student", "coordinator", "admin"],
  decideOrganisation: ["coordinator", "admin"],
  // domain.md §1: a coordinator sees their own department; the admin every one.
  viewDepartment: ["coordinator", "admin"],
  // domain.md §1: the admin creates departments and appoints their coordinators.
  manageDepartments: ["admin"],
  inviteCoordinator: ["admin"],
  // domain.md §1: the coordinator invites the university supervisors of their department.
  inviteUniversitySupervisor: ["coordinator", "admin"],
  // QP-06 5.8, 5.12: the linked supervisors keep the diary's record of attendance; the department oversees it (QP-06 5.9).
  grantLateEntry: ["universitySupervisor", "organisationSupervisor", "coordinator", "admin"],
  markExcusedDay: ["universitySupervisor", "organisationSupervisor", "coordinator", "admin"],
  // domain.md §1 (roles come from invitations; the coordinator manages the roster, QP-06 5.9): a lost or
  // expired personal link is replaced by the department, and a wrong claim of a student ID is undone by it.
  reissueInvitation: ["coordinator", "admin"],
  unlinkStudentAccount: ["coordinator", "admin"],
  // domain.md §1, QP-06 5.9: the department appoints (invites) its supervisors, so it also takes the role away;
  // the admin appoints coordinators, so only the admin removes one.
  revokeSupervisor: ["coordinator", "admin"],
  revokeCoordinator: ["admin"],
};

/** What an action is aimed at; ids as strings, Telegram ids as numbers (null = nobody linked). */
export interface AccessTarget {
  departmentId: string;
  studentId?: string | null | undefined;
  /** Telegram id of the student the record belongs to (null for a roster row nobody has claimed). */
  studentTelegramId?: number | null | undefined;
  universitySupervisorTelegramId?: number | null | undefined;
  organisationSupervisorTelegramId?: number | null | undefined;
  /**
   * The linked organisation supervisor was confirmed by the department or by a matching phone (QP-06 5.12);
   * absent = confirmed (a link made before confirmation existed).
   */
  organisationSupervisorConfirmed?: boolean | undefined;
}

export type DenyReason =
  "noRole" | "notOwnRecord" | "notAssigned" | "notLinked" | "otherDepartment" | "organisationSupervisorApproves" | "notConfirmed";

/** QP-06 5.12, 6.2: what only a confirmed organisation supervisor does (their word goes into the diary-report). */
const CONFIRMED_ONLY: ReadonlySet<Action> = new Set<Action>([
  "approveDiaryEntry",
  "returnDiaryEntry",
  "signOffDiary",
  "writeCharacteristic",
  "reopenDiary",
]);
export type Decision = { allowed: true; as: Role } | { allowed: false; reason: DenyReason };

/** Why `role` does or does not reach `target` (null = it does). */
function relation(principal: AccessPrincipal, role: Role, action: Action, target: AccessTarget): DenyReason | null {
  const departmentWide = DEPARTMENT_ACTIONS.has(action);
  switch (role) {
    case "admin":
      return principal.isAdmin ? null : "noRole";
    case "coordinator":
      if (!holdsRole(principal, "coordinator")) return "noRole";
      return holdsRole(principal, "coordinator", target.departmentId) ? null : "otherDepartment";
    case "universitySupervisor":
      if (!holdsRole(principal, "universitySupervisor")) return "noRole";
      if (!holdsRole(principal, "universitySupervisor", target.departmentId)) return "otherDepartment";
      if (departmentWide) return null;
      if (target.universitySupervisorTelegramId == null || target.universitySupervisorTelegramId !== principal.telegramId)
        return "notAssigned";
      // QP-06 5.12: entries go to the organisation supervisor once one is linked and confirmed.
      return action === "approveDiaryEntry" &&
        target.organisationSupervisorTelegramId != null &&
        target.organisationSupervisorConfirmed !== false
        ? "organisationSupervisorApproves"
        : null;
    case "organisationSupervisor":
      if (!holdsRole(principal, "organisationSupervisor")) return "noRole";
      if (departmentWide) return "otherDepartment";
      if (target.organisationSupervisorTelegramId == null || target.organisationSupervisorTelegramId !== principal.telegramId)
        return "notLinked";
      // QP-06 5.12; 6B03104 §9.1: a supervisor nobody has vouched for yet does not approve, return, sign or assess.
      return CONFIRMED_ONLY.has(action) && target.organisationSupervisorConfirmed === false ? "notConfirmed" : null;
    case "student":
      if (departmentWide) return "noRole";
      return target.studentTelegramId != null && target.studentTelegramId === principal.telegramId ? null : "notOwnRecord";
  }
}

/** How close a refusal came to an allowance: the most specific reason is reported. */
const SPECIFICITY: Record<DenyReason, number> = {
  noRole: 0,
  notOwnRecord: 1,
  otherDepartment: 2,
  notLinked: 2,
  notAssigned: 3,
  organisationSupervisorApproves: 4,
  notConfirmed: 4,
};

/** The decision for `principal` doing `action` on `target`. Pure; the only place such rules live. */
export function can(principal: AccessPrincipal, action: Action, target: AccessTarget): Decision {
  let best: DenyReason = "noRole";
  for (const role of PERMISSIONS[action]) {
    const denied = relation(principal, role, action, target);
    if (denied === null) return { allowed: true, as: role };
    if (SPECIFICITY[denied] > SPECIFICITY[best]) best = denied;
  }
  return { allowed: false, reason: best };
}

/**
 * Whether the principal holds a role that `action` is ever granted to: what a command may offer before
 * its target is known (/help, the command menu, the first reply of a staff command). The service that
 * acts still asks `can()` with the target.
 */
export function mayAttempt(principal: AccessPrincipal, action: Action): boolean {
  return PERMISSIONS[action].some((role) => (role === "admin" ? principal.isAdmin : holdsRole(principal, role)));
}
