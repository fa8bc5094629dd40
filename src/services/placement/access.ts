import { Types } from "mongoose";
import { can, type AccessTarget, type Action } from "../../domain/access/policy.js";
import type { AccessPrincipal, Role } from "../../domain/access/roles.js";
import type { Refusal } from "../practice-context.js";
import type { DiaryPlacement } from "../../domain/diary/types.js";
import type { Persistence } from "../../persistence/create-persistence.js";
import type { PlacementDocument } from "../../persistence/models/placement.model.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";

/** A 24-hex id as an ObjectId; null for anything else (a forged or truncated id finds nothing). */
export const asId = (id: string | undefined): Types.ObjectId | null =>
  id !== undefined && Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null;

/** The access target of a placement (links are read from the record itself). */
export function placementTarget(
  placement: Pick<PlacementDocument, "departmentId" | "universitySupervisorTelegramId" | "organisationSupervisor">,
  student: Pick<StudentDocument, "_id" | "telegramId"> | null,
): AccessTarget {
  return {
    departmentId: String(placement.departmentId),
    studentId: student ? String(student._id) : null,
    studentTelegramId: student?.telegramId ?? null,
    universitySupervisorTelegramId: placement.universitySupervisorTelegramId ?? null,
    organisationSupervisorTelegramId: placement.organisationSupervisor?.telegramId ?? null,
    // QP-06 5.12: a link made before confirmation existed carries no status and counts as confirmed.
    organisationSupervisorConfirmed: placement.organisationSupervisor?.status !== "pending",
  };
}

/**
 * The placement as the diary services see it (src/domain/diary/types.ts); null until the period and
 * the required hours are known (a draft without dates has no diary yet).
 */
export function diaryPlacementOf(placement: PlacementDocument, policyId: string): DiaryPlacement | null {
  if (!placement.startDate || !placement.endDate || placement.requiredHours == null) return null;
  return {
    id: String(placement._id),
    studentId: String(placement.studentId),
    departmentId: String(placement.departmentId),
    policyId,
    startDate: placement.startDate,
    endDate: placement.endDate,
    requiredHours: placement.requiredHours,
    universitySupervisorTelegramId: placement.universitySupervisorTelegramId ?? null,
    organisationSupervisorTelegramId: placement.organisationSupervisor?.telegramId ?? null,
  };
}

/** A placement with its student, by id; null when either is missing. */
export async function loadPlacement(
  db: Persistence,
  placementId: string,
): Promise<{ placement: PlacementDocument; student: StudentDocument } | null> {
  const id = asId(placementId);
  const placement = id ? await db.placements.findById(id) : null;
  if (!placement) return null;
  const student = await db.students.findById(placement.studentId);
  return student ? { placement, student } : null;
}

/** Loads the placement and asks the access policy for `action` on it. */
export async function authorizePlacement(
  db: Persistence,
  principal: AccessPrincipal,
  action: Action,
  placementId: string,
): Promise<{ ok: true; placement: PlacementDocument; student: StudentDocument; as: Role } | { ok: false; refusal: Refusal }> {
  const loaded = await loadPlacement(db, placementId);
  if (!loaded) return { ok: false, refusal: { status: "notFound" } };
  const decision = can(principal, action, placementTarget(loaded.placement, loaded.student));
  if (!decision.allowed) return { ok: false, refusal: { status: "forbidden", reason: decision.reason } };
  return { ok: true, ...loaded, as: decision.as };
}
