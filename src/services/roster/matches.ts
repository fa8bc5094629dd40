import { Types } from "mongoose";
import { can } from "../../domain/access/policy.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import { requiredPracticeHours } from "../../domain/rules/practice-deadlines.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import { createPracticeContext, type PracticeServiceDeps, type Refusal } from "../practice-context.js";
import { existingPlacements, placementWrites } from "./writes.js";

/**
 * Registered students whose student ID a roster lists: the coordinator confirms it is the same person
 * (the roster's profile and placements then apply) or sets the row aside. Never linked silently.
 */
export function createRosterMatches(deps: PracticeServiceDeps) {
  const { db, now } = deps;
  const context = createPracticeContext(deps);
  return {
    /** Registered students waiting for the coordinator to confirm their roster row. */
    async listToConfirm(
      principal: AccessPrincipal,
      departmentId: string,
    ): Promise<{ status: "ok"; students: StudentDocument[] } | Refusal> {
      const decision = can(principal, "importRoster", { departmentId });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      if (!Types.ObjectId.isValid(departmentId)) return { status: "notFound" };
      return { status: "ok", students: await db.students.listPendingRoster(new Types.ObjectId(departmentId)) };
    },

    /**
     * The coordinator confirms the registered student is the person on the roster: the roster's
     * profile applies and their draft placements are made. Pressing twice answers `alreadyDecided`.
     */
    async confirmMatch(
      principal: AccessPrincipal,
      studentId: string,
    ): Promise<
      { status: "confirmed"; placements: { new: number; updated: number; skipped: number } } | { status: "alreadyDecided" } | Refusal
    > {
      const student = Types.ObjectId.isValid(studentId) ? await db.students.findById(studentId) : null;
      if (!student) return { status: "notFound" };
      const pending = student.rosterPending;
      if (!pending) return { status: "alreadyDecided" };
      const decision = can(principal, "importRoster", { departmentId: String(pending.departmentId) });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const at = now();
      const before = await db.students.confirmRosterPending(student._id, pending.importedAt, principal.telegramId, at);
      if (!before) return { status: "alreadyDecided" };
      const { policy } = await context.rulesOf(pending.departmentId);
      const current = await existingPlacements(db, pending.departmentId);
      const practices = pending.practices.map((p) => ({ ...p, supervisorEmail: p.universitySupervisorEmail ?? null }));
      const result = placementWrites(
        student._id,
        pending.departmentId,
        practices,
        current,
        (weeks) => requiredPracticeHours(policy, weeks),
        { at, by: principal.telegramId },
        student.studentNumber,
      );
      const applied = await db.placements.applyRosterWrites(result.writes, at);
      return { status: "confirmed", placements: { new: applied.inserted, updated: applied.updated, skipped: result.skipped.length } };
    },

    /** The registered student is not the person on the roster: the pending row is dropped. */
    async dismissMatch(principal: AccessPrincipal, studentId: string): Promise<{ status: "dismissed" | "alreadyDecided" } | Refusal> {
      const student = Types.ObjectId.isValid(studentId) ? await db.students.findById(studentId) : null;
      if (!student) return { status: "notFound" };
      const pending = student.rosterPending;
      if (!pending) return { status: "alreadyDecided" };
      const decision = can(principal, "importRoster", { departmentId: String(pending.departmentId) });
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      return { status: (await db.students.dismissRosterPending(student._id, pending.importedAt)) ? "dismissed" : "alreadyDecided" };
    },
  };
}
