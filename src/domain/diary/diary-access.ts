import { can, PERMISSIONS, type AccessTarget, type Action, type DenyReason } from "../access/policy.js";
import type { AccessPrincipal, Role } from "../access/roles.js";
import type { DiaryActor, DiaryPlacement, DiaryRole } from "./types.js";

/**
 * Diary access is decided by the one policy, `can()` (src/domain/access/policy.ts); this module only
 * adapts the diary's records to it. The reasons the diary tells people, from the policy's reasons.
 */
export const DIARY_ACCESS_DENIALS = [
  /** The actor holds the role but is not linked to this student / placement / department. */
  "notLinked",
  /** The role never performs this action. */
  "roleCannot",
  /** A university supervisor approving while an organisation supervisor is linked (the latter approves; QP-06 5.12). */
  "organisationSupervisorApproves",
  /** The linked organisation supervisor is not confirmed by the department yet (QP-06 5.12). */
  "organisationSupervisorPending",
] as const;
export type DiaryAccessDenial = (typeof DIARY_ACCESS_DENIALS)[number];

export type DiaryAccess = { allowed: true; role: DiaryRole } | { allowed: false; reason: DiaryAccessDenial };

/** The policy's reason as the diary says it. */
export function diaryDenial(reason: DenyReason): DiaryAccessDenial {
  switch (reason) {
    case "noRole":
      return "roleCannot";
    case "notOwnRecord":
    case "notAssigned":
    case "notLinked":
    case "otherDepartment":
      return "notLinked";
    case "organisationSupervisorApproves":
      return reason;
    case "notConfirmed":
      return "organisationSupervisorPending";
  }
}

/**
 * The policy's target for a diary: the links read from the placement. The student's Telegram id is
 * that of the record's student when known (`studentTelegramId`).
 */
export function diaryTarget(
  placement: Pick<
    DiaryPlacement,
    "departmentId" | "studentId" | "universitySupervisorTelegramId" | "organisationSupervisorTelegramId" | "organisationSupervisorConfirmed"
  >,
  studentTelegramId: number | null,
): AccessTarget {
  return {
    departmentId: placement.departmentId,
    studentId: placement.studentId,
    studentTelegramId,
    universitySupervisorTelegramId: placement.universitySupervisorTelegramId,
    organisationSupervisorTelegramId: placement.organisationSupervisorTelegramId,
    ...(placement.organisationSupervisorConfirmed !== undefined
      ? { organisationSupervisorConfirmed: placement.organisationSupervisorConfirmed }
      : {}),
  };
}

/** A diary actor (one role, already resolved: the CLI, the demo seed) as the policy's principal and target. */
function actorAsPrincipal(actor: DiaryActor, placement: DiaryPlacement): { principal: AccessPrincipal; target: AccessTarget } {
  const role: Role = actor.role;
  const principal: AccessPrincipal = {
    telegramId: actor.telegramId,
    // A supervisor's link is the placement itself; a coordinator acts in the department they name.
    roles: [{ role, departmentId: role === "coordinator" ? (actor.departmentId ?? null) : placement.departmentId }],
    isAdmin: false,
  };
  // A student actor names their student record; the record is theirs when the ids agree.
  const own = actor.role === "student" && actor.studentId !== undefined && actor.studentId === placement.studentId;
  const target = diaryTarget(placement, own ? actor.telegramId : null);
  return { principal, target };
}

/** May `actor` perform `action` on the diary of `placement`? Asked of `can()` in the actor's one role. */
export function decideDiaryAccess(actor: DiaryActor, placement: DiaryPlacement, action: Action): DiaryAccess {
  // The actor acts in this one role: a role the policy never allows the action is refused as such.
  if (!PERMISSIONS[action].includes(actor.role)) return { allowed: false, reason: "roleCannot" };
  const { principal, target } = actorAsPrincipal(actor, placement);
  const decision = can(principal, action, target);
  if (!decision.allowed) return { allowed: false, reason: diaryDenial(decision.reason) };
  return { allowed: true, role: actor.role };
}

/** Who a submitted entry goes to: the organisation supervisor, or the university supervisor while none is linked. */
export function entryApproverTelegramId(placement: DiaryPlacement): number | null {
  return placement.organisationSupervisorTelegramId ?? placement.universitySupervisorTelegramId;
}
