import { can } from "../../domain/access/policy.js";
import type { AccessPrincipal } from "../../domain/access/roles.js";
import {
  academicYearOf,
  isAcademicYear,
  missingForSubmission,
  practiceDeadline,
  statusAfterStudentEdit,
  type PracticeType,
} from "../../domain/practice/placement.js";
import { isIsoDate } from "../../domain/rules/dates.js";
import type { PlacementDocument, PlacementHistoryAction } from "../../persistence/models/placement.model.js";
import type { StudentDocument } from "../../persistence/models/student.model.js";
import { createPracticeContext } from "../practice-context.js";
import { asId, authorizePlacement, placementTarget } from "./access.js";
import { createChangePreparer } from "./changes.js";
import type { ContractFlag, NoBaseResult, PlacementDeps, PlacementDraftInput, SaveDraftResult, SubmitResult } from "./types.js";

/** The student's draft and its submission (6B03104 §9.1), and "I could not find a base". */
export function createPlacementDrafts(deps: PlacementDeps) {
  const { db, now } = deps;
  const context = createPracticeContext(deps);
  const prepareChanges = createChangePreparer(deps, context);

  function contractFlag(placement: PlacementDocument): ContractFlag {
    return { late: placement.contractLate ?? false, deadline: placement.contractDeadline ?? null, rule: placement.contractRule ?? null };
  }

  async function studentOf(principal: AccessPrincipal, studentId: string | undefined): Promise<StudentDocument | null> {
    if (studentId === undefined) return db.students.findByTelegramId(principal.telegramId);
    const id = asId(studentId);
    return id ? db.students.findById(id) : null;
  }

  return {
    /**
     * Creates or edits a placement. The student may edit until the practice begins; an edit after
     * approval sends it back for approval (`backToApproval`) and is recorded in the history.
     */
    async saveDraft(principal: AccessPrincipal, input: PlacementDraftInput): Promise<SaveDraftResult> {
      const student = await studentOf(principal, input.studentId);
      if (!student) return { status: "notFound" };
      let existing: PlacementDocument | null = null;
      if (input.placementId !== undefined) {
        const id = asId(input.placementId);
        existing = id ? await db.placements.findById(id) : null;
        if (!existing || !existing.studentId.equals(student._id)) return { status: "notFound" };
      }
      if (input.academicYear !== undefined && !isAcademicYear(input.academicYear)) {
        return { status: "invalid", issues: [{ field: "academicYear", kind: "date", reason: "academic-year-format" }] };
      }
      if (input.startDate !== undefined && !isIsoDate(input.startDate)) {
        return { status: "invalid", issues: [{ field: "startDate", kind: "date", reason: "invalid-date" }] };
      }
      const academicYear = existing?.academicYear ?? input.academicYear ?? academicYearOf(input.startDate ?? context.today());
      existing ??= await db.placements.findByKey(student._id, input.practiceType, academicYear);

      const departmentId = existing?.departmentId ?? student.departmentId;
      const decision = can(
        principal,
        "editPlacement",
        existing
          ? placementTarget(existing, student)
          : { departmentId: String(departmentId), studentId: String(student._id), studentTelegramId: student.telegramId ?? null },
      );
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };

      const nextStatus = existing
        ? decision.as === "student"
          ? statusAfterStudentEdit(existing.status)
          : existing.status === "active" || existing.status === "finished"
            ? null
            : existing.status
        : "draft";
      if (existing && nextStatus === null) return { status: "locked", placement: existing };
      if (existing && input.expectedVersion !== undefined && existing.version !== input.expectedVersion) {
        return { status: "changed", placement: existing };
      }

      const prepared = await prepareChanges({ ...input, academicYear }, existing, departmentId);
      if ("issues" in prepared) return { status: "invalid", issues: prepared.issues };
      const { set, changes, contract } = prepared;
      const at = now();

      if (!existing) {
        const created = await db.placements.create(
          {
            studentId: student._id,
            departmentId,
            practiceType: input.practiceType,
            academicYear,
            source: decision.as === "student" ? "student" : "coordinator",
          },
          { at, by: principal.telegramId, action: "created", changes },
          set,
        );
        if (!created) {
          const raced = await db.placements.findByKey(student._id, input.practiceType, academicYear);
          return raced ? { status: "changed", placement: raced } : { status: "notFound" };
        }
        return { status: "saved", placement: created, created: true, backToApproval: false, contract, coordinators: [] };
      }

      if (Object.keys(set).length === 0) return { status: "unchanged", placement: existing };
      const backToApproval = existing.status === "approved" && nextStatus === "submitted";
      const action: PlacementHistoryAction = backToApproval ? "resubmitted" : "edited";
      if (backToApproval) {
        set.status = "submitted";
        set.submittedAt = at;
        changes.push({ field: "status", from: existing.status, to: "submitted" });
      }
      const unset = set.contractLate === false ? (["contractDeadline", "contractRule"] as const) : [];
      const updated = await db.placements.change(
        existing._id,
        { statuses: [existing.status], version: existing.version },
        set,
        { at, by: principal.telegramId, action, changes },
        unset,
      );
      if (!updated) {
        const current = await db.placements.findById(existing._id);
        return current ? { status: "changed", placement: current } : { status: "notFound" };
      }
      const coordinators = backToApproval ? await context.coordinatorsOf(updated.departmentId) : [];
      return { status: "saved", placement: updated, created: false, backToApproval, contract, coordinators };
    },

    /** Sends the placement for the coordinator's approval once everything 6B03104 §9.1 asks is there. */
    async submit(principal: AccessPrincipal, placementId: string, expectedVersion?: number): Promise<SubmitResult> {
      const auth = await authorizePlacement(db, principal, "submitPlacement", placementId);
      if (!auth.ok) return auth.refusal;
      const { placement } = auth;
      if (placement.status === "submitted") return { status: "alreadySubmitted", placement };
      if (placement.status !== "draft" && placement.status !== "returned") return { status: "alreadyDecided", placement };
      if (expectedVersion !== undefined && placement.version !== expectedVersion) return { status: "changed", placement };
      const missing = missingForSubmission(placement);
      if (missing.length > 0) return { status: "incomplete", missing, placement };
      const organisation = placement.organisationId ? await db.organisations.findById(placement.organisationId) : null;
      if (!organisation || organisation.status === "rejected") {
        return {
          status: "invalid",
          issues: [{ field: "organisationId", kind: "organisation", reason: organisation ? "rejected" : "not-found" }],
        };
      }
      const at = now();
      const updated = await db.placements.change(
        placement._id,
        { statuses: [placement.status], version: placement.version },
        { status: "submitted", submittedAt: at },
        { at, by: principal.telegramId, action: "submitted", changes: [{ field: "status", from: placement.status, to: "submitted" }] },
        ["returnReason"],
      );
      if (!updated) {
        const current = (await db.placements.findById(placement._id)) ?? placement;
        return { status: current.status === "submitted" ? "alreadySubmitted" : "changed", placement: current };
      }
      return {
        status: "submitted",
        placement: updated,
        coordinators: await context.coordinatorsOf(updated.departmentId),
        contract: contractFlag(updated),
      };
    },

    /**
     * "I could not find a base" (6B03104 §9.1): records it on the placement and gives what the
     * coordinator's notice needs, including whether it comes later than two weeks before the start.
     */
    async reportNoBase(
      principal: AccessPrincipal,
      input: { practiceType: PracticeType; academicYear?: string | undefined },
    ): Promise<NoBaseResult> {
      const student = await db.students.findByTelegramId(principal.telegramId);
      if (!student) return { status: "notFound" };
      if (input.academicYear !== undefined && !isAcademicYear(input.academicYear)) {
        return { status: "invalid", issues: [{ field: "academicYear", kind: "date", reason: "academic-year-format" }] };
      }
      const academicYear = input.academicYear ?? academicYearOf(context.today());
      let placement = await db.placements.findByKey(student._id, input.practiceType, academicYear);
      const target = placement
        ? placementTarget(placement, student)
        : { departmentId: String(student.departmentId), studentId: String(student._id), studentTelegramId: student.telegramId ?? null };
      const decision = can(principal, "reportNoBase", target);
      if (!decision.allowed) return { status: "forbidden", reason: decision.reason };
      const at = now();
      placement ??=
        (await db.placements.create(
          { studentId: student._id, departmentId: student.departmentId, practiceType: input.practiceType, academicYear, source: "student" },
          { at, by: principal.telegramId, action: "created" },
        )) ?? (await db.placements.findByKey(student._id, input.practiceType, academicYear));
      if (!placement) return { status: "notFound" };
      if (placement.status !== "draft" && placement.status !== "returned") return { status: "hasBase", placement };

      let status: "reported" | "alreadyReported" = "alreadyReported";
      if (!placement.noBaseReportedAt) {
        const updated = await db.placements.change(
          placement._id,
          { statuses: ["draft", "returned"] },
          { noBaseReportedAt: at },
          { at, by: principal.telegramId, action: "noBaseReported" },
        );
        if (updated) {
          placement = updated;
          status = "reported";
        }
      }
      const { policy, calendar } = await context.rulesOf(placement.departmentId);
      const found =
        placement.startDate && placement.weeks
          ? practiceDeadline(
              policy,
              calendar,
              { type: placement.practiceType, start: placement.startDate, weeks: placement.weeks },
              "noBaseReported",
            )
          : null;
      const deadline = found ? { date: found.date, rule: found.rule } : null;
      return {
        status,
        placement,
        student,
        coordinators: await context.coordinatorsOf(placement.departmentId),
        deadline,
        late: deadline !== null && context.today() > deadline.date,
      };
    },
  };
}
