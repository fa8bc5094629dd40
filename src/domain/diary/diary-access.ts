import type { DiaryActor, DiaryPlacement, DiaryRole } from "./types.js";

/**
 * Who may act on a diary (domain.md §1: nobody acts on a student they are not linked to).
 * Self-contained on purpose: the general access policy (src/domain/access/policy.ts) can fold these
 * cells in as they are.
 */
export const DIARY_ACTIONS = [
  "viewDiary",
  "writeEntry",
  "approveEntry",
  "returnEntry",
  "uploadReport",
  "writeCharacteristic",
  "recordGrade",
  "signOff",
] as const;
export type DiaryAction = (typeof DIARY_ACTIONS)[number];

export type DiaryAccessDenial =
  /** The actor holds the role but is not linked to this student / placement / department. */
  | "notLinked"
  /** The role never performs this action. */
  | "roleCannot"
  /** A university supervisor approving while an organisation supervisor is linked (the latter approves). */
  | "organisationSupervisorApproves";

export type DiaryAccess = { allowed: true; role: DiaryRole } | { allowed: false; reason: DiaryAccessDenial };

const CAN: Record<DiaryRole, ReadonlySet<DiaryAction>> = {
  student: new Set(["viewDiary", "writeEntry", "uploadReport"]),
  // QP-06 5.12; 6B03104 §8: approves the diary, writes the characteristic (QP-06 Annex 1 §2.6), signs (QP-06 6.2).
  organisationSupervisor: new Set(["viewDiary", "approveEntry", "returnEntry", "writeCharacteristic", "signOff"]),
  // QP-06 5.6–5.8: returns any entry with a comment, approves when nobody from the organisation is linked, grades, signs.
  universitySupervisor: new Set(["viewDiary", "approveEntry", "returnEntry", "recordGrade", "signOff"]),
  // QP-06 5.9, 6.5: the department's coordinator sees the diaries and records the commission's grade.
  coordinator: new Set(["viewDiary", "recordGrade"]),
};

function isLinked(actor: DiaryActor, placement: DiaryPlacement): boolean {
  switch (actor.role) {
    case "student":
      return actor.studentId !== undefined && actor.studentId === placement.studentId;
    case "organisationSupervisor":
      return placement.organisationSupervisorTelegramId !== null && actor.telegramId === placement.organisationSupervisorTelegramId;
    case "universitySupervisor":
      return placement.universitySupervisorTelegramId !== null && actor.telegramId === placement.universitySupervisorTelegramId;
    case "coordinator":
      return actor.departmentId !== undefined && actor.departmentId === placement.departmentId;
  }
}

/** May `actor` perform `action` on the diary of `placement`? */
export function decideDiaryAccess(actor: DiaryActor, placement: DiaryPlacement, action: DiaryAction): DiaryAccess {
  if (!CAN[actor.role].has(action)) return { allowed: false, reason: "roleCannot" };
  if (!isLinked(actor, placement)) return { allowed: false, reason: "notLinked" };
  if (action === "approveEntry" && actor.role === "universitySupervisor" && placement.organisationSupervisorTelegramId !== null) {
    return { allowed: false, reason: "organisationSupervisorApproves" };
  }
  return { allowed: true, role: actor.role };
}

/** Who a submitted entry goes to: the organisation supervisor, or the university supervisor while none is linked. */
export function entryApproverTelegramId(placement: DiaryPlacement): number | null {
  return placement.organisationSupervisorTelegramId ?? placement.universitySupervisorTelegramId;
}
